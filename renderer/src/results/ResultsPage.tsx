import { useEffect, useMemo, useState } from 'react'
import type { ResultsView } from '#shared/results/aggregate'
import { MARKET_LABELS, type Market } from '#shared/markets/markets'
import { ageLabel, genderLabel, placementLabel, platformLabel } from '#shared/results/placements'
import { now } from '../app/clock'
import { EmptyState } from '../ui/EmptyState'
import { NoticeBanner } from '../ui/NoticeBanner'
import { useSettingsStore } from '../settings/use-settings-store'
import { followResultsProgress, isCovered, useResultsStore, type ResultsTab } from './use-results-store'
import { BreakdownPanel, type BreakdownKind } from './BreakdownPanel'
import { formatters, type Formatters } from './format'
import { todayIn } from '#shared/results/date-range'
import { FunnelPanel } from './FunnelPanel'
import { KpiStrip } from './KpiStrip'
import type { ChartMetricId } from './metrics'
import { OverTimePanel, type OverTimeChoice } from './OverTimePanel'
import { ResultsToolbar } from './ResultsToolbar'
import { CancelledNote, RefreshProgress } from './RefreshProgress'
import { QuietPixelWarning } from './PixelHealth'
import { SmartPlusCreatives } from './SmartPlusCreatives'
import { useResultsAdvertiser } from './use-results-account'
import './results.css'

const NO_SMART_PLUS: Record<string, string[]> = {}

/** A Smart+ ad in the table: its badge and the way into its creatives (SmartPlusCreatives). */
function SmartPlusAdName(props: { name: string; creatives: number; open: boolean; onOpen: () => void }) {
  return (
    <span className="smart-plus-ad-name">
      <span>{props.name}</span>
      <span className="badge badge-smart-plus" title="Upgraded Smart+: TikTok reports it per creative, summed here">
        Smart+
      </span>
      <button type="button" className="link-button" aria-pressed={props.open} onClick={props.onOpen}>
        {props.creatives} {props.creatives === 1 ? 'creative' : 'creatives'}
      </button>
    </span>
  )
}

const LEVEL_NOUN = { campaign: 'Campaign', adgroup: 'Ad group', ad: 'Ad' } as const

const TABS: Array<{ id: ResultsTab; label: string }> = [
  { id: 'time', label: 'Over time' },
  { id: 'funnel', label: 'Funnel' },
  { id: 'market', label: 'Markets' },
  { id: 'placement', label: 'Placements' },
  { id: 'age', label: 'Age' },
  { id: 'gender', label: 'Gender' },
  { id: 'platform', label: 'Platform' },
  { id: 'entity', label: 'By entity' },
]

export function ResultsPage() {
  const currencyDisplay = useSettingsStore((s) => s.settings?.currencyDisplay)
  const advertiser = useResultsAdvertiser()
  const today = todayIn(advertiser?.timezone, now())
  const s = useResultsStore()
  const [timeMetric, setTimeMetric] = useState<OverTimeChoice>('Purchase')
  const [breakdownMetric, setBreakdownMetric] = useState<ChartMetricId>('spend')
  const currency = s.snapshot?.currency ?? advertiser?.currency ?? null
  const f = useMemo(() => formatters(currency, currencyDisplay), [currency, currencyDisplay])

  useEffect(() => followResultsProgress(), [])
  const advertiserId = advertiser?.advertiser_id
  useEffect(() => {
    if (advertiserId) void useResultsStore.getState().open(advertiserId, today)
  }, [advertiserId, today])

  const refreshButton = (
    <button type="button" className="button button-primary" onClick={() => void s.refresh()} disabled={s.refreshing}>
      {s.refreshing ? 'Refreshing…' : 'Refresh from TikTok'}
    </button>
  )
  const snap = s.snapshot
  const refreshed = snap?.lastRefreshedAt ? f.time(snap.lastRefreshedAt) : null

  return (
    <div className="page page-wide">
      <header className="page-header results-header">
        <h1>Results</h1>
        <p className="muted">{advertiser?.advertiser_name ?? 'TikTok Pixel conversions'}</p>
        <div className="spacer" />
        {refreshed && (
          <span className="muted" data-testid="last-refreshed">
            Last refreshed {refreshed}
          </span>
        )}
        {advertiser && snap?.state === 'ready' && refreshButton}
      </header>

      {!advertiser ? (
        <EmptyState icon="results" title="Pick an advertiser">
          Choose an advertiser account at the top to see its results.
        </EmptyState>
      ) : (
        <>
          <ResultsToolbar today={today} />
          <RefreshProgress />
          <CancelledNote />
          <Banners refreshed={refreshed} />
          {snap?.state === 'ready' && <QuietPixelWarning health={snap.pixelHealth} f={f} />}
          {s.error && <NoticeBanner tone="error" message={`The saved results could not be opened: ${s.error}`} />}
          {snap?.state === 'corrupt' ? null : snap?.state === 'empty' ? (
            <EmptyState icon="results" title="No results yet — Refresh to download from TikTok">
              <p>
                Adwright downloads spend, clicks and TikTok Pixel events for {advertiser.advertiser_name}, by {LEVEL_NOUN[s.level].toLowerCase()}, and
                keeps them on this computer, so this page also works offline.
              </p>
              {refreshButton}
            </EmptyState>
          ) : (
            s.view && (
              <Views
                view={s.view}
                f={f}
                tab={s.tab}
                timeMetric={timeMetric}
                setTimeMetric={setTimeMetric}
                breakdownMetric={breakdownMetric}
                setBreakdownMetric={setBreakdownMetric}
                currency={currency}
              />
            )
          )}
        </>
      )}
    </div>
  )
}

