/** Calendar days as `YYYY-MM-DD` strings, in UTC arithmetic (the strings are already in the account's time zone). */
const DAY_MS = 86_400_000
const DATE = /^\d{4}-\d{2}-\d{2}$/

export interface DateRange {
  from: string
  to: string
}

export const isDate = (s: string) => DATE.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && toDay(dayNumber(s)) === s
export const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS
export const toDay = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10)
export const addDays = (day: string, n: number) => toDay(dayNumber(day) + n)
export const daysIn = (r: DateRange) => dayNumber(r.to) - dayNumber(r.from) + 1

/** With stat_time_day, report/integrated/get accepts at most 30 days per request. */
export const MAX_DAYS_PER_REQUEST = 30

/** Splits an inclusive range into consecutive windows of at most `maxDays`. */
export function splitRange(range: DateRange, maxDays = MAX_DAYS_PER_REQUEST): DateRange[] {
  if (!isDate(range.from) || !isDate(range.to)) throw new Error('Dates must be YYYY-MM-DD.')
  if (range.to < range.from) throw new Error('The end date is before the start date.')
  const windows: DateRange[] = []
  for (let start = dayNumber(range.from); start <= dayNumber(range.to); start += maxDays) {
    windows.push({ from: toDay(start), to: toDay(Math.min(start + maxDays - 1, dayNumber(range.to))) })
  }
  return windows
}

/** The same number of days immediately before. */
export function previousPeriod(range: DateRange): DateRange {
  const n = daysIn(range)
  return { from: addDays(range.from, -n), to: addDays(range.from, -1) }
}

/** "Last N days" ends yesterday: today is still delivering, so its numbers would look like a drop. */
export function lastDays(today: string, n: number): DateRange {
  return { from: addDays(today, -n), to: addDays(today, -1) }
}

/** Merges overlapping or adjacent ranges, sorted. */
export function mergeRanges(ranges: DateRange[]): DateRange[] {
  const sorted = [...ranges].sort((a, b) => a.from.localeCompare(b.from))
  const out: DateRange[] = []
  for (const r of sorted) {
    const last = out[out.length - 1]
    if (last && dayNumber(r.from) <= dayNumber(last.to) + 1) {
      if (r.to > last.to) last.to = r.to
    } else out.push({ ...r })
  }
  return out
}

/** Whether the ranges together cover every day of `range`. */
export const covers = (ranges: DateRange[], range: DateRange) => mergeRanges(ranges).some((r) => r.from <= range.from && r.to >= range.to)

/** Today's date (`YYYY-MM-DD`) in the advertiser's time zone, which is what TikTok's report days are in. */
export function todayIn(timeZone: string | undefined, now: Date): string {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now)
  } catch {
    return now.toISOString().slice(0, 10)
  }
}
