/**
 * report/integrated/get (BASIC, synchronous) over the synthetic cells. Rules: notes tiktok-api.md §4
 * "report/integrated/get" (DOC 1740302848100353); `placement` is an AUDIENCE dimension in TikTok
 * (tiktok-api-2026.md §3) but is served here in BASIC too — the AUDIENCE report is not modelled.
 */
import { advertiserOf, isBlank, missing, oneOf, pageSlice, paramError, stringArray, type Handler } from './handler-kit'
import type { StoredObject } from './sandbox-state'
import { addCounts, cellsFor, METRICS, zeroCounts, type Cell, type Counts } from './synthetic-report'

const LEVEL_ID: Record<string, keyof Cell['dims']> = {
  AUCTION_ADVERTISER: 'advertiser_id',
  AUCTION_CAMPAIGN: 'campaign_id',
  AUCTION_ADGROUP: 'adgroup_id',
  AUCTION_AD: 'ad_id',
}
const BREAKDOWNS = ['stat_time_day', 'country_code', 'placement'] as const
const DATE = /^\d{4}-\d{2}-\d{2}$/
const DAY_MS = 86_400_000
/** With stat_time_day TikTok allows 30 days per request; 365 otherwise (notes tiktok-api.md §4). */
export const MAX_DAYS_BY_DAY = 30
const MAX_DAYS = 365

const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10)

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
  }
  return out
}

export const reportIntegratedGet: Handler = (ctx) => {
  const p = ctx.params
  const advertiserId = advertiserOf(ctx)
  if ((p.report_type ?? 'BASIC') !== 'BASIC') throw paramError('report_type', 'The sandbox serves BASIC reports only.')
  if (isBlank(p.data_level)) throw missing('data_level')
  const level = oneOf(p, 'data_level', Object.keys(LEVEL_ID))!
  const dimensions = stringArray(p, 'dimensions')
  if (!dimensions || dimensions.length === 0) throw missing('dimensions')
  const allowed = new Set<string>([LEVEL_ID[level]!, ...BREAKDOWNS])
  for (const d of dimensions) if (!allowed.has(d)) throw paramError('dimensions', `${d} is not available at ${level}.`)
  const metrics = stringArray(p, 'metrics') ?? ['spend', 'impressions']
  for (const m of metrics) if (!METRICS[m]) throw paramError('metrics', `Unknown metric ${m}.`)
  const byDay = dimensions.includes('stat_time_day')

  const today = Date.parse(`${dayOf(ctx.now())}T00:00:00Z`)
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

  const groups = new Map<string, { dims: Record<string, string>; counts: Counts }>()
  for (const ad of ads.filter(pass)) {
    const group = adgroups.get(String(ad.adgroup_id))
    if (!group) continue
    // No delivery before the ad existed or after today.
    const created = Date.parse(`${String(ad.create_time).slice(0, 10)}T00:00:00Z`)
    for (let t = Math.max(start, created); t <= Math.min(end, today); t += DAY_MS) {
      for (const cell of cellsFor(ctx.seed, ad, group, adsPerGroup.get(String(ad.adgroup_id)) ?? 1, dayOf(t))) {
        const dims = Object.fromEntries(dimensions.map((d) => [d, cell.dims[d as keyof Cell['dims']]]))
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
  return pageSlice(p, rows)
}
