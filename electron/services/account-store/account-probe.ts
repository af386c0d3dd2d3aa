import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'

/** How to start the probe child: node (or Electron with ELECTRON_RUN_AS_NODE) and the arguments before the folder. */
export interface ProbeCommand {
  command: string
  args: string[]
  env?: NodeJS.ProcessEnv
}

/**
 * Runs account-probe-main on a folder in a child process. Returns what is
 * wrong, or null when the child walked every page and exited cleanly.
 */
export function probeAccountDatabase(dir: string, probe: ProbeCommand): string | null {
  if (!existsSync(join(dir, 'data.mdb'))) return null
  const r = spawnSync(probe.command, [...probe.args, dir], { encoding: 'utf8', env: probe.env ?? process.env, timeout: 60_000 })
  if (r.error) throw new Error(`the database check could not start (${r.error.message})`)
  if (r.status === 0) return null
  if (r.signal) return `reading it crashed the database check (${r.signal})`
  const said = r.stdout.trim()
  return said ? `the database is damaged (${said})` : `the database check failed (exit code ${r.status}: ${r.stderr.trim().split('\n').at(-1)})`
}
