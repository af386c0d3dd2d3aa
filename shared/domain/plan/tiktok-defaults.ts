/**
 * Fields TikTok documents as optional with a default, applied to plan entries
 * that leave them out, so a plan says what TikTok would do with the same
 * request. Sources: notes tiktok-api.md §"Campaign" (`operation_status`,
 * default ENABLE — the ad group and ad creates take the same field with the
 * same default, [SDK] adgroup_create_body.py, adcreate_creatives.py) and the
 * targeting table (`placement_type`, default PLACEMENT_TYPE_NORMAL); Smart+ defaults from tiktok-api-2026.md §2. Whether new
 * campaigns then go live is the post's "start paused" choice, not the plan's.
 */
import type { EntityKind } from '../entities'

export const TIKTOK_DEFAULTS: Readonly<Record<EntityKind, Readonly<Record<string, unknown>>>> = {
  campaign: { operation_status: 'ENABLE' },
  adgroup: { operation_status: 'ENABLE', placement_type: 'PLACEMENT_TYPE_NORMAL' },
  ad: { operation_status: 'ENABLE' },
  // Smart+ (notes tiktok-api-2026.md §2): targeting_optimization_mode defaults to AUTOMATIC; an empty ad name lets
  // TikTok name the ad. CBO's default (on) is read from an absent budget_optimize_on (cboOn), so it is not filled in.
  smart_plus_campaign: { operation_status: 'ENABLE' },
  smart_plus_adgroup: { operation_status: 'ENABLE', targeting_optimization_mode: 'AUTOMATIC' },
  smart_plus_ad: { operation_status: 'ENABLE', ad_name: '' },
}

/** Fills what the entry leaves out; a value the entry gives, even a wrong one, is kept for validation to report. */
export function withTikTokDefaults(kind: EntityKind, entry: Record<string, unknown>): Record<string, unknown> {
  const out = { ...entry }
  for (const [field, value] of Object.entries(TIKTOK_DEFAULTS[kind])) if (out[field] === undefined) out[field] = value
  return out
}
