import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { Breakdown, ResultsView } from '#shared/results/aggregate'
import { csvTable } from '#shared/results/csv'
import { ratesOf } from '#shared/results/rates'
import { useChartColors } from './chart-colors'
import { ChartCard } from './ChartCard'
import { DataTable } from './DataTable'
import type { Formatters } from './format'
import { axisTick, formatMetric, METRICS, type ChartMetricId } from './metrics'

const CHOICES: ChartMetricId[] = ['spend', 'Purchase', 'conversions', 'cvr', 'cpa', 'roas', 'ctr', 'value']

export interface BreakdownKind {
  id: 'market' | 'placement' | 'entity'
  /** Column heading for the key: Market, Placement, Campaign… */
  keyLabel: string
  rows: (view: ResultsView) => Breakdown[]
  label: (key: string) => string
  note?: string
}

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
  const metric = METRICS[props.metricId]
  const rows = kind.rows(view)
  const data = rows.map((b) => ({ key: b.key, name: kind.label(b.key), value: metric.value(b.sums) }))

  return (
    <ChartCard
      title={`${metric.label} by ${kind.keyLabel.toLowerCase()}`}
      subtitle={kind.note ? `${f.range(view.range.from, view.range.to)} · ${kind.note}` : f.range(view.range.from, view.range.to)}
      controls={
        <label className="inline-field">
          <span>Show</span>
          <select
            value={props.metricId}
            onChange={(e) => props.onMetric(e.target.value as ChartMetricId)}
            aria-label={`Metric by ${kind.keyLabel.toLowerCase()}`}
          >
            {CHOICES.map((id) => (
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
          [
            { heading: kind.keyLabel, text: (b) => kind.label(b.key) },
            { heading: 'Id', text: (b) => b.key },
            { heading: 'Spend', kind: 'money', value: (b) => b.sums.spend },
            { heading: 'Impressions', kind: 'count', value: (b) => b.sums.impressions },
            { heading: 'Clicks', kind: 'count', value: (b) => b.sums.clicks },
            { heading: 'CTR', kind: 'percent', value: (b) => ratesOf(b.sums).ctr },
            { heading: 'Conversions', kind: 'count', value: (b) => b.sums.conversions },
            { heading: 'Conversion rate', kind: 'percent', value: (b) => ratesOf(b.sums).cvr },
            { heading: 'Purchases', kind: 'count', value: (b) => b.sums.Purchase },
            { heading: 'Purchase value', kind: 'money', value: (b) => b.sums.value },
            { heading: 'CPA', kind: 'money', value: (b) => ratesOf(b.sums).cpa },
            { heading: 'ROAS', kind: 'ratio', value: (b) => ratesOf(b.sums).roas },
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
            { key: 'key', label: kind.keyLabel, value: (b) => kind.label(b.key) },
            { key: 'spend', label: 'Spend', numeric: true, value: (b) => b.sums.spend, display: (b) => f.money(b.sums.spend) },
            { key: 'ctr', label: 'CTR', numeric: true, value: (b) => ratesOf(b.sums).ctr, display: (b) => f.percent(ratesOf(b.sums).ctr) },
            { key: 'purchases', label: 'Purchases', numeric: true, value: (b) => b.sums.Purchase, display: (b) => f.count(b.sums.Purchase) },
            { key: 'cvr', label: 'Conv. rate', numeric: true, value: (b) => ratesOf(b.sums).cvr, display: (b) => f.percent(ratesOf(b.sums).cvr) },
            { key: 'cpa', label: 'CPA', numeric: true, value: (b) => ratesOf(b.sums).cpa, display: (b) => f.money(ratesOf(b.sums).cpa) },
            { key: 'roas', label: 'ROAS', numeric: true, value: (b) => ratesOf(b.sums).roas, display: (b) => f.ratio(ratesOf(b.sums).roas) },
          ]}
        />
      }
    />
  )
}
