/**
 * Downloads Results from the Marketing API: per 30-day window (what TikTok allows with stat_time_day) the BASIC
 * report by country and one AUDIENCE report per audience breakdown (placement, age, gender, platform), as
 * shared/results/report-types.ts says — then the entities' names and the advertiser's pixels.
 *
 * Each report comes from report/integrated/get, paged through page_info, unless the account has more ads than the
 * synchronous report covers (SYNC_REPORT_AD_CAP): then from an asynchronous report task (create, check until it
 * succeeds, download the file), which has no cap. Splitting by ids (≤ 100 per filter) would also work but takes
 * hundreds of requests for an account of that size; one task per report takes a handful.
 */
import { splitRange, type DateRange } from '#shared/results/date-range'
import { summarizePixel, type PixelSummary } from '#shared/results/pixel-events'
import { isBlankId, LEVEL_QUERY, parseReportRows, type ResultLevel, type ResultRow } from '#shared/results/report-rows'
import { creativeAdMap, rollUpCreatives, type SmartPlusCreatives } from '#shared/results/smart-plus-rollup'
import { SMART_PLUS_CREATIVE_ROW_TYPE } from '#shared/domain/enums'
import { BREAKDOWN_REPORT, REPORT_TYPE_SPECS, RESULT_DIMENSIONS, SYNC_REPORT_AD_CAP, type ResultDimension } from '#shared/results/report-types'
import { reportFileRows } from '#shared/results/report-file'
import type { ApiReportRow } from '#shared/results/report-rows'
import { fetchAll, type TikTokClient } from '../tiktok-api/client'
import { systemClock, type Clock } from '../tiktok-api/rate-limiter'
import type { ReportQuery } from '../tiktok-api/tool-endpoints'
import type { ApiSmartPlusAd } from '../tiktok-api/smart-plus-endpoints'

export type ResultsClient = Pick<
  TikTokClient,
  | 'reportPages'
  | 'pixelPages'
  | 'campaignPages'
  | 'adgroupPages'
  | 'adPages'
  | 'adCount'
  | 'smartPlusPages'
  | 'materialOverviewPages'
  | 'createReportTask'
  | 'checkReportTask'
  | 'cancelReportTask'
  | 'reportTaskFile'
>

/** How often a task is checked, and for how long before Adwright gives up on it (its own bounds; TikTok gives none). */
export const TASK_CHECK_MS = 2_000
export const TASK_MAX_CHECKS = 300

/** The buyer cancelled the refresh; whatever was downloaded so far is dropped. */
export class RefreshCancelledError extends Error {
  override name = 'RefreshCancelledError'
}

/** A report task that TikTok failed, cancelled on its side, or did not finish in time. */
export class ReportTaskError extends Error {
  override name = 'ReportTaskError'
}

/** What a refresh is doing right now, for the progress line. */
export interface FetchStep {
  done: number
  total: number
  /** `tasks` when the account is past the synchronous cap; the status of the task being waited for. */
  mode: 'sync' | 'tasks'
  taskStatus?: string
}

function abortable(ms: number, clock: Clock, signal?: AbortSignal): Promise<void> {
  if (!signal) return clock.sleep(ms)
  if (signal.aborted) return Promise.reject(new RefreshCancelledError('Refresh cancelled.'))
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(new RefreshCancelledError('Refresh cancelled.'))
    signal.addEventListener('abort', onAbort, { once: true })
    void clock.sleep(ms).then(() => {
      signal.removeEventListener('abort', onAbort)
      resolve()
    })
  })
}

