/**
 * report/integrated/get (synchronous) over the synthetic cells: the BASIC report
 * by ids, time and country, and the AUDIENCE report, which adds placement, age,
 * gender and platform, runs 10–12 h behind and carries fewer metrics.
 * Sources: notes tiktok-api.md §4; tiktok-api-2026.md §3; [SDK]
 * yml_files/report_integrated_get.yml (report_type enum).
 */
import { advertiserOf, isBlank, missing, oneOf, pageSlice, paramError, stringArray, type Handler, type HandlerContext } from './handler-kit'
import type { SandboxState, StoredObject } from './sandbox-state'
import { SPLIT_DIMENSIONS, splitCell, type AudienceCell, type SplitDimension } from './synthetic-audience'
import { deliveryUnits, type DeliveryUnit } from './delivery-units'
import { addCounts, cellsFor, METRICS, silencePixel, zeroCounts, type Cell, type Counts } from './synthetic-report'

/**
 * Switches for what the notes leave open. `audienceMetrics`: which metrics an
 * AUDIENCE report accepts — `narrow` (delivery and optimization conversions; the
 * default) or `all` (every BASIC metric). `audienceLatencyHours`: how long after
 * a day ends its AUDIENCE rows appear (the notes say 10–12 h; default 11).
 */
export interface ReportSandboxOptions {
  audienceMetrics?: 'narrow' | 'all'
  audienceLatencyHours?: number
  /**
   * How many ads the synchronous report covers before it refuses: TikTok's is 20,000 (notes tiktok-api.md §4
   * "Capped at 20,000 ads"; tiktok-api-2026.md §4 "Reports at scale"). Lower only to model the cap on a small account.
   */
  syncAdCap?: number
  /**
   * How many /report/task/check/ calls a task takes to finish (QUEUING, PROCESSING…, then SUCCESS). TikTok gives no
   * figure; the sandbox counts checks rather than time so a pinned clock still sees the task finish.
   */
  taskChecksToFinish?: number
  /**
   * What the `ad_id_v2` dimension holds for a manual ad. The notes say it gives Smart+ ads at ad level (tiktok-api-2026.md
   * §2 "Reports") and say nothing of manual ads: `ad-id` (default) repeats the manual ad's `ad_id`; `blank` leaves it
   * "-", so every manual ad's figures fall under one "-" row.
   */
  manualAdIdV2?: 'ad-id' | 'blank'
  /** How a Smart+ material report row comes back, which its spec leaves out (material-report-route.ts): `nested` (default) or `flat`. */
  materialRows?: 'nested' | 'flat'
}
/** TikTok's synchronous report cap (see syncAdCap). */
export const SYNC_AD_CAP = 20_000
const DEFAULTS: Required<ReportSandboxOptions> = {
  audienceMetrics: 'narrow',
  audienceLatencyHours: 11,
  syncAdCap: SYNC_AD_CAP,
  taskChecksToFinish: 3,
  manualAdIdV2: 'ad-id',
  materialRows: 'nested',
}
const modes = new WeakMap<SandboxState, Required<ReportSandboxOptions>>()
export function configureReports(state: SandboxState, options: ReportSandboxOptions = {}): void {
  modes.set(state, { ...DEFAULTS, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) })
}
export const reportModes = (state: SandboxState): Required<ReportSandboxOptions> => modes.get(state) ?? DEFAULTS

/** The AUDIENCE report's metrics in `narrow` mode (sandbox choice; the notes only say the set is narrower). */
const AUDIENCE_NARROW_METRICS = new Set([
  'spend',
  'impressions',
  'clicks',
  'ctr',
  'cpc',
  'cpm',
  'conversion',
  'cost_per_conversion',
  'conversion_rate',
])

/** The id dimensions each data level takes; at ad level `ad_id` is per Smart+ creative and `ad_id_v2` per ad (notes tiktok-api-2026.md §2). */
const LEVEL_IDS: Record<string, readonly string[]> = {
  AUCTION_ADVERTISER: ['advertiser_id'],
  AUCTION_CAMPAIGN: ['campaign_id'],
  AUCTION_ADGROUP: ['adgroup_id'],
  AUCTION_AD: ['ad_id', 'ad_id_v2'],
}
const BASIC_BREAKDOWNS = ['stat_time_day', 'country_code'] as const
/** AUDIENCE-only dimensions the sandbox serves (language and ac are not modelled). */
const AUDIENCE_ONLY = ['placement', ...SPLIT_DIMENSIONS] as const
const DATE = /^\d{4}-\d{2}-\d{2}$/
const DAY_MS = 86_400_000
/** With stat_time_day TikTok allows 30 days per request; 365 otherwise (notes tiktok-api.md §4). */
export const MAX_DAYS_BY_DAY = 30
const MAX_DAYS = 365

const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10)

