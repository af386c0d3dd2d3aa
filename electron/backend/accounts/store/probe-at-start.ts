import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { probeVerdict, type DatabaseCheck } from './account-probe'

/** How one probe child ended: its exit code (null if killed), the signal if one is known, and what it printed. */
export interface ProbeRun {
  status: number | null
  signal: string | null
  stdout: string
}

/** Runs account-probe-main on one folder in some child process (a utility process in the app). */
export type ProbeRunner = (dir: string) => Promise<ProbeRun>

/**
 * Checks every account folder under `accountsDir` that holds a data.mdb, one child at a
 * time, and answers later opens from the results. A folder made after start-up is new
 * (this process created it) and needs no check. A check that could not run is told to
 * `onUnavailable` and counts as sound, as with the synchronous probe.
 */
export async function probeAccountsAtStart(
  accountsDir: string,
  run: ProbeRunner,
  onUnavailable: (reason: string) => void = () => {},
): Promise<DatabaseCheck> {
  const results = new Map<string, string | null>()
  const folders = existsSync(accountsDir) ? readdirSync(accountsDir, { withFileTypes: true }).filter((d) => d.isDirectory()) : []
  for (const folder of folders) {
    const dir = join(accountsDir, folder.name)
    if (!existsSync(join(dir, 'data.mdb'))) continue
    let verdict: string | null | undefined
    let why: string
    try {
      const r = await run(dir)
      verdict = probeVerdict(r.status, r.signal, r.stdout)
      why = `exit code ${r.status}`
    } catch (error) {
      why = (error as Error).message
    }
    if (verdict === undefined) onUnavailable(`The account database check could not run (${why}); ${dir} is opened without it.`)
    results.set(dir, verdict ?? null)
  }
  return (dir) => results.get(dir) ?? null
}
