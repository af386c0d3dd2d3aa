/**
 * `/smart_plus/material_report/overview/` and `/breakdown/`: Upgraded Smart+ figures per creative (notes
 * tiktok-api-2026.md §2 "Reports"), over the same synthetic cells as report/integrated/get, so a creative's figures
 * add up to its ad's. Parameters as [SDK] yml_files/smart_plus_material_report_overview.yml and
 * smart_plus_material_report_breakdown.yml spell them:
 * - overview: exactly 2 `dimensions` from advertiser, campaign, ad group, Smart+ ad, main material, text, CTA and
 *   add-on entity ids (no time); `start_date`/`end_date` or `query_lifetime`; `page_size` 1–100, default 10;
 * - breakdown: 1–5 `dimensions` from main material, text, CTA, add-on and `stat_time_day|hour|week|month`;
 *   `start_date` and `end_date` required;
 * - both: `filtering` an object of `campaign_ids`, `adgroup_ids`, `smart_plus_ad_ids` (≤ 200 each),
 *   `main_material_ids` (≤ 400), …; `sort_field` a metric (default spend) and `sort_type` ASC | DESC.
 * The specs do not describe a row; the sandbox answers each as report/integrated/get does, `{dimensions, metrics}`
 * with string values, or flat (every field at the top) when configured so (materialRows).
 */
import {
  advertiserOf,
  isBlank,
  missing,
  numberParam,
  oneOf,
  pageSlice,
  paramError,
  stringArray,
  type Handler,
  type HandlerContext,
} from './handler-kit'
import { deliveryUnits } from './delivery-units'
import { reportModes, unitCells } from './report-route'
import { addCounts, METRICS, zeroCounts, type Counts } from './synthetic-report'

const OVERVIEW_DIMENSIONS = [
  'advertiser_id',
  'campaign_id',
  'adgroup_id',
  'smart_plus_ad_id',
  'main_material_id',
  'ad_text_entity_id',
  'call_to_action_entity_id',
  'interactive_add_on_entity_id',
] as const
const BREAKDOWN_DIMENSIONS = [
  'main_material_id',
  'ad_text_entity_id',
  'call_to_action_entity_id',
  'interactive_add_on_entity_id',
  'stat_time_day',
  'stat_time_hour',
  'stat_time_week',
  'stat_time_month',
] as const
/** Dimensions the sandbox does not split its delivery by (texts, CTAs and add-ons share one creative's cells). */
const NOT_MODELLED = new Set([
  'ad_text_entity_id',
  'call_to_action_entity_id',
  'interactive_add_on_entity_id',
  'stat_time_hour',
  'stat_time_week',
  'stat_time_month',
])
/** SppReportMetrics has every metric of report/integrated/get the sandbox computes except conversion_rate. */
const MATERIAL_METRICS = Object.keys(METRICS).filter((m) => m !== 'conversion_rate')
const FILTER_LIMITS = { campaign_ids: 200, adgroup_ids: 200, smart_plus_ad_ids: 200, main_material_ids: 400 } as const
const DATE = /^\d{4}-\d{2}-\d{2}$/

function filteringOf(p: Record<string, unknown>): Partial<Record<keyof typeof FILTER_LIMITS, string[]>> {
  const f = p.filtering ?? {}
  if (typeof f !== 'object' || f === null || Array.isArray(f)) throw paramError('filtering', 'Must be a JSON object.')
  const out: Partial<Record<keyof typeof FILTER_LIMITS, string[]>> = {}
  for (const [field, max] of Object.entries(FILTER_LIMITS) as Array<[keyof typeof FILTER_LIMITS, number]>) {
    const ids = stringArray(f as Record<string, unknown>, field)
    if (ids === undefined) continue
    if (ids.length > max) throw paramError('filtering', `${field} takes at most ${max} ids.`)
    out[field] = ids
  }
  return out
}

function span(p: Record<string, unknown>, required: boolean): { start: number; end: number } | 'lifetime' {
  if (!required && (p.query_lifetime === true || p.query_lifetime === 'true')) return 'lifetime'
  for (const f of ['start_date', 'end_date']) {
    if (isBlank(p[f])) throw missing(f)
    if (!DATE.test(String(p[f]))) throw paramError(f, 'Use YYYY-MM-DD.')
  }
  const start = Date.parse(`${String(p.start_date)}T00:00:00Z`)
  const end = Date.parse(`${String(p.end_date)}T00:00:00Z`)
  if (end < start) throw paramError('end_date', 'Must not be before start_date.')
  return { start, end }
}