/** At most 100 ids per id filter (notes tiktok-api.md §4: split larger requests with filters of ≤ 100 each). */
const MAX_FILTER_IDS = 100

/** `filtering` is a list of {field_name, filter_type, filter_value}; for IN the value is a JSON string (notes tiktok-api.md §4). */
function filterIds(filtering: unknown): Partial<Record<'campaign_ids' | 'adgroup_ids' | 'ad_ids', string[]>> {
  if (filtering === undefined) return {}
  if (!Array.isArray(filtering)) throw paramError('filtering', 'Must be a list of {field_name, filter_type, filter_value}.')
  const out: Partial<Record<'campaign_ids' | 'adgroup_ids' | 'ad_ids', string[]>> = {}
  for (const f of filtering as Array<Record<string, unknown>>) {
    const name = f?.field_name
    if (name !== 'campaign_ids' && name !== 'adgroup_ids' && name !== 'ad_ids')
      throw paramError('filtering', `Unsupported field_name ${JSON.stringify(name)}.`)
    if (f.filter_type !== 'IN') throw paramError('filtering', 'Only filter_type IN is supported for ids.')
    try {
      // filter_value is itself a JSON string for IN filters.
      const ids = JSON.parse(String(f.filter_value)) as unknown
      if (!Array.isArray(ids)) throw new Error('not a list')
      out[name] = ids.map(String)
    } catch {
      throw paramError('filtering', 'filter_value must be a JSON list of ids.')
    }
    if (out[name].length > MAX_FILTER_IDS) throw paramError('filtering', `${name} takes at most ${MAX_FILTER_IDS} ids.`)
  }
  return out
}

/** A report's rows before paging: what the synchronous report pages through and an asynchronous task writes to a file. */
export interface ReportTable {
  dimensions: string[]
  metrics: string[]
  rows: Array<{ dimensions: Record<string, string>; metrics: Record<string, string> }>
}

/**
 * Validates a report request (the same parameters for report/integrated/get and report/task/create, [SDK]
 * yml_files/report_task_create.yml) and builds its rows. `sync`: the synchronous report, which refuses more ads than
 * its cap; asynchronous tasks are free of it (notes tiktok-api-2026.md §4 "Reports at scale").
 */
