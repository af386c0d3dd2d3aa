/**
 * What every Results chart says under its figures: whose calendar its days follow and how its conversions were
 * counted. TikTok reports dates in the ad account's time zone (notes tiktok-api.md §4 "Dates … in the account time
 * zone"; the zone is `/advertiser/info/`'s `timezone`, tiktok-api-2026.md §3), so a buyer in another zone reads
 * "Monday" as the account's Monday. Conversions and pixel events are attributed under each ad group's own
 * attribution windows (click, view, engaged view: shared/domain/enums.ts ATTRIBUTION_WINDOWS), which the report
 * itself does not state, and the last days can still change (report-types.ts REVISION_DAYS).
 */

/** `UTC+05:30` for a zone at an instant, from Intl; null when the zone is unknown to this runtime. */
export function utcOffset(timeZone: string, at: Date): string | null {
  try {
    const part = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value
    if (!part) return null
    // "GMT" alone is UTC itself; "GMT+05:30" otherwise.
    return part === 'GMT' ? 'UTC+00:00' : part.replace('GMT', 'UTC')
  } catch {
    return null
  }
}

/** The time zone sentence; `timeZone` null when the account's zone is not known yet (nothing pulled, no listing). */
export function timeZoneNote(timeZone: string | null | undefined, at: Date): string {
  if (!timeZone) return 'Dates are in the ad account’s time zone (not known until the account is pulled).'
  const offset = utcOffset(timeZone, at)
  return `Dates are in the ad account’s time zone, ${timeZone}${offset ? ` (${offset})` : ''}, as TikTok reports them.`
}

/** The attribution sentence, with how many of the last days may still change. */
export function attributionNote(revisionDays: number): string {
  return `Conversions and pixel events are TikTok’s attributed counts, under each ad group’s click, view and engaged-view attribution windows; the last ${revisionDays} days can still change.`
}
