/**
 * Which report TikTok answers each Results breakdown with, and what that report
 * carries. The one owner of this fact: the fetcher builds requests from it, the
 * page states the AUDIENCE report's latency and metric set from it, and the
 * client's tests check it against the notes.
 *
 * Sources: notes tiktok-api.md §4 (report_type values; BASIC dimensions: ids,
 * stat_time_day/hour, country_code; AUDIENCE adds age, gender, language,
 * placement, platform, ac) and tiktok-api-2026.md §3 (placement is AUDIENCE
 * only; AUDIENCE data is 10–12 h late and has fewer metrics); [SDK]
 * yml_files/report_integrated_get.yml and report_task_create.yml (report_type
 * enum: AUDIENCE, BASIC, …).
 */
import { EVENT_METRICS } from './pixel-events'

export const REPORT_TYPES = ['BASIC', 'AUDIENCE'] as const
export type ReportType = (typeof REPORT_TYPES)[number]

/** Every way the page breaks results down, apart from time and entity (which every row carries). */
export const RESULT_DIMENSIONS = ['country', 'placement', 'age', 'gender', 'platform'] as const
export type ResultDimension = (typeof RESULT_DIMENSIONS)[number]
export const AUDIENCE_DIMENSIONS = ['placement', 'age', 'gender', 'platform'] as const satisfies readonly ResultDimension[]
export type AudienceDimension = (typeof AUDIENCE_DIMENSIONS)[number]

export interface ReportTypeSpec {
  /** Breakdown dimensions (TikTok's names) the report accepts besides the ids and stat_time_day / stat_time_hour. */
  dimensions: readonly string[]
  /** The metrics Adwright asks this report for. */
  metrics: readonly string[]
  /** How late TikTok's data is, in hours (lowest–highest); 0 for data that is as current as delivery. */
  latencyHours: readonly [number, number]
}

/** Base delivery, the optimization conversions, purchase value and each pixel event. */
const BASIC_METRICS = ['spend', 'impressions', 'clicks', 'conversion', 'total_complete_payment_rate', ...Object.values(EVENT_METRICS)] as const

/**
 * The AUDIENCE report's metrics are narrower than BASIC's; the notes do not list
 * them, so Adwright asks only for delivery and optimization conversions, which
 * every audience breakdown in TikTok's documentation shows. Pixel events and
 * purchase value come from BASIC (by time, entity and market) only.
 */
const AUDIENCE_METRICS = ['spend', 'impressions', 'clicks', 'conversion'] as const

export const REPORT_TYPE_SPECS: Record<ReportType, ReportTypeSpec> = {
  BASIC: { dimensions: ['country_code'], metrics: BASIC_METRICS, latencyHours: [0, 0] },
  AUDIENCE: {
    dimensions: ['age', 'gender', 'language', 'placement', 'platform', 'ac', 'country_code'],
    metrics: AUDIENCE_METRICS,
    latencyHours: [10, 12],
  },
}

/** Each breakdown: the report that answers it and TikTok's name for its dimension. */
export const BREAKDOWN_REPORT: Record<ResultDimension, { reportType: ReportType; apiDimension: string }> = {
  country: { reportType: 'BASIC', apiDimension: 'country_code' },
  placement: { reportType: 'AUDIENCE', apiDimension: 'placement' },
  age: { reportType: 'AUDIENCE', apiDimension: 'age' },
  gender: { reportType: 'AUDIENCE', apiDimension: 'gender' },
  platform: { reportType: 'AUDIENCE', apiDimension: 'platform' },
}

/**
 * The synchronous report covers at most this many ads; past it Adwright uses asynchronous report tasks (notes
 * tiktok-api.md §4 "Capped at 20,000 ads"; tiktok-api-2026.md §4 "Reports at scale").
 */
export const SYNC_REPORT_AD_CAP = 20_000

/**
 * TikTok can still revise a day's figures for a while (late conversions within the attribution window, the AUDIENCE
 * report's delay): a day counts as final once it was this many days old at the last refresh, so a refresh fetches
 * only the days after that (results-service.ts daysToFetch) and the charts say these days can change. Seven days
 * matches a 7-day click attribution window; an estimate, not a documented figure.
 */
export const REVISION_DAYS = 7

export const isAudienceDimension = (d: ResultDimension): d is AudienceDimension => BREAKDOWN_REPORT[d].reportType === 'AUDIENCE'
