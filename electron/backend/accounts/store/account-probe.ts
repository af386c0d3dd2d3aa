import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'

/** How to start the probe child: node (or Electron with ELECTRON_RUN_AS_NODE) and the arguments before the folder. */
export interface ProbeCommand {
  command: string
  args: string[]
  env?: NodeJS.ProcessEnv
  /** Told when the check itself could not run; the store is then opened without it. */
  onUnavailable?: (reason: string) => void
}

/** account-probe-main exits with this code when it found damage it could report. */
export const PROBE_FOUND_DAMAGE = 2

/**
 * A check already made, asked by folder: what is wrong, or null. The app uses this form:
 * with Electron's RunAsNode fuse off it cannot spawn itself as Node synchronously, so it
 * checks every account folder in utility processes at start-up (probe-at-start.ts).
 */
export type DatabaseCheck = (dir: string) => string | null

/** Either a child process to run now, or the answers of checks made earlier. */
export type AccountProbe = ProbeCommand | DatabaseCheck

/** What the probe child's ending says: damage (a message), sound (null), or that it could not run (undefined). */
export function probeVerdict(status: number | null, signal: string | null, stdout: string): string | null | undefined {
  if (status === 0) return null
  if (status === PROBE_FOUND_DAMAGE) return `the database is damaged (${stdout.trim()})`
  // SIGKILL/SIGTERM come from the timeout or from outside, not from reading the file.
  if (signal && signal !== 'SIGKILL' && signal !== 'SIGTERM') return `reading it crashed the database check (${signal})`
  return undefined
}

export function runProbe(dir: string, probe: AccountProbe): string | null {
  return typeof probe === 'function' ? probe(dir) : probeAccountDatabase(dir, probe)
}

/**
 * Runs account-probe-main on a folder in a child process. Returns what is
 * wrong, or null when the child walked every page and exited cleanly (or could
 * not run at all: a broken check must not lock the user out of a sound store).
 */
export function probeAccountDatabase(dir: string, probe: ProbeCommand): string | null {
  if (!existsSync(join(dir, 'data.mdb'))) return null
  const r = spawnSync(probe.command, [...probe.args, dir], { encoding: 'utf8', env: probe.env ?? process.env, timeout: 20_000 })
  const verdict = probeVerdict(r.status, r.signal, r.stdout)
  if (verdict !== undefined) return verdict
  const why = r.error?.message ?? (r.signal ? `stopped by ${r.signal}` : `exit code ${r.status}: ${(r.stderr ?? '').trim().split('\n').at(-1)}`)
  probe.onUnavailable?.(`The account database check could not run (${why}); ${dir} was opened without it.`)
  return null
}