function Banners(props: { refreshed: string | null }) {
  const { snapshot, refreshError, range, compare, refreshing, view, refresh } = useResultsStore()
  if (refreshing) return null
  const action = (
    <button type="button" className="button" onClick={() => void refresh()}>
      Refresh now
    </button>
  )
  if (snapshot?.state === 'corrupt') {
    return <Notice tone="error" message={`${snapshot.problem} Refresh to download the results again; nothing else is lost.`} action={action} />
  }
  if (refreshError) {
    if (!props.refreshed) return <Notice tone="error" message={refreshError.message} action={action} />
    const prefix = refreshError.offline ? `Offline — showing data from ${props.refreshed}.` : `Showing data from ${props.refreshed}.`
    return <Notice tone="warning" message={`${prefix} ${refreshError.message}`} action={action} />
  }
  if (snapshot?.state === 'ready' && !isCovered(snapshot, range, compare)) {
    return (
      <Notice
        tone="warning"
        message="Part of this period has not been downloaded yet, so some days show as empty. Refresh to download it."
        action={action}
      />
    )
  }
  if (view && snapshot?.state === 'ready' && view.rowCount === 0) {
    return (
      <Notice tone="warning" message="No delivery in this period: nothing was spent. Pick another period, or check that the campaigns are running." />
    )
  }
  return null
}

function Notice(props: { tone: 'warning' | 'error'; message: string; action?: React.ReactNode }) {
  return (
    <div className={`notice notice-${props.tone} notice-inline`} role="alert">
      <span>{props.message}</span>
      {props.action}
    </div>
  )
}

function Views(props: {
  view: ResultsView
  f: Formatters
  tab: ResultsTab
  timeMetric: OverTimeChoice
  setTimeMetric: (m: OverTimeChoice) => void
  breakdownMetric: ChartMetricId
  setBreakdownMetric: (m: ChartMetricId) => void
  currency: string | null
}) {
  const { view, f } = props
  const setTab = useResultsStore((s) => s.setTab)
  const level = useResultsStore((s) => s.level)
  const names = useResultsStore((s) => s.snapshot?.entityNames ?? {})
  const pixels = useResultsStore((s) => s.snapshot?.pixels ?? [])
  const health = useResultsStore((s) => s.snapshot?.pixelHealth ?? [])
  const smartPlusAds = useResultsStore((s) => (s.level === 'ad' ? s.snapshot?.smartPlusAds : undefined)) ?? NO_SMART_PLUS
  const advertiserId = useResultsStore((s) => s.advertiserId)
  const [creativesOf, setCreativesOf] = useState<string | null>(null)
  const entityName = (k: string) => names[k] ?? k
  const kinds: Record<BreakdownKind['id'], BreakdownKind> = {
    market: {
      id: 'market',
      keyLabel: 'Market',
      rows: (v) => v.byMarket,
      label: (k) => MARKET_LABELS[k as Market],
      note: 'fewer purchases are attributed where fewer people consent to tracking (EU, then US)',
    },
    placement: {
      id: 'placement',
      keyLabel: 'Placement',
      rows: (v) => v.byPlacement,
      label: placementLabel,
      note: 'Pangle does not deliver in the US or the EU',
      audience: true,
    },
    age: { id: 'age', keyLabel: 'Age', rows: (v) => v.byAge, label: ageLabel, audience: true },
    gender: { id: 'gender', keyLabel: 'Gender', rows: (v) => v.byGender, label: genderLabel, audience: true },
    platform: { id: 'platform', keyLabel: 'Platform', rows: (v) => v.byPlatform, label: platformLabel, audience: true },
    entity: {
      id: 'entity',
      keyLabel: LEVEL_NOUN[level],
      rows: (v) => v.byEntity,
      label: entityName,
      renderKey: (k) =>
        smartPlusAds[k] ? (
          <SmartPlusAdName name={entityName(k)} creatives={smartPlusAds[k].length} open={creativesOf === k} onOpen={() => setCreativesOf(k)} />
        ) : (
          entityName(k)
        ),
    },
  }
  const shared = { view, f, metricId: props.breakdownMetric, onMetric: props.setBreakdownMetric, currency: props.currency }

  return (
    <>
      <KpiStrip view={view} f={f} />
      <div className="page-tabs" role="tablist" aria-label="Results views">
        {TABS.map((t) => (
          <button key={t.id} type="button" role="tab" aria-selected={props.tab === t.id} onClick={() => setTab(t.id)}>
            {t.id === 'entity' ? `By ${LEVEL_NOUN[level].toLowerCase()}` : t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel">
        {props.tab === 'time' && (
          <OverTimePanel view={view} f={f} metricId={props.timeMetric} onMetric={props.setTimeMetric} currency={props.currency} />
        )}
        {props.tab === 'funnel' && <FunnelPanel view={view} f={f} pixels={pixels} health={health} />}
        {props.tab !== 'time' && props.tab !== 'funnel' && <BreakdownPanel {...shared} kind={kinds[props.tab]} />}
        {props.tab === 'entity' && advertiserId && creativesOf && smartPlusAds[creativesOf] && (
          <SmartPlusCreatives
            advertiserId={advertiserId}
            adId={creativesOf}
            adName={entityName(creativesOf)}
            range={view.range}
            f={f}
            currency={props.currency}
            onClose={() => setCreativesOf(null)}
          />
        )}
      </div>
    </>
  )
}