/** One report through a task: create, check until SUCCESS, download; a cancelled refresh cancels the task at TikTok too. */
async function rowsByTask(
  client: ResultsClient,
  query: ReportQuery,
  opts: { clock: Clock; signal?: AbortSignal; onStatus: (status: string) => void },
): Promise<ApiReportRow[]> {
  const { page_size: _pageSize, ...taskQuery } = query
  const { task_id } = await client.createReportTask(taskQuery)
  try {
    for (let checks = 1; ; checks++) {
      if (opts.signal?.aborted) throw new RefreshCancelledError('Refresh cancelled.')
      const { status, message } = await client.checkReportTask(query.advertiser_id, task_id)
      opts.onStatus(status)
      if (status === 'SUCCESS') break
      if (status === 'FAILED') throw new ReportTaskError(`TikTok could not build the report${message ? `: ${message}` : ''}.`)
      if (status === 'CANCELED') throw new ReportTaskError('The report was cancelled at TikTok before it finished.')
      if (checks >= TASK_MAX_CHECKS)
        throw new ReportTaskError(`TikTok had not finished the report after ${Math.round((TASK_MAX_CHECKS * TASK_CHECK_MS) / 60_000)} minutes.`)
      await abortable(TASK_CHECK_MS, opts.clock, opts.signal)
    }
    return reportFileRows(await client.reportTaskFile(query.advertiser_id, task_id, opts.signal), query.dimensions)
  } catch (error) {
    // Stop TikTok's work too when the buyer cancelled; a failure to cancel changes nothing for the buyer.
    if (opts.signal?.aborted) await client.cancelReportTask(query.advertiser_id, task_id).catch(() => undefined)
    throw opts.signal?.aborted ? new RefreshCancelledError('Refresh cancelled.') : error
  }
}

export interface FetchedResults {
  rows: ResultRow[]
  missingMetrics: string[]
  entityNames: Record<string, string>
  /** Entity id → the pixel its rows' events come from (pixel-health.ts). */
  entityPixels: Record<string, string>
  pixels: PixelSummary[]
  /** At ad level, each Upgraded Smart+ ad's creatives (their `ad_material_id`), for the per-creative view. */
  smartPlusAds: SmartPlusCreatives
}

/** An ad group's pixel: `pixel_id` as TikTok returns it (a string, or a number from older ad groups); none when unset. */
function pixelOf(g: Record<string, unknown>): string | undefined {
  const id = g.pixel_id
  return (typeof id === 'string' && id !== '' && id !== '0') || (typeof id === 'number' && id > 0) ? String(id) : undefined
}

/**
 * The level's entities: their names, and the pixel each one's rows count events for (pixel-health.ts): an ad group's
 * own, an ad's ad group's, a campaign's when all its ad groups share one.
 */
async function entitiesOf(client: ResultsClient, advertiserId: string, level: ResultLevel) {
  const groups = await fetchAll(client.adgroupPages(advertiserId))
  const groupPixel = new Map(groups.map((g) => [g.adgroup_id, pixelOf(g)]))
  const entityPixels: Record<string, string> = {}
  const smartPlusAds: SmartPlusCreatives = {}
  let names: Record<string, string>
  if (level === 'adgroup') {
    names = Object.fromEntries(groups.map((g) => [g.adgroup_id, g.adgroup_name]))
    for (const [id, pixel] of groupPixel) if (pixel) entityPixels[id] = pixel
  } else if (level === 'ad') {
    // /ad/get/ lists manual ads and, by default, one row per Smart+ creative (notes tiktok-api-2026.md §2); the
    // Smart+ ads themselves, with their creatives' ids, come from /smart_plus/ad/get/.
    const ads = (await fetchAll(client.adPages(advertiserId))).filter((a) => a.campaign_automation_type !== SMART_PLUS_CREATIVE_ROW_TYPE)
    // The Smart+ ad get answers with ad objects (smart-plus-endpoints.ts picks the schema by kind).
    const smartPlus = (await fetchAll(client.smartPlusPages('smart_plus_ad', advertiserId))) as ApiSmartPlusAd[]
    names = Object.fromEntries([...ads.map((a) => [a.ad_id, a.ad_name]), ...smartPlus.map((a) => [a.smart_plus_ad_id, a.ad_name])])
    for (const a of [
      ...ads.map((x) => ({ id: x.ad_id, group: x.adgroup_id })),
      ...smartPlus.map((x) => ({ id: x.smart_plus_ad_id, group: x.adgroup_id })),
    ]) {
      const pixel = groupPixel.get(a.group)
      if (pixel) entityPixels[a.id] = pixel
    }
    for (const a of smartPlus) smartPlusAds[a.smart_plus_ad_id] = (a.creative_list ?? []).flatMap((c) => (c.ad_material_id ? [c.ad_material_id] : []))
  } else {
    names = Object.fromEntries((await fetchAll(client.campaignPages(advertiserId))).map((c) => [c.campaign_id, c.campaign_name]))
    const shared = new Map<string, string | null>()
    for (const g of groups) {
      const pixel = groupPixel.get(g.adgroup_id) ?? null
      const seen = shared.get(g.campaign_id)
      shared.set(g.campaign_id, seen === undefined || seen === pixel ? pixel : null)
    }
    for (const [id, pixel] of shared) if (pixel) entityPixels[id] = pixel
  }
  return { names, entityPixels, smartPlusAds }
}

