/**
 * The one owner of "now". Nothing else in Adwright reads the wall clock (lint
 * enforces it): every service, the CLI, the sandbox and the renderer are handed
 * a `Now`, so tests and scripted runs can pin time and nothing ages with the calendar.
 *
 * Elapsed-time measurement (rate limits, benchmarks) uses the monotonic
 * `performance.now()` instead; that is not "now" and is not owned here.
 */

/** Returns the current time. Passed to whatever needs it, never read from a global. */
export type Now = () => Date

/** The real wall clock: the only place in the code that asks the system for the time. */
export const systemNow: Now = () => new Date()

/** Always the same instant: for tests and for reproducible one-shot runs. */
export function fixedNow(at: Date | string): Now {
  const ms = typeof at === 'string' ? parseInstant(at).getTime() : at.getTime()
  return () => new Date(ms)
}

/**
 * Starts at `at` and then runs at the real rate, so an app pinned to a date
 * (ADWRIGHT_NOW) still sees time pass. `elapsedMs` is a monotonic counter.
 */
export function nowStartingAt(at: Date | string, elapsedMs: () => number = () => performance.now()): Now {
  const start = typeof at === 'string' ? parseInstant(at).getTime() : at.getTime()
  const zero = elapsedMs()
  return () => new Date(start + (elapsedMs() - zero))
}

// An ISO 8601 date-time with an explicit zone (Z or ±hh:mm), or a bare date (midnight UTC).
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2}))?$/

/** Parses a pinned time. A local time without a zone would mean different instants on different machines, so it is refused. */
export function parseInstant(text: string): Date {
  const t = text.trim()
  const ms = ISO_INSTANT.test(t) ? Date.parse(t.length === 10 ? `${t}T00:00:00Z` : t) : Number.NaN
  if (Number.isNaN(ms)) {
    throw new RangeError(`"${text}" is not a time like 2027-01-15T09:30:00Z (ISO 8601 with Z or an offset, or a date like 2027-01-15).`)
  }
  const d = new Date(ms)
  // Date.parse rolls 2027-02-30 over into March; a real date reads back the same.
  if (d.toISOString().slice(0, 10) !== t.slice(0, 10) && /Z$|^\d{4}-\d{2}-\d{2}$/.test(t)) {
    throw new RangeError(`"${text}" is not a real date.`)
  }
  return d
}

/**
 * The clock a process runs on: `pinned` (a --now flag or ADWRIGHT_NOW) starts
 * time there, otherwise the system clock. Returns whether it was pinned, so the
 * renderer can follow the back end.
 */
export function clockFor(pinned: string | undefined, elapsedMs?: () => number): { now: Now; pinnedAt: string | null } {
  if (pinned === undefined || pinned.trim() === '') return { now: systemNow, pinnedAt: null }
  const at = parseInstant(pinned)
  return { now: nowStartingAt(at, elapsedMs), pinnedAt: at.toISOString() }
}
