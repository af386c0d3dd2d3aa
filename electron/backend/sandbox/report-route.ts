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
import { addCounts, cellsFor, METRICS, silencePixel, zeroCounts, type Counts } from './synthetic-report'

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
}
/** TikTok's synchronous report cap (see syncAdCap). */
export const SYNC_AD_CAP = 20_000
const DEFAULTS: Required<ReportSandboxOptions> = {
  audienceMetrics: 'narrow',
  audienceLatencyHours: 11,
  syncAdCap: SYNC_AD_CAP,
  taskChecksToFinish: 3,
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

const LEVEL_ID: Record<string, keyof AudienceCell['dims']> = {
  AUCTION_ADVERTISER: 'advertiser_id',
  AUCTION_CAMPAIGN: 'campaign_id',
  AUCTION_ADGROUP: 'adgroup_id',
  AUCTION_AD: 'ad_id',
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
  const level = oneOf(p, 'data_level', Object.keys(LEVEL_ID))!
  const dimensions = stringArray(p, 'dimensions')
  if (!dimensions || dimensions.length === 0) throw missing('dimensions')
  const allowed = new Set<string>([LEVEL_ID[level]!, ...BASIC_BREAKDOWNS, ...(audience ? AUDIENCE_ONLY : [])])
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
  const ads = ctx.state.list('ad', advertiserId).filter((a) => a.secondary_status !== 'AD_STATUS_DELETE')
  let start: number
  let end: number
  if (p.query_lifetime === true || p.query_lifetime === 'true') {
    if (byDay) throw paramError('query_lifetime', 'Cannot be combined with stat_time_day.')
    start = Math.min(today, ...ads.map((a) => Date.parse(`${String(a.create_time).slice(0, 10)}T00:00:00Z`)))
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
  const adgroups = new Map(ctx.state.list('adgroup', advertiserId).map((g) => [String(g.adgroup_id), g]))
  const adsPerGroup = new Map<string, number>()
  for (const a of ads) adsPerGroup.set(String(a.adgroup_id), (adsPerGroup.get(String(a.adgroup_id)) ?? 0) + 1)
  const pass = (a: StoredObject) =>
    (['campaign_ids', 'adgroup_ids', 'ad_ids'] as const).every((k) => !ids[k] || ids[k]!.includes(String(a[k.slice(0, -1)])))
  const inScope = ads.filter(pass)
  // The cap counts the ads the request covers, so filtering by ids brings a large account under it (notes tiktok-api.md §4).
  // TikTok's error code for it is not in the notes: the sandbox answers 40002 naming both ways out.
  if (sync && inScope.length > mode.syncAdCap)
    throw paramError(
      'advertiser_id',
      `The synchronous report covers at most ${mode.syncAdCap} ads and this request covers ${inScope.length}; use /report/task/create/ or filter by campaign_ids, adgroup_ids or ad_ids.`,
    )

  const quietSince = new Map(ctx.state.data.pixels.filter((px) => px.sandbox_quiet_since).map((px) => [px.pixel_id, px.sandbox_quiet_since!]))
  const groups = new Map<string, { dims: Record<string, string>; counts: Counts }>()
  for (const ad of inScope) {
    const group = adgroups.get(String(ad.adgroup_id))
    if (!group) continue
    // No delivery before the ad existed or after today.
    const created = Date.parse(`${String(ad.create_time).slice(0, 10)}T00:00:00Z`)
    for (let t = Math.max(start, created); t <= Math.min(end, lastDay); t += DAY_MS) {
      const cells = cellsFor(ctx.seed, ad, group, adsPerGroup.get(String(ad.adgroup_id)) ?? 1, dayOf(t))
      const quiet = quietSince.get(String(group.pixel_id))
      // A pixel that stopped receiving events counts none; the ads still deliver and get clicks.
      if (quiet && dayOf(t) >= quiet) for (const c of cells) silencePixel(c.counts)
      for (const cell of splits.length ? cells.flatMap((c) => splitCell(ctx.seed, c, group, splits)) : cells) {
        const dims = Object.fromEntries(dimensions.map((d) => [d, (cell.dims as AudienceCell['dims'])[d as keyof AudienceCell['dims']]!]))
        const key = JSON.stringify(dims)
        const g = groups.get(key) ?? { dims, counts: zeroCounts() }
        addCounts(g.counts, cell.counts)
        groups.set(key, g)
      }
    }
  }
  const rows = [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, g]) => ({ dimensions: g.dims, metrics: Object.fromEntries(metrics.map((m) => [m, METRICS[m]!(g.counts)])) }))
  return { dimensions, metrics, rows }
}

export const reportIntegratedGet: Handler = (ctx) => pageSlice(ctx.params, buildReport(ctx, true).rows)
