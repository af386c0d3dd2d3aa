/** What the Results IPC channels carry. */
import type { DateRange } from './date-range'
import type { PixelSummary } from './pixel-events'
import type { ResultLevel } from './report-rows'
import type { ResultColumns } from './result-columns'
import type { PixelHealth } from './pixel-health'

export interface ResultsRequest {
  advertiserId: string
  /** Inclusive `YYYY-MM-DD` range; the page asks for its range plus the comparison period. */
  from: string
  to: string
  level: ResultLevel
}

/** One Smart+ ad's creatives over a range (`results:creatives`). */
export interface CreativeResultsRequest {
  advertiserId: string
  adId: string
  from: string
  to: string
}

export interface ResultsSnapshot {
  advertiserId: string
  level: ResultLevel
  /** `empty`: nothing downloaded yet; `corrupt`: the cache could not be read (see `problem`) and should be refreshed. */
  state: 'empty' | 'ready' | 'corrupt'
  problem: string | null
  /** ISO 4217 code of every money figure (spend, value). */
  currency: string | null
  /** ISO timestamp of the last successful download. */
  lastRefreshedAt: string | null
  /** Day ranges downloaded so far; days outside them are unknown, not zero. */
  coverage: DateRange[]
  /**
   * Cached rows within the requested range, as columns: typed arrays cross IPC as one copy each, where a million row
   * objects took longer to clone than the rest of opening the page (test/bench/results.bench.ts).
   */
  columns: ResultColumns
  /** Campaign / ad group / ad id → name, where TikTok returned one. */
  entityNames: Record<string, string>
  /** At ad level, each Upgraded Smart+ ad's creatives (their `ad_material_id`); its figures are the sum of theirs. */
  smartPlusAds: Record<string, string[]>
  pixels: PixelSummary[]
  /** Each pixel's events by day, last event and whether it went quiet, as of the service's "now" (pixel-health.ts). */
  pixelHealth: PixelHealth[]
  /** Metrics TikTok left out of some rows (counted as 0). */
  missingMetrics: string[]
}

export interface ResultsProgress {
  advertiserId: string
  level: ResultLevel
  /** Requests finished out of the total planned. */
  done: number
  total: number
  /** `tasks`: the account is past the synchronous report's cap, so each report is an asynchronous task TikTok prepares. */
  mode: 'sync' | 'tasks'
  /** The status of the task being waited for (QUEUING, PROCESSING, SUCCESS…), in `tasks` mode. */
  taskStatus?: string
}
