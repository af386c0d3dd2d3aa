import { useState } from 'react'
import type { ReachInput } from '#shared/reach/estimate'
import { MarketComparison } from './MarketComparison'
import { ReachPanel } from './ReachPanel'
import { PLAYGROUND_START, TargetingPlayground } from './TargetingPlayground'
import { useActiveConsentOverrides } from './use-active-consent-overrides'
import { useSessionStore } from '../app/use-session-store'
import { useSettingsStore } from '../settings/use-settings-store'
import { AudiencesSection } from '../audiences/AudiencesSection'
import '../audiences/audiences.css'

function useActiveAdvertiserName(): string {
  const advertisers = useSessionStore((s) => s.advertisers)
  const activeId = useSettingsStore((s) => s.settings?.activeAdvertiserId)
  return (advertisers.find((a) => a.advertiser_id === activeId) ?? advertisers[0])?.advertiser_name ?? 'this account'
}

export function ReachPage() {
  const [targeting, setTargeting] = useState<ReachInput>(PLAYGROUND_START)
  const [view, setView] = useState<'reach' | 'audiences'>('reach')
  const overrides = useActiveConsentOverrides()
  const name = useActiveAdvertiserName()
  return (
    <div className="page page-wide">
      <header className="page-header">
        <h1>Audiences &amp; Reach</h1>
        <p className="muted">
          {view === 'reach'
            ? `Try targeting for ${name}: reach per market, with every limit explained`
            : `${name}’s custom audiences and the consent that limits each`}
        </p>
      </header>
      <div className="page-tabs audiences-tabs" role="tablist" aria-label="Audiences and reach views">
        <button type="button" role="tab" aria-selected={view === 'reach'} onClick={() => setView('reach')}>
          Reach playground
        </button>
        <button type="button" role="tab" aria-selected={view === 'audiences'} onClick={() => setView('audiences')}>
          Audiences
        </button>
      </div>
      {view === 'audiences' ? (
        <AudiencesSection />
      ) : (
        <div className="reach-layout">
          <TargetingPlayground value={targeting} onChange={setTargeting} />
          <div className="reach-column">
            <ReachPanel targeting={targeting} overrides={overrides} />
            <MarketComparison targeting={targeting} overrides={overrides} />
          </div>
        </div>
      )}
    </div>
  )
}
