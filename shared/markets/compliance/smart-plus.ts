/**
 * The market and consent rules for an Upgraded Smart+ ad group. They judge what TikTok may deliver, so a field
 * counts whenever TikTok reads it (targeting-modes.ts; notes tiktok-api-2026.md §2): in AUTOMATIC mode the ages are
 * the age floor's (every age without one), and the suggestions — audiences, interests, actions — count once
 * suggestions are on, because TikTok may then use them, teens included when no floor keeps them out. MANUAL reads
 * the whole targeting_spec, as a manual ad group.
 */
import { deliverableAges } from '#shared/domain/smart-plus/targeting-modes'
import type { SmartPlusAdGroup } from '#shared/domain/smart-plus/adgroup-schema'
import { checkCompliance } from './check'
import { DEFAULT_COMPLIANCE_CONTEXT, type ComplianceContext, type ComplianceSubject } from './rule'

export function smartPlusComplianceSubject(g: SmartPlusAdGroup): ComplianceSubject {
  const spec = g.targeting_spec
  const automatic = g.targeting_optimization_mode === 'AUTOMATIC'
  const hints = !automatic || g.suggestion_audience_enabled === true
  return {
    adgroup_id: g.adgroup_id,
    adgroup_name: g.adgroup_name,
    placement_type: g.placement_type ?? 'PLACEMENT_TYPE_AUTOMATIC',
    placements: g.placements ?? [],
    location_ids: [...(spec.location_ids ?? [])],
    age_groups: deliverableAges(g),
    interest_category_ids: hints ? [...(spec.interest_category_ids ?? [])] : [],
    interest_keyword_ids: hints ? [...(spec.interest_keyword_ids ?? [])] : [],
    actions: hints ? [...(spec.actions ?? [])] : [],
    audience_ids: hints ? [...(spec.audience_ids ?? [])] : [],
    excluded_audience_ids: [...(spec.excluded_audience_ids ?? [])],
    included_pangle_audience_package_ids: automatic ? [] : [...(spec.included_pangle_audience_package_ids ?? [])],
    excluded_pangle_audience_package_ids: automatic ? [] : [...(spec.excluded_pangle_audience_package_ids ?? [])],
  }
}

export const checkSmartPlusCompliance = (g: SmartPlusAdGroup, ctx: ComplianceContext = DEFAULT_COMPLIANCE_CONTEXT) =>
  checkCompliance(smartPlusComplianceSubject(g), ctx, 'smart_plus_adgroup')
