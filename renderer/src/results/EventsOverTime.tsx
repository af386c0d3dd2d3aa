import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { ResultsView, SeriesPoint } from '#shared/results/aggregate'
import { csvTable } from '#shared/results/csv'
import { EVENT_LABELS } from '#shared/results/pixel-events'
import { ROW_EVENTS } from '#shared/results/report-rows'
import { useChartColors } from './chart-colors'
import { ChartCard } from './ChartCard'
import { DataTable } from './DataTable'
import type { Formatters } from './format'

/** Every pixel event the account recorded in the period, one line each, with the numbers per day in the table. */
export function EventsOverTime(props: { view: ResultsView; f: Formatters; weekly: boolean; controls: React.ReactNode }) {
  const { view, f } = props
  const colors = useChartColors()
  // Only events that happened: an account without lead forms should not show a flat Lead line.
  const events = ROW_EVENTS.filter((e) => view.total[e] > 0)
  const label = (day: string) => (props.weekly ? `Week of ${f.dayShort(day)}` : f.day(day))

  return (
    <ChartCard
      stacked
      title="Pixel events over time"
      subtitle={`${f.range(view.range.from, view.range.to)} · each event counted once, whatever name the pixel used`}
      controls={props.controls}
      pngName={`results-events-${view.range.from}-${view.range.to}.png`}
      csv={{
        filename: `results-events-${view.range.from}-${view.range.to}.csv`,
        ...csvTable<SeriesPoint>(
          [
            { heading: 'Date', text: (p) => p.start },
            ...events.map((e) => ({ heading: e, kind: 'count' as const, value: (p: SeriesPoint) => p.sums[e] })),
          ],
          view.series,
          null,
        ),
      }}
      chart={
        <ResponsiveContainer width="100%" height={300}>
          <LineChart data={view.series} margin={{ top: 8, right: 16, bottom: 4, left: 8 }}>
            <CartesianGrid stroke={colors.grid} vertical={false} />
            <XAxis
              dataKey="start"
              tickFormatter={(d: string) => f.dayShort(d)}
              stroke={colors.muted}
              tick={{ fill: colors.muted, fontSize: 12 }}
              minTickGap={16}
            />
            <YAxis stroke={colors.muted} tick={{ fill: colors.muted, fontSize: 12 }} tickFormatter={(n: number) => f.count(n)} width={56} />
            <Tooltip
              contentStyle={{ background: colors.surface, borderColor: colors.grid, color: colors.text }}
              labelFormatter={(d) => label(String(d))}
              formatter={(value, name) => [f.count(Number(value)), EVENT_LABELS[name as keyof typeof EVENT_LABELS] ?? String(name)]}
            />
            {/* Funnel order, not alphabetical. */}
            <Legend
              itemSorter={null}
              formatter={(name) => EVENT_LABELS[name as keyof typeof EVENT_LABELS] ?? name}
              wrapperStyle={{ color: colors.text }}
            />
            {events.map((e, i) => (
              <Line
                key={e}
                type="monotone"
                dataKey={(p: SeriesPoint) => p.sums[e]}
                name={e}
                stroke={colors.series[i % colors.series.length]}
                strokeWidth={2}
                dot={false}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      }
      table={
        <DataTable<SeriesPoint>
          caption="Pixel events by day"
          rowKey={(p) => p.start}
          rows={view.series}
          columns={[
            {
              key: 'start',
              label: props.weekly ? 'Week of' : 'Date',
              value: (p) => p.start,
              display: (p) => (props.weekly ? f.dayShort(p.start) : f.dayRow(p.start)),
            },
            ...events.map((e) => ({
              key: e,
              label: EVENT_LABELS[e],
              numeric: true,
              value: (p: SeriesPoint) => p.sums[e],
              display: (p: SeriesPoint) => f.count(p.sums[e]),
            })),
          ]}
        />
      }
    />
  )
}