export async function fetchResults(
  client: ResultsClient,
  plan: {
    advertiserId: string
    level: ResultLevel
    range: DateRange
    pageSize?: number
    /** The breakdowns to download (all by default); the CLI asks for one. */
    dimensions?: readonly ResultDimension[]
    /** Aborting stops the refresh between requests and cancels a running report task. */
    signal?: AbortSignal
    /** Waits between task checks (a fake one in tests). */
    clock?: Clock
    /** The ad count past which reports come from tasks: TikTok's cap unless a sandbox models a smaller one. */
    syncAdCap?: number
  },
  onProgress: (step: FetchStep) => void = () => {},
): Promise<FetchedResults> {
  const windows = splitRange(plan.range)
  const dimensions = plan.dimensions ?? RESULT_DIMENSIONS
  const total = windows.length * dimensions.length + 3
  let done = 0
  const checkCancel = () => {
    if (plan.signal?.aborted) throw new RefreshCancelledError('Refresh cancelled.')
  }
  const mode: FetchStep['mode'] = (await client.adCount(plan.advertiserId)) > (plan.syncAdCap ?? SYNC_REPORT_AD_CAP) ? 'tasks' : 'sync'
  const step = () => onProgress({ done: ++done, total, mode })
  step()
  const { dataLevel, idDimension, perCreativeId } = LEVEL_QUERY[plan.level]
  // The level's entities, read once: the roll-up of Smart+ creatives may need them before the reports end.
  let known: ReturnType<typeof entitiesOf> | undefined
  const entities = () => (known ??= entitiesOf(client, plan.advertiserId, plan.level))

  const rows: ResultRow[] = []
  const missing = new Set<string>()
  // One request at a time: the client's rate limiter paces requests anyway, and a failure stops early.
  for (const w of windows) {
    for (const dimension of dimensions) {
      checkCancel()
      const { reportType, apiDimension } = BREAKDOWN_REPORT[dimension]
      const query: ReportQuery = {
        advertiser_id: plan.advertiserId,
        report_type: reportType,
        data_level: dataLevel,
        dimensions: [idDimension, 'stat_time_day', apiDimension],
        metrics: [...REPORT_TYPE_SPECS[reportType].metrics],
        start_date: w.from,
        end_date: w.to,
        page_size: plan.pageSize,
      }
      const rowsOf = async (q: ReportQuery) =>
        mode === 'sync'
          ? await fetchAll(client.reportPages(q))
          : await rowsByTask(client, q, {
              clock: plan.clock ?? systemClock,
              signal: plan.signal,
              onStatus: (taskStatus) => onProgress({ done, total, mode, taskStatus }),
            })
      const apiRows = await rowsOf(query)
      let parsed
      if (perCreativeId && apiRows.some((r) => isBlankId(r.dimensions[idDimension]))) {
        // TikTok left ad_id_v2 blank for some ads (what it holds for a manual ad is not documented): read the ads by
        // ad_id instead, where a Smart+ ad comes one row per creative, and roll the creatives into their ads.
        checkCancel()
        const perCreative = await rowsOf({ ...query, dimensions: [perCreativeId, 'stat_time_day', apiDimension] })
        parsed = parseReportRows(perCreative, plan.level, dimension, perCreativeId)
        parsed.rows = rollUpCreatives(parsed.rows, creativeAdMap((await entities()).smartPlusAds))
      } else parsed = parseReportRows(apiRows, plan.level, dimension)
      rows.push(...parsed.rows)
      for (const m of parsed.missingMetrics) missing.add(m)
      step()
    }
  }
  checkCancel()
  const { names: entityNames, entityPixels, smartPlusAds } = await entities()
  step()
  checkCancel()
  const pixels = (await fetchAll(client.pixelPages(plan.advertiserId))).map(summarizePixel)
  step()
  return { rows, missingMetrics: [...missing].sort(), entityNames, entityPixels, pixels, smartPlusAds }
}
