import { useState } from 'react'
import type { ReachInput } from '#shared/reach/estimate'
import { MarketComparison } from './MarketComparison'
import { ReachPanel } from './ReachPanel'
import { PLAYGROUND_START, TargetingPlayground } from './TargetingPlayground'
import { useActiveConsentOverrides } from './use-active-consent-overrides'
import { useSessionStore } from '../app/use-session-store'
import { useSettingsStore } from '../settings/use-settings-store'

function useActiveAdvertiserName(): string {
  const advertisers = useSessionStore((s) => s.advertisers)
  const activeId = useSettingsStore((s) => s.settings?.activeAdvertiserId)
  return (advertisers.find((a) => a.advertiser_id === activeId) ?? advertisers[0])?.advertiser_name ?? 'this account'
}

export function ReachPage() {
  const [targeting, setTargeting] = useState<ReachInput>(PLAYGROUND_START)
  const overrides = useActiveConsentOverrides()
  const name = useActiveAdvertiserName()
  return (
    <div className="page page-wide">
      <header className="page-header">
        <h1>Audiences &amp; Reach</h1>
        <p className="muted">Try targeting for {name}: reach per market, with every limit explained</p>
      </header>
      <div className="reach-layout">
        <TargetingPlayground value={targeting} onChange={setTargeting} />
        <div className="reach-column">
          <ReachPanel targeting={targeting} overrides={overrides} />
          <MarketComparison targeting={targeting} overrides={overrides} />
        </div>
      </div>
    </div>
  )
}
