import { MarketComparison } from './MarketComparison'
import { ReachPanel } from './ReachPanel'
import { TargetingPlayground } from './TargetingPlayground'
import { useActiveConsentOverrides } from './use-active-consent-overrides'
import { usePlaygroundStore } from './use-playground-store'
import { useActiveAdvertiser } from '../app/ActiveAdvertiser'
import { useOpenAccount } from '../campaigns/use-open-account'
import { AudiencesSection } from '../audiences/AudiencesSection'
import '../audiences/audiences.css'

export function ReachPage() {
  const targeting = usePlaygroundStore((s) => s.targeting)
  const view = usePlaygroundStore((s) => s.view)
  const setView = usePlaygroundStore((s) => s.setView)
  const overrides = useActiveConsentOverrides()
  const advertiser = useActiveAdvertiser()
  const name = advertiser?.advertiser_name ?? 'this account'
  // The ad-group loader reads the open account, so it opens here too when Reach is the first page shown for it.
  useOpenAccount(advertiser?.advertiser_id, advertiser?.currency ?? 'USD')
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
          <TargetingPlayground />
          <div className="reach-column">
            <ReachPanel targeting={targeting} overrides={overrides} />
            <MarketComparison targeting={targeting} overrides={overrides} />
          </div>
        </div>
      )}
    </div>
  )
}
