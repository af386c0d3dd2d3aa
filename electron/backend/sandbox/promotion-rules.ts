/**
 * TikTok's checks on what a campaign or ad group promotes, on ad groups of
 * Reach & Frequency campaigns and on the objective-bound PAGE_VISIT goal. Written from the notes, not from Adwright's
 * drafting rules: a client that forgets a field must be refused here as TikTok
 * would refuse it (code 40002, message starting with the field).
 */
import { APP_PROMOTION_TYPES, PROMOTION_TARGET_TYPES, PROMOTION_TYPES } from '#shared/domain/enums'
import { ApiFailure, isBlank, missing, oneOf, paramError } from './handler-kit'

// [SDK] adgroup_create_body.py; [BUB] model/adgroup/create.go; notes tiktok-api-2026.md §3:
// every objective but these three needs promotion_type on /adgroup/create/.
const WITHOUT_PROMOTION_TYPE = new Set(['REACH', 'VIDEO_VIEWS', 'ENGAGEMENT'])

/** /campaign/create/: APP_PROMOTION campaigns say which kind ([SDK] campaign_create_body.py; notes §3). */
export function checkCampaignPromotion(p: Record<string, unknown>) {
  // Enum values: [SDK] app_optimization_event.yml AppCampaignType, is_valid values other than UNSET.
  const type = oneOf(p, 'app_promotion_type', APP_PROMOTION_TYPES)
  if (p.objective_type === 'APP_PROMOTION' && !type) throw missing('app_promotion_type')
}

/** /adgroup/create/ (and the ad group an update would leave): `campaign` is the stored parent. */
export function checkAdGroupPromotion(p: Record<string, unknown>, campaign: Record<string, unknown>) {
  const objective = String(campaign.objective_type ?? '')
  // [DOC index] notes §3: Reach & Frequency ad groups are booked through /adgroup/rf/create/ (allowlist, reservation).
  if (objective === 'RF_REACH')
    throw new ApiFailure(40002, 'campaign_id: Reach & Frequency ad groups cannot be created here; use /adgroup/rf/create/.')
  // Enum values: [SDK] smart_plus_adgroup_create.yml ExternalType (all is_valid).
  const promotion = oneOf(p, 'promotion_type', PROMOTION_TYPES)
  if (!WITHOUT_PROMOTION_TYPE.has(objective) && !promotion) throw missing('promotion_type')
  if (objective === 'APP_PROMOTION' && isBlank(p.app_id)) throw missing('app_id')
  // Enum values: [SDK] smart_plus_adgroup_create.yml PromotionTargetType, is_valid values other than UNSET.
  const target = oneOf(p, 'promotion_target_type', PROMOTION_TARGET_TYPES)
  if (objective === 'LEAD_GENERATION' && !target) throw missing('promotion_target_type')
  // [SDK] smart_plus_adgroup_create.yml; notes §3: PAGE_VISIT is an ENGAGEMENT goal only.
  if (p.optimization_goal === 'PAGE_VISIT' && objective !== 'ENGAGEMENT')
    throw paramError('optimization_goal', 'PAGE_VISIT is available for ENGAGEMENT campaigns only.')
}
