import { resolve } from 'node:path'
import type { ProbeCommand } from './account-probe'

/**
 * The database check as plain Node runs it from the sources (the CLI, the web harness,
 * tests): tsx loads the TypeScript entry. The packaged app runs its bundled copy instead.
 */
export function sourceProbe(onUnavailable?: (reason: string) => void): ProbeCommand {
  return { command: process.execPath, args: ['--import', 'tsx', resolve(import.meta.dirname, 'account-probe-main.ts')], onUnavailable }
}
