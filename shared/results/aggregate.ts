/**
 * Everything the Results page draws, from the columns in one pass: totals, a
 * series over time aligned with the previous period, and breakdowns by entity
 * and market (BASIC rows, by country) and by placement, age, gender and
 * platform (AUDIENCE rows, each dimension its own set of rows). Runs in a Web Worker in the renderer (see
 * renderer/src/results/aggregate-worker.ts); pure so it is tested and
 * benchmarked in Node.
 */
import { marketOfCountryCode } from '../markets/market-of'
import { MARKETS, type Market } from '../markets/markets'
import { addDays, dayNumber, daysIn, previousPeriod, type DateRange } from './date-range'
import { METRIC_KEYS } from './report-rows'
import { METRIC_COUNT, type ResultColumns } from './result-columns'
import { RESULT_DIMENSIONS, type AudienceDimension } from './report-types'
import type { Sums } from './rates'

export type Bucket = 'day' | 'week'

export interface ResultsQuery {
  range: DateRange
  bucket: Bucket
  /** Compare with the same number of days just before `range`. */
  compare: boolean
}

export interface SeriesPoint {
  /** First day of the bucket. */
  start: string
  sums: Sums
  /** The bucket at the same offset in the previous period, when comparing. */
  previous: Sums | null
}

export interface Breakdown<K extends string = string> {
  key: K
  sums: Sums
}

export interface ResultsView {
  range: DateRange
  previousRange: DateRange | null
  total: Sums
  previousTotal: Sums | null
  series: SeriesPoint[]
  byEntity: Breakdown[]
  byMarket: Array<Breakdown<Market>>
  byPlacement: Breakdown[]
  byAge: Breakdown[]
  byGender: Breakdown[]
  byPlatform: Breakdown[]
  /** The last day in the range with AUDIENCE rows: TikTok's audience data runs 10–12 h behind. */
  audienceThrough: string | null
  /** BASIC rows that fell in the range (0 means there is nothing to show). */
  rowCount: number
}

export const emptySums = (): Sums => Object.fromEntries(METRIC_KEYS.map((k) => [k, 0])) as Sums

function sumsAt(acc: Float64Array, slot: number): Sums {
  const out = {} as Sums
  for (let m = 0; m < METRIC_COUNT; m++) out[METRIC_KEYS[m]!] = acc[slot * METRIC_COUNT + m]!
  return out
}

function addSlot(into: Float64Array, intoSlot: number, from: Float64Array, fromSlot: number) {
  const a = intoSlot * METRIC_COUNT
  const b = fromSlot * METRIC_COUNT
  for (let m = 0; m < METRIC_COUNT; m++) into[a + m]! += from[b + m]!
}

