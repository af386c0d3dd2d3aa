/**
 * The Results back end: `results:get` answers from the on-disk cache (so the
 * page works offline), `results:refresh` downloads the requested days from the
 * active connection, merges them into the cache and reports progress.
 */
import { mergeRanges, type DateRange } from '#shared/results/date-range'
import { ReportFormatError, type ResultLevel } from '#shared/results/report-rows'
import type { ResultsProgress, ResultsRequest, ResultsSnapshot } from '#shared/results/results-types'
import { ServiceError } from '../app/service-error'
import { TikTokApiError } from '../tiktok-api/errors'
import { fetchResults, type ResultsClient } from './report-fetcher'
import { resultsCache, type CacheRead } from './results-cache'
import type { Now } from '#shared/time/clock'

export interface ResultsServiceDeps {
  dataDir: string
  /** A client for the active connection profile (api-connection.ts in the app). */
  client: () => Promise<ResultsClient>
  /** The advertiser's account currency, from the accounts list. */
  currencyOf: (advertiserId: string) => string | null
  onProgress?: (progress: ResultsProgress) => void
  now: Now
}

function snapshot(req: ResultsRequest, read: CacheRead): ResultsSnapshot {
  const base = { advertiserId: req.advertiserId, level: req.level }
  if (read.state !== 'ready') {
    return {
      ...base,
      state: read.state,
      problem: read.state === 'corrupt' ? read.problem : null,
      currency: null,
      lastRefreshedAt: null,
      coverage: [],
      rows: [],
      entityNames: {},
      pixels: [],
      missingMetrics: [],
    }
  }
  const d = read.data
  return { ...base, state: 'ready', problem: null, ...d, rows: d.rows.filter((r) => r.day >= req.from && r.day <= req.to) }
}

function userMessage(error: unknown): ServiceError {
  if (error instanceof ServiceError) return error
  if (error instanceof TikTokApiError) {
    if (error.kind === 'auth')
      return new ServiceError('FORBIDDEN', 'TikTok refused the access token. Reconnect the account in Settings, then refresh again.')
    return new ServiceError('INTERNAL', `Could not download results from TikTok: ${error.message}`)
  }
  if (error instanceof ReportFormatError) {
    return new ServiceError('INTERNAL', `TikTok sent a report Adwright could not read (${error.message}).`)
  }
  throw error
}

export function createResultsService(deps: ResultsServiceDeps) {
  const cache = resultsCache(deps.dataDir)
  const now = deps.now
  // The last read per advertiser and level: a date-range change should not re-parse megabytes of JSON.
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
  const running = new Map<string, Promise<ResultsSnapshot>>()

  async function download(req: ResultsRequest): Promise<ResultsSnapshot> {
    const range: DateRange = { from: req.from, to: req.to }
    let fetched
    try {
      const client = await deps.client()
      fetched = await fetchResults(client, { advertiserId: req.advertiserId, level: req.level, range }, (done, total) =>
        deps.onProgress?.({ advertiserId: req.advertiserId, level: req.level, done, total }),
      )
    } catch (error) {
      throw userMessage(error)
    }
    const previous = read(req.advertiserId, req.level)
    // A damaged cache is replaced by what was just downloaded; a good one keeps the days outside the range.
    const kept = previous.state === 'ready' ? previous.data : null
    const rows = [...(kept?.rows.filter((r) => r.day < req.from || r.day > req.to) ?? []), ...fetched.rows].sort((a, b) =>
      a.day === b.day ? a.entityId.localeCompare(b.entityId) : a.day.localeCompare(b.day),
    )
    cache.write(req.advertiserId, req.level, {
      currency: deps.currencyOf(req.advertiserId) ?? kept?.currency ?? null,
      lastRefreshedAt: now().toISOString(),
      coverage: mergeRanges([...(kept?.coverage ?? []), range]),
      rows,
      entityNames: { ...kept?.entityNames, ...fetched.entityNames },
      pixels: fetched.pixels,
      missingMetrics: fetched.missingMetrics,
    })
    reads.delete(`${req.advertiserId}/${req.level}`)
    return snapshot(req, read(req.advertiserId, req.level))
  }

  return {
    get: (req: ResultsRequest): ResultsSnapshot => snapshot(req, read(req.advertiserId, req.level)),
    refresh(req: ResultsRequest): Promise<ResultsSnapshot> {
      const key = `${req.advertiserId}/${req.level}`
      const existing = running.get(key)
      if (existing) return existing
      const job = download(req).finally(() => running.delete(key))
      running.set(key, job)
      return job
    },
  }
}
export type ResultsService = ReturnType<typeof createResultsService>