export function buildReport(ctx: HandlerContext, sync: boolean): ReportTable {
  const p = ctx.params
  const advertiserId = advertiserOf(ctx)
  const reportType = p.report_type ?? 'BASIC'
  if (reportType !== 'BASIC' && reportType !== 'AUDIENCE') throw paramError('report_type', 'The sandbox serves BASIC and AUDIENCE reports.')
  const audience = reportType === 'AUDIENCE'
  const mode = reportModes(ctx.state)
  if (isBlank(p.data_level)) throw missing('data_level')
  const level = oneOf(p, 'data_level', Object.keys(LEVEL_IDS))!
  const dimensions = stringArray(p, 'dimensions')
  if (!dimensions || dimensions.length === 0) throw missing('dimensions')
  const allowed = new Set<string>([...LEVEL_IDS[level]!, ...BASIC_BREAKDOWNS, ...(audience ? AUDIENCE_ONLY : [])])
  for (const d of dimensions) {
    if (!audience && (AUDIENCE_ONLY as readonly string[]).includes(d))
      // tiktok-api-2026.md §3: placement (like age, gender, platform) is an AUDIENCE dimension, refused on BASIC.
      throw paramError('dimensions', `${d} is an AUDIENCE report dimension; send report_type AUDIENCE.`)
    if (!allowed.has(d)) throw paramError('dimensions', `${d} is not available at ${level}.`)
  }
  const metrics = stringArray(p, 'metrics') ?? ['spend', 'impressions']
  for (const m of metrics) {
    if (!METRICS[m]) throw paramError('metrics', `Unknown metric ${m}.`)
    if (audience && mode.audienceMetrics === 'narrow' && !AUDIENCE_NARROW_METRICS.has(m))
      throw paramError('metrics', `${m} is not available in AUDIENCE reports.`)
  }
  const splits = SPLIT_DIMENSIONS.filter((d) => dimensions.includes(d)) as SplitDimension[]
  const byDay = dimensions.includes('stat_time_day')

  const today = Date.parse(`${dayOf(ctx.now())}T00:00:00Z`)
  // AUDIENCE rows for a day appear `audienceLatencyHours` after it ends (tiktok-api-2026.md §3: 10–12 h late).
  const lastDay = audience ? Math.floor((ctx.now() - mode.audienceLatencyHours * 3_600_000) / DAY_MS) * DAY_MS - DAY_MS : today
  let start: number
  let end: number
  if (p.query_lifetime === true || p.query_lifetime === 'true') {
    if (byDay) throw paramError('query_lifetime', 'Cannot be combined with stat_time_day.')
    start = Math.min(today, ...deliveryUnits(ctx.state, advertiserId).map((u) => createdDay(u.ad)))
    end = today
  } else {
    for (const f of ['start_date', 'end_date']) {
      if (isBlank(p[f])) throw missing(f)
      if (!DATE.test(String(p[f]))) throw paramError(f, 'Use YYYY-MM-DD.')
    }
    start = Date.parse(`${String(p.start_date)}T00:00:00Z`)
    end = Date.parse(`${String(p.end_date)}T00:00:00Z`)
    if (end < start) throw paramError('end_date', 'Must not be before start_date.')
    const days = (end - start) / DAY_MS + 1
    const max = byDay ? MAX_DAYS_BY_DAY : MAX_DAYS
    if (days > max) throw paramError('end_date', `The date range can be at most ${max} days${byDay ? ' with stat_time_day' : ''}.`)
  }

  const ids = filterIds(p.filtering)
  const units = deliveryUnits(ctx.state, advertiserId)
  const unitsPerGroup = new Map<string, number>()
  for (const u of units) unitsPerGroup.set(String(u.ad.adgroup_id), (unitsPerGroup.get(String(u.ad.adgroup_id)) ?? 0) + 1)
  // An ad_ids filter names ads as the id dimension does: a Smart+ creative's id, or the Smart+ ad's (ad_id_v2).
  const pass = ({ ad, smartPlusAdId }: DeliveryUnit) =>
    (!ids.campaign_ids || ids.campaign_ids.includes(String(ad.campaign_id))) &&
    (!ids.adgroup_ids || ids.adgroup_ids.includes(String(ad.adgroup_id))) &&
    (!ids.ad_ids || ids.ad_ids.includes(String(ad.ad_id)) || (smartPlusAdId !== undefined && ids.ad_ids.includes(smartPlusAdId)))
  const inScope = units.filter(pass)
  // The cap counts the ads the request covers, so filtering by ids brings a large account under it (notes tiktok-api.md §4).
  // TikTok's error code for it is not in the notes: the sandbox answers 40002 naming both ways out.
  const adsCovered = new Set(inScope.map((u) => u.smartPlusAdId ?? String(u.ad.ad_id))).size
  if (sync && adsCovered > mode.syncAdCap)
    throw paramError(
      'advertiser_id',
      `The synchronous report covers at most ${mode.syncAdCap} ads and this request covers ${adsCovered}; use /report/task/create/ or filter by campaign_ids, adgroup_ids or ad_ids.`,
    )

  const groups = new Map<string, { dims: Record<string, string>; counts: Counts }>()
  for (const unit of inScope) {
    const v2 = unit.smartPlusAdId ?? (mode.manualAdIdV2 === 'ad-id' ? String(unit.ad.ad_id) : '-')
    for (const cell of unitCells(ctx, unit, unitsPerGroup.get(String(unit.ad.adgroup_id)) ?? 1, { start, end: Math.min(end, lastDay), splits })) {
      const dims = Object.fromEntries(
        dimensions.map((d) => [d, d === 'ad_id_v2' ? v2 : (cell.dims as AudienceCell['dims'])[d as keyof AudienceCell['dims']]!]),
      )
      const key = JSON.stringify(dims)
      const g = groups.get(key) ?? { dims, counts: zeroCounts() }
      addCounts(g.counts, cell.counts)
      groups.set(key, g)
    }
  }
  const rows = [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, g]) => ({ dimensions: g.dims, metrics: Object.fromEntries(metrics.map((m) => [m, METRICS[m]!(g.counts)])) }))
  return { dimensions, metrics, rows }
}

const createdDay = (ad: StoredObject) => Date.parse(`${String(ad.create_time).slice(0, 10)}T00:00:00Z`)

/**
 * One delivery unit's cells, day by day from `start` to `end` (ms), split by the audience dimensions asked for. No
 * delivery before the ad existed; a pixel that stopped receiving events counts none, while the ad still delivers.
 */
export function unitCells(
  ctx: HandlerContext,
  unit: DeliveryUnit,
  unitsInGroup: number,
  span: { start: number; end: number; splits?: SplitDimension[] },
): Cell[] {
  const quiet = ctx.state.data.pixels.find((px) => px.pixel_id === String(unit.adgroup.pixel_id))?.sandbox_quiet_since
  const out: Cell[] = []
  for (let t = Math.max(span.start, createdDay(unit.ad)); t <= span.end; t += DAY_MS) {
    const cells = cellsFor(ctx.seed, unit.ad, unit.adgroup, unitsInGroup, dayOf(t))
    if (quiet && dayOf(t) >= quiet) for (const c of cells) silencePixel(c.counts)
    out.push(...(span.splits?.length ? cells.flatMap((c) => splitCell(ctx.seed, c, unit.adgroup, span.splits!)) : cells))
  }
  return out
}

export const reportIntegratedGet: Handler = (ctx) => pageSlice(ctx.params, buildReport(ctx, true).rows)
