import type { Audience } from '#shared/audiences/schemas'
import { openTargeting } from '#shared/domain/entities'
import type { ConsentOverrides } from '#shared/markets/consent'
import { ESTIMATED_MARKETS, type EstimatedMarket } from '#shared/markets/markets'
import { estimateReach, type AudienceCatalogue } from '#shared/reach/estimate'
import type { StepKey } from '#shared/reach/types'
import { EXAMPLE_LOCATION } from '../reach/MarketComparison'

/** The steps that stand for consent: in-app (GDPR) and each off-TikTok limit. */
const CONSENT_STEPS = new Set<StepKey>(['consent', 'partner-data', 'att', 'advertiser-consent', 'korea-identity'])

/**
 * Of an audience's matched people, the share each market lets an adult ad reach: the product of the
 * consent steps of the reach estimate for the market's example country (the same model as the waterfall).
 */
export function consentShares(a: Audience, catalogue: AudienceCatalogue, overrides: ConsentOverrides): Record<EstimatedMarket, number> {
  const out = {} as Record<EstimatedMarket, number>
  for (const market of ESTIMATED_MARKETS) {
    const r = estimateReach(
      {
        ...openTargeting(),
        placement_type: 'PLACEMENT_TYPE_NORMAL',
        placements: ['PLACEMENT_TIKTOK'],
        location_ids: [EXAMPLE_LOCATION[market]],
        age_groups: ['AGE_18_24', 'AGE_25_34', 'AGE_35_44', 'AGE_45_54', 'AGE_55_100'],
        audience_ids: [a.audience_id],
      },
      overrides,
      catalogue,
    )
    out[market] = (r.markets[0]?.waterfall ?? []).reduce((n, s) => (CONSENT_STEPS.has(s.key) ? n * s.factor : n), 1)
  }
  return out
}
