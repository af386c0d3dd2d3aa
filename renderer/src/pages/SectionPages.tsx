import { EmptyState } from '../components/EmptyState'
import { useSessionStore } from '../stores/use-session-store'
import { useSettingsStore } from '../stores/use-settings-store'

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

export { SyncPage } from './sync/SyncPage'
