import { clockFor } from '#shared/time/clock'

/**
 * The clock of a Node process (the app's main process, the browser harness,
 * the sandbox, the CLI): the system clock, or pinned by `--now` / ADWRIGHT_NOW
 * so scripted runs and demos are reproducible. A bad value is an error, never
 * silently the system time.
 */
export function processClock(flag?: string, env: NodeJS.ProcessEnv = process.env) {
  const pinned = flag ?? env.ADWRIGHT_NOW
  try {
    return clockFor(pinned)
  } catch (error) {
    throw new RangeError(`${flag !== undefined ? '--now' : 'ADWRIGHT_NOW'}: ${(error as Error).message}`)
  }
}
