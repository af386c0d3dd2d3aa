/**
 * `--now <ISO time>`, accepted by every command: the time the command runs at
 * (ADWRIGHT_NOW when absent), so a scripted `validate` gives the same answer
 * next month as today.
 */
import type { Now } from '#shared/time/clock'
import { processClock } from '#backend/app/process-clock'

export const NOW_USAGE = '--now <time>  Run as if it were this time (ISO 8601, e.g. 2027-01-15T09:00:00Z); also ADWRIGHT_NOW.'

/** Takes `--now` out of the arguments (so each command's own parser never sees it) and builds the clock. */
export function takeNowOption(argv: string[], env: NodeJS.ProcessEnv = process.env): { argv: string[]; now: Now } | { error: string } {
  const rest: string[] = []
  let flag: string | undefined
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    if (a === '--now' || a.startsWith('--now=')) {
      const v = a === '--now' ? argv[++i] : a.slice('--now='.length)
      if (!v || v.startsWith('--')) return { error: '--now needs a time, e.g. --now 2027-01-15T09:00:00Z.' }
      flag = v
    } else rest.push(a)
  }
  try {
    return { argv: rest, now: processClock(flag, env).now }
  } catch (error) {
    return { error: (error as Error).message }
  }
}
