/**
 * The Results back end: `results:get` answers from the on-disk cache (so the
 * page works offline), `results:refresh` downloads the requested days from the
 * active connection, merges them into the cache and reports progress.
 */
import { addDays, covers, mergeRanges, todayIn, type DateRange } from '#shared/results/date-range'
import { pixelHealth, pixelHealthOf } from '#shared/results/pixel-health'
import { REVISION_DAYS } from '#shared/results/report-types'
import { concatColumns, selectRows, toColumns } from '#shared/results/result-columns'
import { ReportFormatError, type ResultLevel } from '#shared/results/report-rows'
import type { CreativeResultsRequest, ResultsProgress, ResultsRequest, ResultsSnapshot } from '#shared/results/results-types'
import { CREATIVE_DIMENSIONS, CREATIVE_METRICS, parseCreativeRows, type CreativeResults } from '#shared/results/creative-results'
import { fetchAll } from '../tiktok-api/client'
import { ServiceError } from '../app/service-error'
import { TikTokApiError } from '../tiktok-api/errors'
import { fetchResults, RefreshCancelledError, ReportTaskError, type ResultsClient } from './report-fetcher'
import type { Clock } from '../tiktok-api/rate-limiter'
import { resultsCache, type CacheRead } from './results-cache'
import type { Now } from '#shared/time/clock'

export interface ResultsServiceDeps {
  dataDir: string
  /** A client for the active connection profile, with the login that reaches the advertiser (api-connection.ts in the app). */
  client: (advertiserId: string) => Promise<ResultsClient>
  /** The advertiser's account currency, from the accounts list. */
  currencyOf: (advertiserId: string) => string | null
  /** The advertiser's time zone (/advertiser/info/), whose "today" pixel health counts back from; UTC when unknown. */
  timezoneOf?: (advertiserId: string) => string | null
  onProgress?: (progress: ResultsProgress) => void
  now: Now
  /** Waits between report task checks; the real timers unless a test gives its own. */
  clock?: Clock
}

function snapshot(req: ResultsRequest, read: CacheRead, today: string): ResultsSnapshot {
  const base = { advertiserId: req.advertiserId, level: req.level }
  if (read.state !== 'ready') {
    return {
      ...base,
      state: read.state,
      problem: read.state === 'corrupt' ? read.problem : null,
      currency: null,
      lastRefreshedAt: null,
      coverage: [],
      columns: toColumns([]),
      entityNames: {},
      smartPlusAds: {},
      pixels: [],
      pixelHealth: [],
      missingMetrics: [],
    }
  }
  const { columns, entityPixels, pixelDays, ...d } = read.data
  return {
    ...base,
    state: 'ready',
    problem: null,
    ...d,
    // The cache counted each pixel's days when it was written; a file from before that is counted now.
    pixelHealth: pixelDays ? pixelHealthOf(columns.days, pixelDays, d.pixels, today) : pixelHealth(columns, entityPixels, d.pixels, today),
    columns: selectRows(columns, (i) => columns.days[i]! >= req.from && columns.days[i]! <= req.to),
  }
}

export { REVISION_DAYS }

/**
 * The part of `range` a refresh must download: from its first day that is not final (never downloaded, or within
 * REVISION_DAYS of the last refresh) to its end. When every day is final, the last day alone, so the names and
 * pixels still refresh.
 */
export function daysToFetch(range: DateRange, cached: { coverage: DateRange[]; lastRefreshedAt: string } | null): DateRange {
  if (!cached) return range
  const finalBefore = addDays(cached.lastRefreshedAt.slice(0, 10), -REVISION_DAYS)
  for (let day = range.from; day <= range.to; day = addDays(day, 1)) {
    if (day >= finalBefore || !covers(cached.coverage, { from: day, to: day })) return { from: day, to: range.to }
  }
  return { from: range.to, to: range.to }
}

function userMessage(error: unknown): ServiceError {
  if (error instanceof ServiceError) return error
  if (error instanceof TikTokApiError) {
    if (error.kind === 'auth')
      return new ServiceError('FORBIDDEN', 'TikTok refused the access token. Reconnect the account in Settings, then refresh again.')
    return new ServiceError('INTERNAL', `Could not download results from TikTok: ${error.message}`)
  }
  if (error instanceof RefreshCancelledError) return new ServiceError('CONFLICT', 'Refresh cancelled; the saved results are unchanged.')
  if (error instanceof ReportTaskError) return new ServiceError('INTERNAL', `Could not download results from TikTok: ${error.message}`)
  if (error instanceof ReportFormatError) {
    return new ServiceError('INTERNAL', `TikTok sent a report Adwright could not read (${error.message}).`)
  }
  throw error
}

