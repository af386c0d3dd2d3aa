import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { Breakdown, ResultsView } from '#shared/results/aggregate'
import { csvTable, type CsvColumn, type ValueKind } from '#shared/results/csv'
import { ratesOf } from '#shared/results/rates'
import { REPORT_TYPE_SPECS } from '#shared/results/report-types'
import { useChartColors } from './chart-colors'
import { ChartCard } from './ChartCard'
import { DataTable, type Column as DataTableColumn } from './DataTable'
import type { Formatters } from './format'
import { axisTick, formatMetric, formatValue, METRICS, type ChartMetricId } from './metrics'

const CHOICES: ChartMetricId[] = ['spend', 'Purchase', 'conversions', 'cvr', 'cpa', 'roas', 'ctr', 'value']
/** What TikTok's AUDIENCE report carries (report-types.ts): delivery and conversions, no pixel events or purchase value. */
const AUDIENCE_CHOICES: ChartMetricId[] = ['spend', 'conversions', 'cvr', 'cpa', 'ctr', 'cpc', 'impressions', 'clicks']

export interface BreakdownKind {
  id: 'market' | 'placement' | 'age' | 'gender' | 'platform' | 'entity'
  /** Column heading for the key: Market, Placement, Campaign… */
  keyLabel: string
  rows: (view: ResultsView) => Breakdown[]
  label: (key: string) => string
  note?: string
  /** The key cell's content, where the label alone says too little (a Smart+ ad's badge and creatives). */
  renderKey?: (key: string) => React.ReactNode
  /** Figures from TikTok's AUDIENCE report: later and with fewer metrics, which the chart says. */
  audience?: boolean
}

const [LATE_FROM, LATE_TO] = REPORT_TYPE_SPECS.AUDIENCE.latencyHours

/** The AUDIENCE report's caveats, said on the chart (and in its PNG). */
export function audienceNote(view: ResultsView, f: Formatters): string {
  const through = view.audienceThrough ? `, data through ${f.dayShort(view.audienceThrough)}` : ''
  return `From TikTok’s audience report: ${LATE_FROM}–${LATE_TO} h behind${through}; delivery and conversions only, no pixel events or purchase value`
}

type Column = DataTableColumn<Breakdown> & { csv: CsvColumn<Breakdown> }

