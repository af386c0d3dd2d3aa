import { useMemo, useState } from 'react'
import { checkCompliance } from '#shared/markets/compliance/check'
import { DEFAULT_COMPLIANCE_CONTEXT } from '#shared/markets/compliance/rule'
import type { ConsentOverrides } from '#shared/markets/consent'
import { MARKET_LABELS, type Market } from '#shared/markets/markets'
import { estimateReach, type ReachInput } from '#shared/reach/estimate'
import { STAGE_LABELS } from '#shared/reach/stage'
import type { TikTokAudienceEstimate } from '#shared/reach/types'
import { MODELLED_NOTE } from '#shared/targeting/taxonomy'
import { ComplianceList } from './ComplianceList'
import { peopleShort, percent, rangeText } from './format'
import { MarketBars } from './MarketBars'
import { ReasonsList } from './ReasonsList'
import { StageGauge } from './StageGauge'
import { WaterfallChart } from './WaterfallChart'
import { WaterfallSteps } from './WaterfallSteps'
import { useAudienceStore } from '../audiences/use-audience-store'
import './reach.css'

export interface ReachPanelProps {
  targeting: ReachInput
  /** The active advertiser's consent overrides from Settings. */
  overrides?: ConsentOverrides
  /** The ad group being edited, so violations name it; a draft placeholder otherwise. */
  adgroup?: { adgroup_id: string; adgroup_name: string }
  /** TikTok's own estimate, when a real account answered `/ad/audience_size/estimate/`. */
  tiktok?: TikTokAudienceEstimate | null
}

const DRAFT = { adgroup_id: 'local-draft', adgroup_name: 'This ad group' }

/** Live reach for one ad group's targeting: range, stage, markets, waterfall, reasons and violations. */
export function ReachPanel({ targeting, overrides, adgroup = DRAFT, tiktok = null }: ReachPanelProps) {
  // The advertiser's audiences: an ad group's audience_ids narrow its reach through their consent steps.
  const catalogue = useAudienceStore((s) => s.byId)
  const estimate = useMemo(() => estimateReach(targeting, overrides, catalogue), [targeting, overrides, catalogue])
  const problems = useMemo(
    () => checkCompliance({ ...adgroup, ...targeting }, { ...DEFAULT_COMPLIANCE_CONTEXT, audiences: catalogue }),
    [adgroup, targeting, catalogue],
  )
  const [picked, setPicked] = useState<Market | null>(null)
  const shown = estimate.markets.find((m) => m.market === picked) ?? estimate.markets[0]
  const { total } = estimate

  return (
    <section className="card reach-panel" aria-labelledby="reach-panel-h" data-testid="reach-panel">
      <header className="reach-head">
        <h2 id="reach-panel-h">Estimated reach</h2>
        {estimate.markets.length ? (
          <>
            <p className="reach-total" data-testid="reach-total">
              {rangeText(total.lower_end, total.upper_end)} <span className="muted">people</span>
            </p>
            <StageGauge stage={total.stage} />
            <p className="stage-caption" data-testid="stage-caption">
              {STAGE_LABELS[total.stage]}: {percent(total.audience / total.possible)} of the {peopleShort(total.possible)} TikTok users 13+ in these
              locations (TikTok calls under 20% narrow, 80% or more fairly broad).
            </p>
          </>
        ) : (
          <p className="reach-total muted" data-testid="reach-total">
            No supported location selected
          </p>
        )}
        {tiktok && (
          <p className="tiktok-estimate" data-testid="tiktok-estimate">
            {/* TikTok may answer without its stage: then the range alone. */}
            TikTok’s own estimate: {rangeText(tiktok.lower_end, tiktok.upper_end)} ({tiktok.stage ? `${STAGE_LABELS[tiktok.stage]}, ` : ''}18+ only)
          </p>
        )}
        <p className="modelled-note">Adwright’s estimate, ±10% like TikTok’s. {MODELLED_NOTE}</p>
      </header>

      <ComplianceList problems={problems} />

      {estimate.unsupported.length > 0 && (
        <p className="unsupported" data-testid="unsupported">
          Not estimated (outside Adwright’s markets): {estimate.unsupported.map((u) => u.name).join(', ')}
        </p>
      )}

      {estimate.markets.length > 0 && <MarketBars markets={estimate.markets} />}

      {shown && (
        <section className="waterfall-section" aria-label="How the audience narrows">
          <div className="waterfall-head">
            <h3>How the audience narrows</h3>
            {estimate.markets.length > 1 && (
              <div className="seg-control" role="tablist" aria-label="Market">
                {estimate.markets.map((m) => (
                  <button key={m.market} role="tab" aria-selected={m.market === shown.market} onClick={() => setPicked(m.market)} type="button">
                    {MARKET_LABELS[m.market]}
                  </button>
                ))}
              </div>
            )}
          </div>
          <WaterfallChart steps={shown.waterfall} title={`Audience steps, ${MARKET_LABELS[shown.market]}`} />
          <WaterfallSteps steps={shown.waterfall} />
        </section>
      )}

      <ReasonsList reasons={estimate.reasons} />
    </section>
  )
}
