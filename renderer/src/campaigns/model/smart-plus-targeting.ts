/**
 * Pure rules of the Smart+ targeting editor (SmartPlusTargeting.tsx): why a field is greyed in the chosen mode, and
 * what the spec becomes when the buyer switches modes. TikTok's facts are in shared/domain/smart-plus/targeting-modes.ts.
 */
import type { TargetingOptimizationMode } from '#shared/domain/enums'
import type { SmartPlusAdGroup, TargetingSpec, TargetingSpecField } from '#shared/domain/smart-plus/index'
import { AGE_FLOOR_GROUPS, honouredFields, SUGGESTION_FIELDS } from '#shared/domain/smart-plus/targeting-modes'

/** Why TikTok would not read `field` in this mode (notes tiktok-api-2026.md §2), or undefined when it does. */
export function ignoredReason(g: SmartPlusAdGroup, field: TargetingSpecField): string | undefined {
  const suggestions = g.suggestion_audience_enabled === true
  if (honouredFields(g.targeting_optimization_mode, suggestions).has(field)) return undefined
  if (g.targeting_optimization_mode === 'MANUAL') return 'TikTok ignores this in manual targeting: use Ages below instead.'
  // Suggestions switched on would not help a field that is not a suggestion (Pangle packages, devices …).
  if (!(SUGGESTION_FIELDS as readonly string[]).includes(field)) return 'TikTok reads this only in manual targeting.'
  return 'TikTok ignores this in automatic targeting unless audience suggestions are on.'
}

/**
 * The spec after a mode switch: MANUAL does not read the age floor, so it becomes the age groups (when none are
 * chosen) instead of a field TikTok would ignore; AUTOMATIC gets TikTok's adult floor when it has none.
 */
export function specForMode(spec: TargetingSpec, mode: TargetingOptimizationMode): TargetingSpec {
  const { spc_audience_age: floor, ...rest } = spec
  if (mode === 'MANUAL') return floor && !rest.age_groups?.length ? { ...rest, age_groups: [...AGE_FLOOR_GROUPS[floor]!] } : rest
  return { ...spec, spc_audience_age: floor ?? 'OVER_EIGHTEEN' }
}
