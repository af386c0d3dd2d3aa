/**
 * Report rows as TikTok's report/integrated/get returns them (every value a
 * string) and as Adwright keeps them: one row per entity × day × breakdown value
 * (a country from the BASIC report; a placement, age, gender or platform from the
 * AUDIENCE report), with numbers. Pure, so the back end, the CLI and the tests share it.
 */
import { EVENT_METRICS, type PixelEvent } from './pixel-events'
import { BREAKDOWN_REPORT, REPORT_TYPE_SPECS, type ReportType, type ResultDimension } from './report-types'

export const RESULT_LEVELS = ['campaign', 'adgroup', 'ad'] as const
export type ResultLevel = (typeof RESULT_LEVELS)[number]

/**
 * The data level and id dimension of each level. At ad level `ad_id_v2` gives an Upgraded Smart+ ad as one row, where
 * `ad_id` gives one row per creative (notes tiktok-api-2026.md §2 "Reports"); `perCreativeId` is that per-creative
 * dimension, which the fetcher falls back to when a report leaves `ad_id_v2` blank (smart-plus-rollup.ts).
 */
export const LEVEL_QUERY: Record<
  ResultLevel,
  { dataLevel: 'AUCTION_CAMPAIGN' | 'AUCTION_ADGROUP' | 'AUCTION_AD'; idDimension: string; perCreativeId?: string }
> = {
  campaign: { dataLevel: 'AUCTION_CAMPAIGN', idDimension: 'campaign_id' },
  adgroup: { dataLevel: 'AUCTION_ADGROUP', idDimension: 'adgroup_id' },
  ad: { dataLevel: 'AUCTION_AD', idDimension: 'ad_id_v2', perCreativeId: 'ad_id' },
}

/** An id TikTok left out of a row: absent, empty, or "-" as it writes a missing value. */
export const isBlankId = (id: string | undefined): boolean => id === undefined || id.trim() === '' || id.trim() === '-'

/** Event metrics the rows keep, in column order. */
export const ROW_EVENTS = Object.keys(EVENT_METRICS) as Array<Extract<PixelEvent, keyof typeof EVENT_METRICS>>
export type RowEvent = (typeof ROW_EVENTS)[number]

/** Every summable figure of a row. Rates are never stored: they are computed from sums. */
export const METRIC_KEYS = ['spend', 'impressions', 'clicks', 'conversions', 'value', ...ROW_EVENTS] as const
export type MetricKey = (typeof METRIC_KEYS)[number]

/** The metrics Adwright asks the BASIC report for (report-types.ts owns the list). */
export const REPORT_METRICS = [...REPORT_TYPE_SPECS.BASIC.metrics]

const SOURCE: Record<MetricKey, string> = {
  spend: 'spend',
  impressions: 'impressions',
  clicks: 'clicks',
  conversions: 'conversion',
  // Despite its name, TikTok's total purchase value in the account currency.
  value: 'total_complete_payment_rate',
  ...(Object.fromEntries(ROW_EVENTS.map((e) => [e, EVENT_METRICS[e]!])) as Record<RowEvent, string>),
}

export interface ResultRow {
  /** `YYYY-MM-DD` in the account's time zone. */
  day: string
  /** Campaign, ad group or ad id, by the level the rows were fetched at. */
  entityId: string
  /** Which breakdown the row belongs to; rows of one dimension add up to the account's figures. */
  dimension: ResultDimension
  /** As reported: an ISO country code, sometimes with a region (`US-CA`); a placement, age, gender or platform value. */
  key: string
  metrics: Record<MetricKey, number>
}

/** A report Adwright cannot read (a value or a dimension not in the shape TikTok documents). */
export class ReportFormatError extends Error {
  override name = 'ReportFormatError'
}

export interface ApiReportRow {
  dimensions: Record<string, string>
  metrics: Record<string, string>
}

/**
 * A metric string as a number. TikTok sends decimal strings ("12.30"); a
 * missing value, "-" or "" means the metric was not available for that row.
 * Thousands separators are tolerated. Anything else is refused rather than
 * guessed, so a format change shows up as an error instead of wrong figures.
 */
export function parseMetric(value: string | undefined): number | null {
  if (value === undefined) return null
  const text = value.trim().replace(/,/g, '')
  if (text === '' || text === '-' || text.toUpperCase() === 'N/A') return null
  if (!/^-?\d+(\.\d+)?$/.test(text)) throw new ReportFormatError(`Unexpected metric value ${JSON.stringify(value)}`)
  return Number(text)
}

export interface ParsedRows {
  rows: ResultRow[]
  /** Metrics that were absent or blank in at least one row (counted as 0 there). */
  missingMetrics: string[]
}

/**
 * Parses one report's rows for one breakdown. Metrics the report was not asked
 * for (the AUDIENCE report's narrower set) are 0 and not listed as missing.
 */
export function parseReportRows(
  rows: ApiReportRow[],
  level: ResultLevel,
  dimension: ResultDimension = 'country',
  idDimension = LEVEL_QUERY[level].idDimension,
): ParsedRows {
  const { reportType, apiDimension } = BREAKDOWN_REPORT[dimension]
  const asked = new Set<string>(REPORT_TYPE_SPECS[reportType].metrics)
  const missing = new Set<string>()
  const parsed = rows.map((r): ResultRow => {
    const metrics = {} as Record<MetricKey, number>
    for (const key of METRIC_KEYS) {
      if (!asked.has(SOURCE[key])) {
        metrics[key] = 0
        continue
      }
      let n: number | null
      try {
        n = parseMetric(r.metrics[SOURCE[key]])
      } catch (error) {
        throw new ReportFormatError(`${SOURCE[key]}: ${(error as Error).message}`)
      }
      if (n === null) missing.add(SOURCE[key])
      metrics[key] = n ?? 0
    }
    const day = (r.dimensions.stat_time_day ?? '').slice(0, 10)
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day))
      throw new ReportFormatError(`A report row has no usable stat_time_day (${JSON.stringify(r.dimensions.stat_time_day)})`)
    const entityId = r.dimensions[idDimension]
    if (isBlankId(entityId)) throw new ReportFormatError(`A report row has no ${idDimension}`)
    return { day, entityId: entityId!, dimension, key: r.dimensions[apiDimension] ?? 'UNKNOWN', metrics }
  })
  return { rows: parsed, missingMetrics: [...missing].sort() }
}

/** The row figures a report type carries: every one for BASIC, the narrower set for AUDIENCE. */
export const metricKeysFor = (reportType: ReportType): MetricKey[] =>
  METRIC_KEYS.filter((k) => (REPORT_TYPE_SPECS[reportType].metrics as readonly string[]).includes(SOURCE[k]))
