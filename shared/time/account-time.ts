/**
 * An API time (TikTok's `YYYY-MM-DD HH:MM:SS`, always UTC+0 for schedules: notes tiktok-api.md §3 "Schedule") as
 * the advertiser's account clock shows it, so the editor can put local time beside UTC. Pure: Intl only.
 */

/** Zones that are UTC all year, where a second reading would only repeat the first. */
const UTC_ZONES = new Set(['UTC', 'Etc/UTC', 'Etc/GMT', 'GMT', 'Etc/Universal', 'Etc/Zulu'])

export const isUtcZone = (timeZone: string) => UTC_ZONES.has(timeZone)

/**
 * `2026-12-01 14:00 (GMT-5)` for `2026-12-01 19:00:00` in America/New_York; null for a time that is not an API time
 * or a zone Intl does not know (the caller then shows UTC alone).
 */
export function apiTimeInZone(apiTime: string, timeZone: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})(?::(\d{2}))?$/.exec(apiTime.trim())
  if (!m) return null
  const at = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +(m[6] ?? 0)))
  if (Number.isNaN(at.getTime())) return null
  try {
    const parts = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'shortOffset',
    }).formatToParts(at)
    const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? ''
    return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')} (${get('timeZoneName')})`
  } catch {
    return null
  }
}