export function createResultsService(deps: ResultsServiceDeps) {
  const cache = resultsCache(deps.dataDir)
  const now = deps.now
  const today = (advertiserId: string) => todayIn(deps.timezoneOf?.(advertiserId) ?? 'UTC', now())
  // The last read per advertiser and level: a date-range change should not read the file again.
  const reads = new Map<string, CacheRead>()
  const read = (advertiserId: string, level: ResultLevel) => {
    const key = `${advertiserId}/${level}`
    let r = reads.get(key)
    if (!r) {
      r = cache.read(advertiserId, level)
      // A missing or damaged file is read again next time: the user may have fixed or restored it.
      if (r.state === 'ready') reads.set(key, r)
    }
    return r
  }
  // One download per advertiser and level at a time; a second click joins the first.
  const running = new Map<string, { job: Promise<ResultsSnapshot>; abort: AbortController }>()

  async function download(req: ResultsRequest, signal: AbortSignal): Promise<ResultsSnapshot> {
    const before = read(req.advertiserId, req.level)
    // Only the days not yet final: a good cache keeps what it already has from before TikTok's revision window.
    const range = daysToFetch({ from: req.from, to: req.to }, before.state === 'ready' ? before.data : null)
    let fetched
    try {
      const client = await deps.client(req.advertiserId)
      fetched = await fetchResults(client, { advertiserId: req.advertiserId, level: req.level, range, signal, clock: deps.clock }, (step) =>
        deps.onProgress?.({ advertiserId: req.advertiserId, level: req.level, ...step }),
      )
    } catch (error) {
      throw userMessage(error)
    }
    const previous = read(req.advertiserId, req.level)
    // A damaged cache is replaced by what was just downloaded; a good one keeps the days outside the fetched range.
    const kept = previous.state === 'ready' ? previous.data : null
    const outside = kept ? selectRows(kept.columns, (d) => kept.columns.days[d]! < range.from || kept.columns.days[d]! > range.to) : toColumns([])
    cache.write(req.advertiserId, req.level, {
      currency: deps.currencyOf(req.advertiserId) ?? kept?.currency ?? null,
      lastRefreshedAt: now().toISOString(),
      coverage: mergeRanges([...(kept?.coverage ?? []), range]),
      columns: concatColumns(outside, toColumns(fetched.rows)),
      entityNames: { ...kept?.entityNames, ...fetched.entityNames },
      entityPixels: { ...kept?.entityPixels, ...fetched.entityPixels },
      smartPlusAds: { ...kept?.smartPlusAds, ...fetched.smartPlusAds },
      pixels: fetched.pixels,
      missingMetrics: fetched.missingMetrics,
    })
    reads.delete(`${req.advertiserId}/${req.level}`)
    return snapshot(req, read(req.advertiserId, req.level), today(req.advertiserId))
  }

  return {
    get: (req: ResultsRequest): ResultsSnapshot => snapshot(req, read(req.advertiserId, req.level), today(req.advertiserId)),
    refresh(req: ResultsRequest): Promise<ResultsSnapshot> {
      const key = `${req.advertiserId}/${req.level}`
      const existing = running.get(key)
      if (existing) return existing.job
      const abort = new AbortController()
      const job = download(req, abort.signal).finally(() => running.delete(key))
      running.set(key, { job, abort })
      return job
    },
    /**
     * One Smart+ ad's figures per creative, live from TikTok (not cached: the view is opened per ad and per range, and
     * the ad's own figures stay in the cache for offline use).
     */
    async creatives(req: CreativeResultsRequest): Promise<CreativeResults> {
      try {
        const client = await deps.client(req.advertiserId)
        const rows = await fetchAll(
          client.materialOverviewPages({
            advertiser_id: req.advertiserId,
            dimensions: [...CREATIVE_DIMENSIONS],
            metrics: [...CREATIVE_METRICS],
            start_date: req.from,
            end_date: req.to,
            filtering: { smart_plus_ad_ids: [req.adId] },
          }),
        )
        return parseCreativeRows(req.adId, rows)
      } catch (error) {
        throw userMessage(error)
      }
    },
    /** Stops a running refresh (its report task at TikTok too); the cache keeps what it had. False when none was running. */
    cancel(req: Pick<ResultsRequest, 'advertiserId' | 'level'>): boolean {
      const r = running.get(`${req.advertiserId}/${req.level}`)
      r?.abort.abort()
      return !!r
    },
  }
}
export type ResultsService = ReturnType<typeof createResultsService>
