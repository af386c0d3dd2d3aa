import { EmptyState } from '../components/EmptyState'
import { useSessionStore } from '../stores/use-session-store'
import { useSettingsStore } from '../stores/use-settings-store'

export { ResultsPage } from './results/ResultsPage'

function useActiveAdvertiserName(): string {
  const advertisers = useSessionStore((s) => s.advertisers)
  const activeId = useSettingsStore((s) => s.settings?.activeAdvertiserId)
  return (advertisers.find((a) => a.advertiser_id === activeId) ?? advertisers[0])?.advertiser_name ?? 'this account'
}

export function CampaignsPage() {
  const name = useActiveAdvertiserName()
  return (
    <div className="page">
      <header className="page-header">
        <h1>Campaigns</h1>
        <p className="muted">{name}</p>
      </header>
      <EmptyState
        icon="campaigns"
        title="No campaigns drafted yet"
        steps={[
          'Get recent changes from the Sync area to download the account’s campaigns, or',
          'Start a new campaign: choose its objective and budget, then add ad groups and ads.',
          'Edit offline as much as you like — nothing reaches TikTok until you post.',
        ]}
      >
        Campaigns, ad groups and ads for <strong>{name}</strong> will be listed here as a tree you can search, filter and
        edit in bulk.
      </EmptyState>
    </div>
  )
}

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
