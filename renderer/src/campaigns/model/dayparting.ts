/**
 * TikTok's dayparting string (336 characters of 0/1: 48 half-hours × 7 days from
 * Monday) seen as a 7 × 24 grid of hours, which is how buyers schedule.
 */
export const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const
const LENGTH = 336

/** Absent dayparting means all day, every day. */
export const ALL_DAY = '1'.repeat(LENGTH)

export type HourState = 'on' | 'off' | 'partial'

export function hourState(dayparting: string | undefined, day: number, hour: number): HourState {
  const s = dayparting && dayparting.length === LENGTH ? dayparting : ALL_DAY
  const a = s[day * 48 + hour * 2]
  const b = s[day * 48 + hour * 2 + 1]
  return a === '1' && b === '1' ? 'on' : a === '1' || b === '1' ? 'partial' : 'off'
}

/** Sets both half-hours of one hour of one day. */
export function setHour(dayparting: string | undefined, day: number, hour: number, on: boolean): string {
  const chars = (dayparting && dayparting.length === LENGTH ? dayparting : ALL_DAY).split('')
  chars[day * 48 + hour * 2] = on ? '1' : '0'
  chars[day * 48 + hour * 2 + 1] = on ? '1' : '0'
  return chars.join('')
}

/** The same hours, [from, to), on every day. */
export function everyDay(from: number, to: number): string {
  const day = '00'.repeat(from) + '11'.repeat(to - from) + '00'.repeat(24 - to)
  return day.repeat(7)
}
