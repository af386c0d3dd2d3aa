/**
 * What TikTok lets change after an Upgraded Smart+ object is created: the
 * update endpoints take only the fields below ([SDK] smart_plus_campaign_update.yml,
 * smart_plus_adgroup_update.yml, smart_plus_ad_update.yml; [DOC 1843312888885314];
 * notes tiktok-api-2026.md §2), and status goes through status/update. Every other
 * field is locked once posted (budget_optimize_on, budget_mode, sales_destination,
 * promotion_type, goal, billing, bid type, placements, attribution windows…).
 */
import { changedFields } from '../entity-equality'

export type SmartPlusLevel = 'campaign' | 'adgroup' | 'ad'

const UPDATABLE: Record<SmartPlusLevel, ReadonlySet<string>> = {
  campaign: new Set(['campaign_name', 'budget', 'po_number']),
  adgroup: new Set([
    'adgroup_name',
    'budget',
    'min_budget',
    'bid_price',
    'conversion_bid_price',
    'roas_bid',
    'dayparting',
    'pacing',
    'schedule_type',
    'schedule_start_time',
    'schedule_end_time',
    'targeting_optimization_mode',
    'targeting_spec',
    'suggestion_audience_enabled',
    'comment_disabled',
    'share_disabled',
  ]),
  ad: new Set([
    'ad_name',
    'creative_list',
    'ad_text_list',
    'call_to_action_list',
    'landing_page_url_list',
    'ad_configuration',
    'deeplink_list',
    'page_list',
    'interactive_add_on_list',
  ]),
}

/** Changed through status/update, or written by TikTok or by Adwright's own bookkeeping: never "locked". */
const NOT_COMPARED = new Set(['operation_status', 'request_id', 'smart_plus_adgroup_mode', 'create_time', 'modify_time', 'secondary_status'])

/** Whether TikTok's update endpoint for this kind takes `field`. */
export const isUpdatable = (kind: SmartPlusLevel, field: string): boolean => UPDATABLE[kind].has(field) || NOT_COMPARED.has(field)

/** The fields that differ between the posted and the working copy but cannot be updated, sorted. */
export function lockedFieldChanges(
  kind: SmartPlusLevel,
  posted: Readonly<Record<string, unknown>>,
  working: Readonly<Record<string, unknown>>,
): string[] {
  return changedFields(posted, working).filter((f) => !isUpdatable(kind, f))
}

/** The United States' GeoNames id: once targeted by a Smart+ ad group it cannot be removed (notes §2). */
export const US_LOCATION_ID = '6252001'
