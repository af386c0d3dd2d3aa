import type { EstimatedMarket } from '../markets'
import type { SourceId } from '../sources'
import { locationsByMarket, namesOf, usesPersonalTargeting, type ComplianceRule } from './rule'

function minorsRule(market: EstimatedMarket, id: string, source: SourceId, why: string): ComplianceRule {
  return {
    id,
    severity: 'error',
    summary: `No interest, behaviour or partner-data targeting of ages 13–17 in the ${market === 'EU' ? 'EU/EEA' : 'US'}.`,
    source,
    check(a, ctx) {
      if (!a.age_groups.includes('AGE_13_17') || !usesPersonalTargeting(a)) return []
      const locs = locationsByMarket(a, ctx).get(market)
      if (!locs) return []
      return [
        {
          field: 'age_groups',
          message: `Ages 13–17 in ${namesOf(locs)} cannot be targeted by interests or behaviours: ${why} Remove 13–17, or remove the interests and behaviours.`,
        },
      ]
    },
  }
}

export const EU_MINORS = minorsRule(
  'EU',
  'compliance.eu.minors-personalised',
  'dsa-art-28',
  'the EU Digital Services Act bans profiling ads to minors, and TikTok shows them no personalised ads.',
)

export const US_MINORS = minorsRule(
  'US',
  'compliance.us.minors-personalised',
  'tiktok-us-minors-2024',
  'TikTok lets advertisers reach US teens only by location, language and device.',
)