function materialReport(ctx: HandlerContext, kind: 'overview' | 'breakdown') {
  const p = ctx.params
  const advertiserId = advertiserOf(ctx)
  const dimensions = stringArray(p, 'dimensions')
  if (!dimensions || dimensions.length === 0) throw missing('dimensions')
  const allowed: readonly string[] = kind === 'overview' ? OVERVIEW_DIMENSIONS : BREAKDOWN_DIMENSIONS
  if (kind === 'overview' ? dimensions.length !== 2 : dimensions.length > 5)
    throw paramError('dimensions', kind === 'overview' ? 'Give exactly 2 dimensions.' : 'Give 1 to 5 dimensions.')
  for (const d of dimensions) {
    if (!allowed.includes(d)) throw paramError('dimensions', `${d} is not a dimension of the ${kind} report.`)
    if (NOT_MODELLED.has(d)) throw paramError('dimensions', `${d} is not modelled by the sandbox.`)
  }
  const metrics = stringArray(p, 'metrics') ?? ['spend', 'impressions']
  for (const m of metrics) if (!MATERIAL_METRICS.includes(m)) throw paramError('metrics', `Unknown metric ${m}.`)
  const sortField = typeof p.sort_field === 'string' ? p.sort_field : 'spend'
  if (!MATERIAL_METRICS.includes(sortField)) throw paramError('sort_field', `Unknown metric ${sortField}.`)
  const sortType = oneOf(p, 'sort_type', ['ASC', 'DESC'] as const) ?? 'DESC'
  if (numberParam(p, 'page_size') !== undefined && numberParam(p, 'page_size')! > 100)
    throw paramError('page_size', 'Must be an integer between 1 and 100.')
  const filter = filteringOf(p)
  const dates = span(p, kind === 'breakdown')

  const today = Date.parse(`${new Date(ctx.now()).toISOString().slice(0, 10)}T00:00:00Z`)
  const units = deliveryUnits(ctx.state, advertiserId)
  const perGroup = new Map<string, number>()
  for (const u of units) perGroup.set(String(u.ad.adgroup_id), (perGroup.get(String(u.ad.adgroup_id)) ?? 0) + 1)
  const smartPlus = units.filter(
    (u) =>
      u.smartPlusAdId !== undefined &&
      (!filter.campaign_ids || filter.campaign_ids.includes(String(u.ad.campaign_id))) &&
      (!filter.adgroup_ids || filter.adgroup_ids.includes(String(u.ad.adgroup_id))) &&
      (!filter.smart_plus_ad_ids || filter.smart_plus_ad_ids.includes(u.smartPlusAdId)) &&
      (!filter.main_material_ids || filter.main_material_ids.includes(u.mainMaterialId ?? '')),
  )
  const rows = new Map<string, { dims: Record<string, string>; counts: Counts }>()
  for (const unit of smartPlus) {
    const { start, end } = dates === 'lifetime' ? { start: 0, end: today } : dates
    for (const cell of unitCells(ctx, unit, perGroup.get(String(unit.ad.adgroup_id)) ?? 1, { start, end: Math.min(end, today) })) {
      const value: Record<string, string> = {
        advertiser_id: advertiserId,
        campaign_id: cell.dims.campaign_id,
        adgroup_id: cell.dims.adgroup_id,
        smart_plus_ad_id: unit.smartPlusAdId!,
        main_material_id: unit.mainMaterialId ?? '-',
        stat_time_day: cell.dims.stat_time_day,
      }
      const dims = Object.fromEntries(dimensions.map((d) => [d, value[d]!]))
      const key = JSON.stringify(dims)
      const row = rows.get(key) ?? { dims, counts: zeroCounts() }
      addCounts(row.counts, cell.counts)
      rows.set(key, row)
    }
  }
  const sortValue = (c: Counts) => Number(METRICS[sortField]!(c))
  const sorted = [...rows.values()].sort((a, b) => (sortValue(a.counts) - sortValue(b.counts)) * (sortType === 'ASC' ? 1 : -1))
  const flat = reportModes(ctx.state).materialRows === 'flat'
  const list = sorted.map(({ dims, counts }) => {
    const figures = Object.fromEntries(metrics.map((m) => [m, METRICS[m]!(counts)]))
    return flat ? { ...dims, ...figures } : { dimensions: dims, metrics: figures }
  })
  return pageSlice(p, list, 100, 10)
}

export const MATERIAL_REPORT_ROUTES: Record<string, { method: 'GET'; handler: Handler; write: false }> = {
  '/smart_plus/material_report/overview/': { method: 'GET', handler: (ctx) => materialReport(ctx, 'overview'), write: false },
  '/smart_plus/material_report/breakdown/': { method: 'GET', handler: (ctx) => materialReport(ctx, 'breakdown'), write: false },
}
