import { useEffect, useMemo, useState } from 'react'
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { CreativeResult, CreativeResults } from '#shared/results/creative-results'
import { csvTable, type ValueKind } from '#shared/results/csv'
import type { DateRange } from '#shared/results/date-range'
import type { CreativeView } from '#shared/creatives/creative-view'
import { call, messageOf } from '../api/client'
import { CreativeThumb } from '../creatives/CreativeThumb'
import { useCreativesStore } from '../creatives/use-creatives-store'
import { useChartColors } from './chart-colors'
import { ChartCard } from './ChartCard'
import { DataTable, type Column } from './DataTable'
import type { Formatters } from './format'
import { formatValue } from './metrics'

const NO_CREATIVES: CreativeView[] = []
const ratio = (a: number, b: number) => (b === 0 ? null : a / b)

/**
 * One Upgraded Smart+ ad's creatives: what each spent and delivered over the page's range, from TikTok's Smart+
 * material report (results:creatives). Live rather than cached, so it says when TikTok cannot be reached; the ad's
 * own figures above stay available offline. Creatives the buyer added from disk show with their file and thumbnail.
 */
export function SmartPlusCreatives(props: {
  advertiserId: string
  adId: string
  adName: string
  range: DateRange
  f: Formatters
  currency: string | null
  onClose: () => void
}) {
  const { advertiserId, adId, range, f } = props
  const colors = useChartColors()
  // The answer for one request (ad and range); while it is not the current one's, the view is loading.
  const requestKey = `${adId}|${range.from}|${range.to}`
  const [answer, setAnswer] = useState<{ key: string; result: CreativeResults | null; error: string | null } | null>(null)
  const library = useCreativesStore((s) => (s.advertiserId === advertiserId ? s.creatives : NO_CREATIVES))
  useEffect(() => {
    if (useCreativesStore.getState().advertiserId !== advertiserId) void useCreativesStore.getState().load(advertiserId)
  }, [advertiserId])
  useEffect(() => {
    let live = true
    call('results:creatives', { advertiserId, adId, from: range.from, to: range.to })
      .then((result) => live && setAnswer({ key: requestKey, result, error: null }))
      .catch((error: unknown) => live && setAnswer({ key: requestKey, result: null, error: messageOf(error) }))
    return () => {
      live = false
    }
  }, [advertiserId, adId, range.from, range.to, requestKey])
  const current = answer?.key === requestKey ? answer : null
  const state = { loading: current === null, result: current?.result ?? null, error: current?.error ?? null }

  // TikTok names a creative by its main material: the video (or image) id an upload gave the library's file.
  const byTikTokId = useMemo(() => new Map(library.filter((c) => c.tiktokId).map((c) => [c.tiktokId!, c])), [library])
  const label = (r: CreativeResult) => byTikTokId.get(r.materialId)?.fileName ?? r.materialId
  const rows = state.result?.rows ?? []
  const adSpend = rows.reduce((n, r) => n + r.figures.spend, 0)
  const col = (key: string, heading: string, kind: ValueKind, value: (r: CreativeResult) => number | null) => ({
    table: {
      key,
      label: heading,
      numeric: true,
      value,
      display: (r: CreativeResult) => formatValue(kind, f, value(r)),
    } satisfies Column<CreativeResult>,
    csv: { heading, kind, value },
  })
  const figures = [
    col('spend', 'Spend', 'money', (r) => r.figures.spend),
    col('share', 'Share of spend', 'percent', (r) => ratio(r.figures.spend, adSpend)),
    col('impressions', 'Impressions', 'count', (r) => r.figures.impressions),
    col('ctr', 'CTR', 'percent', (r) => ratio(r.figures.clicks, r.figures.impressions)),
    col('conversions', 'Conversions', 'count', (r) => r.figures.conversions),
    col('cpa', 'CPA', 'money', (r) => ratio(r.figures.spend, r.figures.conversions)),
    col('purchases', 'Purchases', 'count', (r) => r.figures.purchases),
    col('roas', 'ROAS', 'ratio', (r) => ratio(r.figures.value, r.figures.spend)),
  ]
  const title = `Creatives of ${props.adName}`
  const close = (
    <button type="button" className="button" onClick={props.onClose}>
      Close
    </button>
  )

  if (state.loading || state.error || rows.length === 0)
    return (
      <section className="card smart-plus-creatives" aria-label={title} aria-busy={state.loading}>
        <header className="smart-plus-creatives-header">
          <h2>{title}</h2>
          {close}
        </header>
        {state.loading ? (
          <p className="muted">Asking TikTok for each creative’s figures…</p>
        ) : state.error ? (
          <p className="notice notice-warning notice-inline" role="alert">
            {state.error} The per-creative figures come live from TikTok; the ad’s own figures above are saved on this computer.
          </p>
        ) : (
          <p className="muted">No creative of this ad delivered in this period.</p>
        )}
      </section>
    )

  return (
    // ChartCard is the region, named by its title.
    <div className="smart-plus-creatives">
      <ChartCard
        title={title}
        subtitle={[f.range(range.from, range.to), 'From TikTok’s Smart+ material report, live; the ad’s figures are the sum of its creatives’'].join(
          ' · ',
        )}
        controls={close}
        pngName={`results-creatives-${adId}-${range.from}-${range.to}.png`}
        csv={{
          filename: `results-creatives-${adId}-${range.from}-${range.to}.csv`,
          ...csvTable<CreativeResult>(
            [{ heading: 'Creative', text: label }, { heading: 'Material id', text: (r) => r.materialId }, ...figures.map((c) => c.csv)],
            rows,
            props.currency,
          ),
        }}
        chart={
          <ResponsiveContainer width="100%" height={Math.max(180, rows.length * 40 + 40)}>
            <BarChart
              data={rows.map((r) => ({ name: label(r), spend: r.figures.spend }))}
              layout="vertical"
              margin={{ top: 8, right: 24, bottom: 4, left: 8 }}
            >
              <CartesianGrid stroke={colors.grid} horizontal={false} />
              <XAxis type="number" stroke={colors.muted} tick={{ fill: colors.muted, fontSize: 12 }} tickFormatter={(n: number) => f.moneyAxis(n)} />
              <YAxis type="category" dataKey="name" width={180} stroke={colors.muted} tick={{ fill: colors.text, fontSize: 12 }} />
              <Tooltip
                cursor={{ fill: colors.grid, opacity: 0.4 }}
                contentStyle={{ background: colors.surface, borderColor: colors.grid, color: colors.text }}
                formatter={(value) => [f.money(Number(value)), 'Spend']}
              />
              <Bar dataKey="spend" fill={colors.series[2]} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        }
        table={
          <DataTable<CreativeResult>
            caption={title}
            rowKey={(r) => r.materialId}
            rows={rows}
            columns={[
              {
                key: 'creative',
                label: 'Creative',
                value: label,
                render: (r) => <CreativeName advertiserId={advertiserId} creative={byTikTokId.get(r.materialId)} label={label(r)} />,
              },
              ...figures.map((c) => c.table),
            ]}
          />
        }
      />
    </div>
  )
}

function CreativeName(props: { advertiserId: string; creative: CreativeView | undefined; label: string }) {
  return (
    <span className="creative-name">
      {props.creative && <CreativeThumb advertiserId={props.advertiserId} creative={props.creative} size={32} />}
      <span>{props.label}</span>
    </span>
  )
}