export function aggregate(cols: ResultColumns, query: ResultsQuery): ResultsView {
  const { range } = query
  const previousRange = query.compare ? previousPeriod(range) : null
  const size = query.bucket === 'week' ? 7 : 1
  const buckets = Math.ceil(daysIn(range) / size)
  const from = dayNumber(range.from)
  const prevFrom = previousRange ? dayNumber(previousRange.from) : 0

  // Per distinct day: its bucket in the current period (0 … buckets-1) or the previous one (buckets … 2·buckets-1), or -1.
  const dayBucket = new Int32Array(cols.days.length)
  for (let d = 0; d < cols.days.length; d++) {
    const day = cols.days[d]!
    if (day >= range.from && day <= range.to) dayBucket[d] = Math.floor((dayNumber(day) - from) / size)
    else if (previousRange && day >= previousRange.from && day <= previousRange.to)
      dayBucket[d] = buckets + Math.floor((dayNumber(day) - prevFrom) / size)
    else dayBucket[d] = -1
  }
  const COUNTRY = RESULT_DIMENSIONS.indexOf('country')
  // Per distinct key: its market for a country, -1 for an AUDIENCE value.
  const keyMarket = Int32Array.from(cols.keys, (k, i) => (cols.keyDimension[i] === COUNTRY ? MARKETS.indexOf(marketOfCountryCode(k)) : -1))
  const markets = MARKETS.length

  // Three accumulators: a small cube (bucket × market) that every time and market figure is read from, the current
  // period by entity, and the current period by AUDIENCE value. Country rows alone make the totals: the AUDIENCE rows
  // repeat the same delivery cut another way.
  const cube = new Float64Array(2 * buckets * markets * METRIC_COUNT)
  const entities = new Float64Array(cols.entities.length * METRIC_COUNT)
  const perKey = new Float64Array(cols.keys.length * METRIC_COUNT)
  const audienceDay = new Uint8Array(cols.days.length)
  const values = cols.values
  let rowCount = 0
  for (let i = 0; i < cols.length; i++) {
    const b = dayBucket[cols.day[i]!]!
    if (b < 0) continue
    const src = i * METRIC_COUNT
    const k = cols.key[i]!
    const mk = keyMarket[k]!
    if (mk < 0) {
      if (b < buckets) {
        audienceDay[cols.day[i]!] = 1
        const slot = k * METRIC_COUNT
        for (let m = 0; m < METRIC_COUNT; m++) perKey[slot + m]! += values[src + m]!
      }
      continue
    }
    const slot = (b * markets + mk) * METRIC_COUNT
    for (let m = 0; m < METRIC_COUNT; m++) cube[slot + m]! += values[src + m]!
    if (b < buckets) {
      rowCount++
      const e = cols.entity[i]! * METRIC_COUNT
      for (let m = 0; m < METRIC_COUNT; m++) entities[e + m]! += values[src + m]!
    }
  }

  const perBucket = new Float64Array(2 * buckets * METRIC_COUNT)
  const perMarket = new Float64Array(markets * METRIC_COUNT)
  const totals = new Float64Array(2 * METRIC_COUNT)
  for (let b = 0; b < 2 * buckets; b++) {
    for (let mk = 0; mk < markets; mk++) {
      const slot = b * markets + mk
      addSlot(perBucket, b, cube, slot)
      addSlot(totals, b < buckets ? 0 : 1, cube, slot)
      if (b < buckets) addSlot(perMarket, mk, cube, slot)
    }
  }
  let audienceThrough: string | null = null
  for (let d = 0; d < cols.days.length; d++)
    if (audienceDay[d] && (audienceThrough === null || cols.days[d]! > audienceThrough)) audienceThrough = cols.days[d]!

  const hasAny = (acc: Float64Array, slot: number) => acc.subarray(slot * METRIC_COUNT, (slot + 1) * METRIC_COUNT).some((v) => v !== 0)
  const audience = (dimension: AudienceDimension): Breakdown[] => {
    const code = RESULT_DIMENSIONS.indexOf(dimension)
    return cols.keys.map((key, k) => ({ key, sums: sumsAt(perKey, k) })).filter((_, k) => cols.keyDimension[k] === code && hasAny(perKey, k))
  }
  return {
    range,
    previousRange,
    total: sumsAt(totals, 0),
    previousTotal: previousRange ? sumsAt(totals, 1) : null,
    series: Array.from({ length: buckets }, (_, b) => ({
      start: addDays(range.from, b * size),
      sums: sumsAt(perBucket, b),
      previous: previousRange ? sumsAt(perBucket, buckets + b) : null,
    })),
    byEntity: cols.entities.map((key, e) => ({ key, sums: sumsAt(entities, e) })).filter((_, e) => hasAny(entities, e)),
    byMarket: MARKETS.map((key, mk) => ({ key, sums: sumsAt(perMarket, mk) })).filter((_, mk) => hasAny(perMarket, mk)),
    byPlacement: audience('placement'),
    byAge: audience('age'),
    byGender: audience('gender'),
    byPlatform: audience('platform'),
    audienceThrough,
    rowCount,
  }
}
