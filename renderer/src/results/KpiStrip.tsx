import type { ResultsView } from '#shared/results/aggregate'
import { useResultsStore } from './use-results-store'
import type { Formatters } from './format'
import { change, formatMetric, METRICS, type ChartMetricId } from './metrics'

const KPIS: ChartMetricId[] = ['spend', 'Purchase', 'cpa', 'roas', 'ctr']
const KPI_LABELS: Partial<Record<ChartMetricId, string>> = { Purchase: 'Purchases' }

/** Buckets of the previous period with no delivery while the same bucket now has some: the campaigns were not running yet. */
const idleBefore = (view: ResultsView) => view.series.filter((p) => p.previous && p.previous.impressions === 0 && p.sums.impressions > 0).length

/** The period's headline figures with their change against the previous period. */
export function KpiStrip(props: { view: ResultsView; f: Formatters }) {
  const { view, f } = props
  const unit = useResultsStore((s) => (s.bucket === 'week' ? 'weeks' : 'days'))
  const idle = idleBefore(view)
  return (
    <>
      <dl className="kpis">
        {KPIS.map((id) => {
          const m = METRICS[id]
          const now = m.value(view.total)
          const before = view.previousTotal ? m.value(view.previousTotal) : null
          const delta = change(now, before)
          const tone = delta === null || delta === 0 ? 'flat' : delta > 0 === m.higherIsBetter ? 'good' : 'bad'
          return (
            <div key={id} className="kpi" data-testid={`kpi-${id}`}>
              <dt>{KPI_LABELS[id] ?? m.label}</dt>
              <dd className="kpi-value">{formatMetric(m, f, now)}</dd>
              {view.previousTotal && (
                <dd className={`kpi-change kpi-${tone}`}>
                  {delta === null
                    ? 'no previous data'
                    : `${delta > 0 ? '▲' : delta < 0 ? '▼' : ''} ${f.percent(Math.abs(delta))} vs ${formatMetric(m, f, before)}`}
                </dd>
              )}
            </div>
          )
        })}
      </dl>
      {idle > 0 && view.previousRange && (
        <p className="hint" data-testid="partial-comparison">
          Nothing was delivered in {idle} of the {view.series.length} {unit} of the previous period (
          {f.range(view.previousRange.from, view.previousRange.to)}
          ), so these changes compare with a partial period.
        </p>
      )}
    </>
  )
}
