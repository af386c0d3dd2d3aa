/**
 * The time every test runs at. Dates in fixtures are written relative to it
 * (`apiTimeAfter(8)`), so no test ages with the calendar; CI also runs the unit
 * tests under faketime at dates years apart to prove it.
 */
import { toApiTime } from '#shared/domain/defaults'
import { fixedNow } from '#shared/time/clock'

export const TEST_NOW = new Date('2026-11-23T12:00:00.000Z')
export const testNow = fixedNow(TEST_NOW)
/** For the CLI's and the harness's `--now` / ADWRIGHT_NOW. */
export const TEST_NOW_ISO = TEST_NOW.toISOString()

const DAY_MS = 86_400_000

/** TikTok's `YYYY-MM-DD HH:MM:SS` (UTC) this many days after the test's now, at midnight by default. */
export function apiTimeAfter(days: number, hour = 0): string {
  const d = new Date(TEST_NOW.getTime() + days * DAY_MS)
  d.setUTCHours(hour, 0, 0, 0)
  return toApiTime(d)
}

/** `YYYY-MM-DD`, this many days after the test's now (negative: before). */
export const dayAfter = (days: number) => new Date(TEST_NOW.getTime() + days * DAY_MS).toISOString().slice(0, 10)
