import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { ResultsView } from '#shared/results/aggregate'
import { csvTable } from '#shared/results/csv'
import { EVENT_LABELS, type PixelSummary } from '#shared/results/pixel-events'
import type { PixelHealth } from '#shared/results/pixel-health'
import { PixelHealthList } from './PixelHealth'
import { funnelOf, type FunnelStep } from '#shared/results/rates'
import { useChartColors } from './chart-colors'
import { ChartCard } from './ChartCard'
import { DataTable } from './DataTable'
import type { Formatters } from './format'

export function FunnelPanel(props: { view: ResultsView; f: Formatters; pixels: PixelSummary[]; health: PixelHealth[] }) {
  const { view, f } = props
  const colors = useChartColors()
  const steps = funnelOf(view.total)
  const data = steps.map((s) => ({ ...s, label: EVENT_LABELS[s.event] }))
  const worst = steps
    .slice(1)
    .reduce<FunnelStep | null>((w, s) => (s.fromPrevious !== null && (w === null || s.fromPrevious < w.fromPrevious!) ? s : w), null)

  return (
    <>
      <ChartCard
        title="Purchase funnel"
        subtitle={`Pixel events, ${f.range(view.range.from, view.range.to)}${worst ? ` · biggest drop: before ${EVENT_LABELS[worst.event]} (${f.percent(worst.fromPrevious)} continue)` : ''}`}
        pngName={`results-funnel-${view.range.from}-${view.range.to}.png`}
        csv={{
          filename: `results-funnel-${view.range.from}-${view.range.to}.csv`,
          ...csvTable<FunnelStep>(
            [
              { heading: 'Step', text: (s) => steps.indexOf(s) + 1 },
              { heading: 'Event', text: (s) => s.event },
              { heading: 'Events', kind: 'count', value: (s) => s.count },
              { heading: 'Share of previous step', kind: 'percent', value: (s) => s.fromPrevious },
              { heading: 'Share of first step', kind: 'percent', value: (s) => s.fromFirst },
            ],
            steps,
            null,
          ),
        }}
        chart={
          <ResponsiveContainer width="100%" height={300}>
            <BarChart data={data} layout="vertical" margin={{ top: 8, right: 96, bottom: 4, left: 8 }}>
              <CartesianGrid stroke={colors.grid} horizontal={false} />
              <XAxis type="number" stroke={colors.muted} tick={{ fill: colors.muted, fontSize: 12 }} tickFormatter={(n: number) => f.count(n)} />
              <YAxis type="category" dataKey="label" width={120} stroke={colors.muted} tick={{ fill: colors.text, fontSize: 12 }} />
              <Tooltip
                cursor={{ fill: colors.grid, opacity: 0.4 }}
                contentStyle={{ background: colors.surface, borderColor: colors.grid, color: colors.text }}
                formatter={(value, _name, item) => {
                  const s = item.payload as FunnelStep
                  return [`${f.count(Number(value))}${s.fromPrevious === null ? '' : ` (${f.percent(s.fromPrevious)} of the step before)`}`, 'Events']
                }}
              />
              <Bar dataKey="count" fill={colors.series[0]} isAnimationActive={false}>
                <LabelList
                  dataKey="fromPrevious"
                  position="right"
                  fill={colors.text}
                  fontSize={12}
                  formatter={(v) => (v === null || v === undefined ? 'start' : `${f.percent(Number(v))} continue`)}
                />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        }
        table={
          <DataTable<FunnelStep>
            caption="Funnel steps"
            rowKey={(s) => s.event}
            rows={steps}
            columns={[
              { key: 'event', label: 'Step', value: (s) => steps.indexOf(s), display: (s) => EVENT_LABELS[s.event] },
              { key: 'count', label: 'Events', numeric: true, value: (s) => s.count, display: (s) => f.count(s.count) },
              { key: 'prev', label: 'Of step before', numeric: true, value: (s) => s.fromPrevious, display: (s) => f.percent(s.fromPrevious) },
              { key: 'first', label: 'Of first step', numeric: true, value: (s) => s.fromFirst, display: (s) => f.percent(s.fromFirst) },
            ]}
          />
        }
      />
      <section className="card pixels" aria-label="Pixels">
        <h2>Pixels on this account</h2>
        {props.pixels.length === 0 ? (
          <p className="hint">No pixels were listed. Events come from a TikTok Pixel on your site; add one in TikTok Events Manager.</p>
        ) : (
          <PixelHealthList pixels={props.pixels} health={props.health} f={f} />
        )}
        <p className="hint">Events TikTok renamed in 2025 are counted together: CompletePayment as Purchase, SubmitForm as Lead.</p>
      </section>
    </>
  )
}
