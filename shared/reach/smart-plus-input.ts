/**
 * What the reach estimator reads of an Upgraded Smart+ ad group (notes tiktok-api-2026.md §2):
 * - AUTOMATIC: only the hard controls bound the audience — locations, the age floor (`spc_audience_age`), languages,
 *   operating systems and excluded audiences. Suggestions (ages, gender, audiences, interests, actions) are hints
 *   TikTok may follow or not, so they never narrow the estimate.
 * - MANUAL: the whole targeting_spec, read as a manual ad group's targeting.
 * Placement left out is automatic placement, as TikTok reads it.
 */
import type { SmartPlusAdGroup } from '../domain/smart-plus/adgroup-schema'
import { deliverableAges } from '../domain/smart-plus/targeting-modes'
import type { ReachInput } from './estimate'

export function smartPlusReachInput(
  g: Pick<SmartPlusAdGroup, 'targeting_optimization_mode' | 'targeting_spec' | 'placement_type' | 'placements'>,
): ReachInput {
  const spec = g.targeting_spec
  const common = {
    placement_type: g.placement_type ?? 'PLACEMENT_TYPE_AUTOMATIC',
    placements: g.placements ?? [],
    location_ids: spec.location_ids ?? [],
    languages: spec.languages ?? [],
    operating_systems: spec.operating_systems ?? [],
    excluded_audience_ids: spec.excluded_audience_ids ?? [],
  } as const
  if (g.targeting_optimization_mode === 'AUTOMATIC')
    return {
      ...common,
      age_groups: deliverableAges(g),
      gender: 'GENDER_UNLIMITED',
      interest_category_ids: [],
      interest_keyword_ids: [],
      actions: [],
      network_types: [],
      device_price_ranges: [],
    }
  return {
    ...common,
    age_groups: deliverableAges(g),
    gender: spec.gender ?? 'GENDER_UNLIMITED',
    interest_category_ids: spec.interest_category_ids ?? [],
    interest_keyword_ids: spec.interest_keyword_ids ?? [],
    actions: spec.actions ?? [],
    network_types: spec.network_types ?? [],
    device_price_ranges: spec.device_price_ranges ?? [],
    audience_ids: spec.audience_ids ?? [],
  }
}
