import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { ResultsView } from '#shared/results/aggregate'
import { csvTable } from '#shared/results/csv'
import { addDays } from '#shared/results/date-range'
import { ROW_EVENTS } from '#shared/results/report-rows'
import { useResultsStore } from './use-results-store'
import { useChartColors } from './chart-colors'
import { ChartCard } from './ChartCard'
import { DataTable } from './DataTable'
import { EventsOverTime } from './EventsOverTime'
import type { Formatters } from './format'
import { axisTick, change, formatMetric, METRICS, type ChartMetricId } from './metrics'

/** A single metric, or every pixel event at once. */
export type OverTimeChoice = ChartMetricId | 'events'

const DELIVERY: ChartMetricId[] = ['spend', 'conversions', 'cpa', 'roas', 'ctr', 'cpc', 'value', 'impressions', 'clicks']

interface Point {
  start: string
  previousStart: string | null
  current: number | null
  previous: number | null
}

export function OverTimePanel(props: {
  view: ResultsView
  f: Formatters
  metricId: OverTimeChoice
  onMetric: (id: OverTimeChoice) => void
  currency: string | null
}) {
  const { view, f } = props
  const colors = useChartColors()
  const bucket = useResultsStore((s) => s.bucket)
  const setBucket = useResultsStore((s) => s.setBucket)
  const metric = METRICS[props.metricId === 'events' ? 'Purchase' : props.metricId]
  const size = bucket === 'week' ? 7 : 1
  const points: Point[] = view.series.map((p, i) => ({
    start: p.start,
    previousStart: view.previousRange ? addDays(view.previousRange.from, i * size) : null,
    current: metric.value(p.sums),
    previous: p.previous ? metric.value(p.previous) : null,
  }))
  const label = (day: string) => (bucket === 'week' ? `Week of ${f.dayShort(day)}` : f.day(day))

  const controls = (
    <>
      <label className="inline-field">
        <span>Show</span>
        <select value={props.metricId} onChange={(e) => props.onMetric(e.target.value as OverTimeChoice)} aria-label="Metric over time">
          <option value="events">All pixel events</option>
          <optgroup label="Pixel events">
            {ROW_EVENTS.map((e) => (
              <option key={e} value={e}>
                {METRICS[e].label}
              </option>
            ))}
          </optgroup>
          <optgroup label="Delivery and cost">
            {DELIVERY.map((id) => (
              <option key={id} value={id}>
                {METRICS[id].label}
              </option>
            ))}
          </optgroup>
        </select>
      </label>
      <div className="segmented" role="group" aria-label="Group by">
        {(['day', 'week'] as const).map((b) => (
          <button key={b} type="button" aria-pressed={bucket === b} onClick={() => void setBucket(b)}>
            {b === 'day' ? 'Daily' : 'Weekly'}
          </button>
        ))}
      </div>
    </>
  )

  if (props.metricId === 'events') return <EventsOverTime view={view} f={f} weekly={bucket === 'week'} controls={controls} />
  return (
    <ChartCard
      title={`${metric.label} over time`}
      subtitle={
        view.previousRange
          ? `${f.range(view.range.from, view.range.to)}, dashed: ${f.range(view.previousRange.from, view.previousRange.to)}`
          : f.range(view.range.from, view.range.to)
      }
      controls={controls}
      pngName={`results-${metric.id}-${view.range.from}-${view.range.to}.png`}
      csv={{
        filename: `results-${metric.id}-${view.range.from}-${view.range.to}.csv`,
        ...csvTable<Point>(
          [
            { heading: 'Date', text: (p) => p.start },
            { heading: metric.label, kind: metric.kind, value: (p) => p.current },
            ...(view.previousRange
              ? [
                  { heading: 'Previous period date', text: (p: Point) => p.previousStart },
                  { heading: `Previous ${metric.label}`, kind: metric.kind, value: (p: Point) => p.previous },
                ]
              : []),
          ],
          points,
          props.currency,
        ),
      }}
      chart={
        <ResponsiveContainer width="100%" height={300}>
          <LineChart data={points} margin={{ top: 8, right: 16, bottom: 4, left: 8 }}>
            <CartesianGrid stroke={colors.grid} vertical={false} />
            <XAxis
              dataKey="start"
              tickFormatter={(d: string) => f.dayShort(d)}
              stroke={colors.muted}
              tick={{ fill: colors.muted, fontSize: 12 }}
              minTickGap={16}
            />
            <YAxis
              stroke={colors.muted}
              tick={{ fill: colors.muted, fontSize: 12 }}
              tickFormatter={(n: number) => axisTick(metric, f, n)}
              width={78}
            />
            <Tooltip
              contentStyle={{ background: colors.surface, borderColor: colors.grid, color: colors.text }}
              labelFormatter={(d) => label(String(d))}
              formatter={(value, name, item) => {
                const p = item.payload as Point
                return name === 'previous'
                  ? [formatMetric(metric, f, p.previous), `Previous period (${p.previousStart ? label(p.previousStart) : ''})`]
                  : [formatMetric(metric, f, p.current), 'This period']
              }}
            />
            <Legend formatter={(name) => (name === 'previous' ? 'Previous period' : 'This period')} wrapperStyle={{ color: colors.text }} />
            <Line
              type="monotone"
              dataKey="current"
              name="current"
              stroke={colors.series[0]}
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
              connectNulls={false}
            />
            {view.previousRange && (
              <Line
                type="monotone"
                dataKey="previous"
                name="previous"
                stroke={colors.previous}
                strokeWidth={2}
                strokeDasharray="5 4"
                dot={false}
                isAnimationActive={false}
              />
            )}
          </LineChart>
        </ResponsiveContainer>
      }
      table={
        <DataTable<Point>
          caption={`${metric.label} by ${bucket}`}
          rowKey={(p) => p.start}
          rows={points}
          columns={[
            {
              key: 'start',
              label: bucket === 'week' ? 'Week of' : 'Date',
              value: (p) => p.start,
              display: (p) => (bucket === 'week' ? f.dayShort(p.start) : f.dayRow(p.start)),
            },
            { key: 'current', label: 'This period', numeric: true, value: (p) => p.current, display: (p) => formatMetric(metric, f, p.current) },
            ...(view.previousRange
              ? [
                  {
                    key: 'previous',
                    label: 'Previous',
                    numeric: true,
                    value: (p: Point) => p.previous,
                    display: (p: Point) => formatMetric(metric, f, p.previous),
                  },
                  {
                    key: 'change',
                    label: 'Change',
                    numeric: true,
                    value: (p: Point) => change(p.current, p.previous),
                    display: (p: Point) => f.percent(change(p.current, p.previous)),
                  },
                ]
              : []),
          ]}
        />
      }
    />
  )
}
