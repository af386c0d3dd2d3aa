export { CampaignsPage } from './CampaignsPage'
import { EmptyState } from '../components/EmptyState'
import { useSessionStore } from '../stores/use-session-store'

export function ReachPage() {
  return (
    <div className="page">
      <header className="page-header">
        <h1>Audiences &amp; Reach</h1>
        <p className="muted">Estimated reach per market, with every limit explained</p>
      </header>
      <EmptyState
        icon="reach"
        title="Pick an ad group to see its reach"
        steps={[
          'Open an ad group in Campaigns and set its locations, ages and interests.',
          'Reach is estimated for EAST_ASIA_TEST, US and EU, after consent and placement limits.',
        ]}
      >
        The estimate updates while you edit and shows why each market narrows your audience — GDPR consent in the EU, no
        profiling of minors, iOS tracking consent, cross-app availability.
      </EmptyState>
    </div>
  )
}

export function ResultsPage() {
  return (
    <div className="page">
      <header className="page-header">
        <h1>Results</h1>
        <p className="muted">TikTok Pixel conversions, spend, CPA and ROAS</p>
      </header>
      <EmptyState
        icon="results"
        title="No results downloaded yet"
        steps={['Post a campaign, let it deliver, then refresh results here.', 'Results are kept on this computer for offline viewing.']}
      >
        Charts of conversions by event, the purchase funnel, and breakdowns by market and placement will appear here.
      </EmptyState>
    </div>
  )
}

export function SyncPage() {
  const status = useSessionStore((s) => s.status)
  return (
    <div className="page">
      <header className="page-header">
        <h1>Sync</h1>
        <p className="muted">{status?.connection.detail ?? 'Checking the connection…'}</p>
      </header>
      <EmptyState
        icon="sync"
        title="Nothing to post"
        steps={[
          'Get recent changes: download the account from TikTok, keeping your local edits.',
          'Check changes: validate every pending edit against TikTok’s rules.',
          'Post changes: send them in order, with progress and per-item errors.',
        ]}
      >
        {status?.pendingChanges
          ? `${status.pendingChanges} local changes are waiting to be posted.`
          : 'You have no local changes waiting to be posted.'}
      </EmptyState>
    </div>
  )
}
