/**
 * Pixel health from the cached report rows: per pixel, the events its ads' rows counted each day, the last day one
 * was counted, and a warning when a pixel that used to fire has gone quiet while its ads still buy clicks — the
 * sign of a broken site tag, seen before more spend goes to traffic nobody measures.
 *
 * The report has no pixel dimension, so a row belongs to a pixel through its entity: each ad group names its
 * `pixel_id`, an ad belongs to its ad group, a campaign to the pixel all its ad groups share (report-fetcher.ts
 * builds that map). Only the country rows are summed: every breakdown repeats the same delivery (report-types.ts).
 * Pure, and given "today" by its caller's clock.
 */
import { addDays } from './date-range'
import type { PixelSummary } from './pixel-events'
import { METRIC_KEYS, ROW_EVENTS } from './report-rows'
import { METRIC_COUNT, type ResultColumns } from './result-columns'
import { RESULT_DIMENSIONS } from './report-types'

/** The last complete days a quiet pixel has counted nothing in. */
export const QUIET_DAYS = 2
/** How far before those days a pixel must have fired, and on how many days, to count as one that "used to fire". */
export const HISTORY_DAYS = 14
export const MIN_FIRING_DAYS = 3
/** Days of history shown per pixel. */
const SHOWN_DAYS = 30

export type PixelStatus = 'firing' | 'quiet' | 'idle' | 'never'

export interface PixelHealth {
  pixelId: string
  name: string
  /** `firing`; `quiet`: fired before, nothing in the last QUIET_DAYS complete days though its ads got clicks; `idle`: no clicks either; `never`: no event counted in the cache. */
  status: PixelStatus
  /** The last day an event was counted, `YYYY-MM-DD` in the account's time zone; null if none. */
  lastEventDay: string | null
  /** Clicks its ads got in the quiet days (what the warning is about). */
  quietClicks: number
  /** Events counted per day over the last SHOWN_DAYS days up to yesterday (0 for a day without rows). */
  daily: Array<{ day: string; events: number }>
}

/** Per pixel, events and clicks per day of `days` (aligned with it): the one pass over the rows health needs. */
export type PixelDays = Record<string, { events: number[]; clicks: number[] }>

/**
 * The pass over every row, done when the cache is written (results-cache.ts keeps its small answer), so opening
 * Results does not walk a million rows for it again.
 */
export function pixelDailyTotals(
  cols: ResultColumns,
  entityPixels: Record<string, string>,
  pixels: readonly Pick<PixelSummary, 'pixelId'>[],
): PixelDays {
  const country = RESULT_DIMENSIONS.indexOf('country')
  const eventColumns = ROW_EVENTS.map((e) => METRIC_KEYS.indexOf(e))
  const clickColumn = METRIC_KEYS.indexOf('clicks')
  // Per pixel × day index: events and clicks, in flat arrays (a million rows, so no strings or maps per row).
  const pixelIndex = new Map(pixels.map((p, i) => [p.pixelId, i]))
  const pixelOfEntity = Int32Array.from(cols.entities, (e) => pixelIndex.get(entityPixels[e] ?? '') ?? -1)
  const isCountry = Uint8Array.from(cols.keyDimension, (d) => (d === country ? 1 : 0))
  const nDays = cols.days.length
  const events = new Float64Array(pixels.length * nDays)
  const clicks = new Float64Array(pixels.length * nDays)
  for (let i = 0; i < cols.length; i++) {
    if (!isCountry[cols.key[i]!]) continue
    const pixel = pixelOfEntity[cols.entity[i]!]!
    if (pixel < 0) continue
    const at = pixel * nDays + cols.day[i]!
    const base = i * METRIC_COUNT
    let e = 0
    for (const c of eventColumns) e += cols.values[base + c]!
    events[at] = events[at]! + e
    clicks[at] = clicks[at]! + cols.values[base + clickColumn]!
  }
  return Object.fromEntries(
    pixels.map((p, pi) => [
      p.pixelId,
      { events: [...events.subarray(pi * nDays, (pi + 1) * nDays)], clicks: [...clicks.subarray(pi * nDays, (pi + 1) * nDays)] },
    ]),
  )
}

export function pixelHealth(cols: ResultColumns, entityPixels: Record<string, string>, pixels: PixelSummary[], today: string): PixelHealth[] {
  return pixelHealthOf(cols.days, pixelDailyTotals(cols, entityPixels, pixels), pixels, today)
}

/** Health from the per-day totals; a pixel without totals (added since they were counted) shows as never seen. */
export function pixelHealthOf(days: readonly string[], totals: PixelDays, pixels: PixelSummary[], today: string): PixelHealth[] {
  const nDays = days.length
  const dayIndex = new Map(days.map((d, i) => [d, i]))
  const yesterday = addDays(today, -1)
  const quietFrom = addDays(today, -QUIET_DAYS)
  const historyFrom = addDays(quietFrom, -HISTORY_DAYS)
  return pixels.map((p) => {
    const own = totals[p.pixelId]
    const eventsOn = (d: number) => own?.events[d] ?? 0
    let lastEventDay: string | null = null
    let firingDays = 0
    let quietEvents = 0
    let quietClicks = 0
    for (let d = 0; d < nDays; d++) {
      const day = days[d]!
      const e = eventsOn(d)
      if (e > 0 && (lastEventDay === null || day > lastEventDay)) lastEventDay = day
      if (day >= historyFrom && day < quietFrom && e > 0) firingDays++
      if (day >= quietFrom && day <= yesterday) {
        quietEvents += e
        quietClicks += own?.clicks[d] ?? 0
      }
    }
    const status: PixelStatus =
      lastEventDay === null ? 'never' : firingDays >= MIN_FIRING_DAYS && quietEvents === 0 ? (quietClicks > 0 ? 'quiet' : 'idle') : 'firing'
    const daily = Array.from({ length: SHOWN_DAYS }, (_, k) => {
      const day = addDays(yesterday, k - SHOWN_DAYS + 1)
      const d = dayIndex.get(day)
      return { day, events: d === undefined ? 0 : eventsOn(d) }
    })
    return { pixelId: p.pixelId, name: p.name, status, lastEventDay, quietClicks, daily }
  })
}