export function BreakdownPanel(props: {
  view: ResultsView
  f: Formatters
  kind: BreakdownKind
  metricId: ChartMetricId
  onMetric: (id: ChartMetricId) => void
  currency: string | null
}) {
  const { view, f, kind } = props
  const colors = useChartColors()
  const choices = kind.audience ? AUDIENCE_CHOICES : CHOICES
  // A metric the AUDIENCE report lacks (purchases, ROAS) falls back to spend rather than charting zeros.
  const metric = METRICS[choices.includes(props.metricId) ? props.metricId : 'spend']
  const rows = kind.rows(view)
  const notes = [f.range(view.range.from, view.range.to), kind.note, kind.audience ? audienceNote(view, f) : undefined].filter(Boolean)
  const rates = (b: Breakdown) => ratesOf(b.sums)
  const col = (key: string, label: string, valueKind: ValueKind, value: (b: Breakdown) => number | null, csvLabel = label): Column => ({
    key,
    label,
    numeric: true,
    value,
    display: (b) => formatValue(valueKind, f, value(b)),
    csv: { heading: csvLabel, kind: valueKind, value },
  })
  const columns: Column[] = kind.audience
    ? [
        col('spend', 'Spend', 'money', (b) => b.sums.spend),
        col('impressions', 'Impressions', 'count', (b) => b.sums.impressions),
        col('ctr', 'CTR', 'percent', (b) => rates(b).ctr),
        col('conversions', 'Conversions', 'count', (b) => b.sums.conversions),
        col('cvr', 'Conv. rate', 'percent', (b) => rates(b).cvr, 'Conversion rate'),
        col('cpa', 'CPA', 'money', (b) => rates(b).cpa),
        col('cpc', 'CPC', 'money', (b) => rates(b).cpc),
      ]
    : [
        col('spend', 'Spend', 'money', (b) => b.sums.spend),
        col('ctr', 'CTR', 'percent', (b) => rates(b).ctr),
        col('purchases', 'Purchases', 'count', (b) => b.sums.Purchase),
        col('cvr', 'Conv. rate', 'percent', (b) => rates(b).cvr, 'Conversion rate'),
        col('cpa', 'CPA', 'money', (b) => rates(b).cpa),
        col('roas', 'ROAS', 'ratio', (b) => rates(b).roas),
      ]
  const csvExtra: Array<CsvColumn<Breakdown>> = kind.audience
    ? [{ heading: 'Clicks', kind: 'count', value: (b) => b.sums.clicks }]
    : [
        { heading: 'Impressions', kind: 'count', value: (b) => b.sums.impressions },
        { heading: 'Clicks', kind: 'count', value: (b) => b.sums.clicks },
        { heading: 'Conversions', kind: 'count', value: (b) => b.sums.conversions },
        { heading: 'Purchase value', kind: 'money', value: (b) => b.sums.value },
      ]
  const data = rows.map((b) => ({ key: b.key, name: kind.label(b.key), value: metric.value(b.sums) }))

  return (
    <ChartCard
      title={`${metric.label} by ${kind.keyLabel.toLowerCase()}`}
      subtitle={notes.join(' · ')}
      controls={
        <label className="inline-field">
          <span>Show</span>
          <select
            value={metric.id}
            onChange={(e) => props.onMetric(e.target.value as ChartMetricId)}
            aria-label={`Metric by ${kind.keyLabel.toLowerCase()}`}
          >
            {choices.map((id) => (
              <option key={id} value={id}>
                {METRICS[id].label}
              </option>
            ))}
          </select>
        </label>
      }
      pngName={`results-${kind.id}-${metric.id}-${view.range.from}-${view.range.to}.png`}
      csv={{
        filename: `results-by-${kind.id}-${view.range.from}-${view.range.to}.csv`,
        ...csvTable<Breakdown>(
          kind.audience
            ? [
                { heading: kind.keyLabel, text: (b) => kind.label(b.key) },
                { heading: 'Id', text: (b) => b.key },
                columns[0]!.csv,
                columns[1]!.csv,
                ...csvExtra,
                ...columns.slice(2).map((c) => c.csv),
              ]
            : [
                { heading: kind.keyLabel, text: (b) => kind.label(b.key) },
                { heading: 'Id', text: (b) => b.key },
                { heading: 'Spend', kind: 'money', value: (b) => b.sums.spend },
                { heading: 'Impressions', kind: 'count', value: (b) => b.sums.impressions },
                { heading: 'Clicks', kind: 'count', value: (b) => b.sums.clicks },
                { heading: 'CTR', kind: 'percent', value: (b) => rates(b).ctr },
                { heading: 'Conversions', kind: 'count', value: (b) => b.sums.conversions },
                { heading: 'Conversion rate', kind: 'percent', value: (b) => rates(b).cvr },
                { heading: 'Purchases', kind: 'count', value: (b) => b.sums.Purchase },
                { heading: 'Purchase value', kind: 'money', value: (b) => b.sums.value },
                { heading: 'CPA', kind: 'money', value: (b) => rates(b).cpa },
                { heading: 'ROAS', kind: 'ratio', value: (b) => rates(b).roas },
              ],
          rows,
          props.currency,
        ),
      }}
      chart={
        <ResponsiveContainer width="100%" height={Math.max(220, data.length * 44 + 40)}>
          <BarChart data={data} layout="vertical" margin={{ top: 8, right: 24, bottom: 4, left: 8 }}>
            <CartesianGrid stroke={colors.grid} horizontal={false} />
            <XAxis
              type="number"
              stroke={colors.muted}
              tick={{ fill: colors.muted, fontSize: 12 }}
              tickFormatter={(n: number) => axisTick(metric, f, n)}
            />
            <YAxis type="category" dataKey="name" width={150} stroke={colors.muted} tick={{ fill: colors.text, fontSize: 12 }} />
            <Tooltip
              cursor={{ fill: colors.grid, opacity: 0.4 }}
              contentStyle={{ background: colors.surface, borderColor: colors.grid, color: colors.text }}
              formatter={(value) => [formatMetric(metric, f, value === null || value === undefined ? null : Number(value)), metric.label]}
            />
            <Bar dataKey="value" fill={colors.series[1]} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      }
      table={
        <DataTable<Breakdown>
          caption={`Results by ${kind.keyLabel.toLowerCase()}`}
          rowKey={(b) => b.key}
          rows={rows}
          columns={[
            { key: 'key', label: kind.keyLabel, value: (b) => kind.label(b.key), render: kind.renderKey && ((b) => kind.renderKey!(b.key)) },
            ...columns,
          ]}
        />
      }
    />
  )
}
