import type { Problem } from '#shared/domain/problems'
import { sourceText } from '../sources'
import { AUDIENCE_CONFLICTS, AUDIENCE_MINIMUM_SIZE, LOOKALIKE_SOURCE, PANGLE_PACKAGES_NEED_PANGLE } from './audience-selection'
import { AUDIENCE_MINORS, EU_SPECIAL_CATEGORY_AUDIENCES, US_LIMITED_DATA_USE } from './audiences'
import { EU_MINORS, US_MINORS } from './minors'
import { ACTIONS_TIKTOK_ONLY, CROSS_APP_LISTED_COUNTRIES, CROSS_APP_US_EU } from './placements'
import { DEFAULT_COMPLIANCE_CONTEXT, type ComplianceContext, type ComplianceRule, type ComplianceSubject } from './rule'
import { EU_SPECIAL_CATEGORIES } from './special-categories'
import { UNSUPPORTED_LOCATIONS } from './unsupported'

export const COMPLIANCE_RULES: readonly ComplianceRule[] = [
  UNSUPPORTED_LOCATIONS,
  EU_MINORS,
  US_MINORS,
  EU_SPECIAL_CATEGORIES,
  CROSS_APP_US_EU,
  CROSS_APP_LISTED_COUNTRIES,
  ACTIONS_TIKTOK_ONLY,
  AUDIENCE_MINORS,
  EU_SPECIAL_CATEGORY_AUDIENCES,
  US_LIMITED_DATA_USE,
  AUDIENCE_CONFLICTS,
  AUDIENCE_MINIMUM_SIZE,
  LOOKALIKE_SOURCE,
  PANGLE_PACKAGES_NEED_PANGLE,
]

/** Market and placement rules for one ad group, as problems (errors block "Post changes"). */
export function checkCompliance(adgroup: ComplianceSubject, ctx: ComplianceContext = DEFAULT_COMPLIANCE_CONTEXT): Problem[] {
  return COMPLIANCE_RULES.flatMap((rule) =>
    rule.check(adgroup, ctx).map((f) => ({
      severity: f.severity ?? rule.severity,
      ruleId: rule.id,
      kind: 'adgroup' as const,
      entityId: adgroup.adgroup_id,
      entityName: adgroup.adgroup_name,
      field: f.field,
      message: f.message,
      source: sourceText(rule.source),
    })),
  )
}
