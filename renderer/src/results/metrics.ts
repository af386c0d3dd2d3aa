/** The figures the Results page can chart, each read from summed metrics. */
import type { ValueKind } from '#shared/results/csv'
import { EVENT_LABELS } from '#shared/results/pixel-events'
import { ratesOf, type Sums } from '#shared/results/rates'
import { ROW_EVENTS, type RowEvent } from '#shared/results/report-rows'
import type { Formatters } from './format'

export type ChartMetricId = 'spend' | 'impressions' | 'clicks' | 'conversions' | 'value' | 'cpa' | 'roas' | 'ctr' | 'cpc' | 'cvr' | RowEvent
type Kind = ValueKind

export interface ChartMetric {
  id: ChartMetricId
  label: string
  /** Money figures are in the account currency, which column headings name. */
  kind: Kind
  value: (s: Sums) => number | null
  /** For changes against the previous period: is a rise good news? */
  higherIsBetter: boolean
}

/** A figure as the page shows it, by its kind. */
export function formatValue(kind: Kind, f: Formatters, n: number | null): string {
  if (kind === 'money') return f.money(n)
  if (kind === 'ratio') return f.ratio(n)
  if (kind === 'percent') return f.percent(n)
  return f.count(n)
}

export const formatMetric = (m: ChartMetric, f: Formatters, n: number | null): string => formatValue(m.kind, f, n)

/** Axis ticks: money in compact form ($1.2K), the rest as in tables. */
export const axisTick = (m: ChartMetric, f: Formatters, n: number) => (m.kind === 'money' ? f.moneyAxis(n) : formatMetric(m, f, n))

const metric = (id: ChartMetricId, label: string, kind: Kind, value: (s: Sums) => number | null, higherIsBetter = true): ChartMetric => ({
  id,
  label,
  kind,
  value,
  higherIsBetter,
})

export const METRICS: Record<ChartMetricId, ChartMetric> = {
  spend: metric('spend', 'Spend', 'money', (s) => s.spend),
  impressions: metric('impressions', 'Impressions', 'count', (s) => s.impressions),
  clicks: metric('clicks', 'Clicks', 'count', (s) => s.clicks),
  conversions: metric('conversions', 'Conversions', 'count', (s) => s.conversions),
  value: metric('value', 'Purchase value', 'money', (s) => s.value),
  cpa: metric('cpa', 'CPA (cost per conversion)', 'money', (s) => ratesOf(s).cpa, false),
  roas: metric('roas', 'ROAS (purchase value ÷ spend)', 'ratio', (s) => ratesOf(s).roas),
  ctr: metric('ctr', 'CTR (clicks ÷ impressions)', 'percent', (s) => ratesOf(s).ctr),
  cpc: metric('cpc', 'CPC (cost per click)', 'money', (s) => ratesOf(s).cpc, false),
  cvr: metric('cvr', 'Conversion rate (conversions ÷ clicks)', 'percent', (s) => ratesOf(s).cvr),
  ...(Object.fromEntries(ROW_EVENTS.map((e) => [e, metric(e, EVENT_LABELS[e], 'count', (s) => s[e])])) as Record<RowEvent, ChartMetric>),
}

/** Relative change, null when there is nothing to compare with. */
export function change(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null || previous === 0) return null
  return (current - previous) / previous
}
