/**
 * What TikTok needs to know about the thing an ad group promotes, per objective:
 * `promotion_type` on the ad group for every objective but REACH, VIDEO_VIEWS and
 * ENGAGEMENT, plus `app_promotion_type` (campaign) and `app_id` (ad group) for
 * APP_PROMOTION and `promotion_target_type` for LEAD_GENERATION.
 * Source: [SDK] tiktok-business-api-sdk adgroup_create_body.py, campaign_create_body.py;
 * [BUB] model/adgroup/create.go; notes tiktok-api-2026.md §3.
 */
import type { AppPromotionType, ObjectiveType, PromotionTargetType, PromotionType } from './enums'

export const PROMOTION_SOURCE = 'TikTok Marketing API v1.3 /adgroup/create/ and /campaign/create/ (tiktok-business-api-sdk adgroup_create_body.py)'

/** Objectives whose ad groups are created without a promotion_type. */
const NO_PROMOTION_TYPE: ReadonlySet<ObjectiveType> = new Set(['REACH', 'VIDEO_VIEWS', 'ENGAGEMENT', 'RF_REACH'])

export const needsPromotionType = (objective: ObjectiveType): boolean => !NO_PROMOTION_TYPE.has(objective)
export const needsAppFields = (objective: ObjectiveType): boolean => objective === 'APP_PROMOTION'
export const needsPromotionTarget = (objective: ObjectiveType): boolean => objective === 'LEAD_GENERATION'

/**
 * What a new ad group promotes by default: a website unless the objective is
 * about an app or an instant form. The app platform and the app itself are the
 * buyer's choice (validation asks for the app id).
 */
const DEFAULT_PROMOTION: Partial<Record<ObjectiveType, PromotionType>> = {
  TRAFFIC: 'WEBSITE',
  WEB_CONVERSIONS: 'WEBSITE',
  PRODUCT_SALES: 'WEBSITE',
  APP_PROMOTION: 'APP_ANDROID',
  LEAD_GENERATION: 'LEAD_GENERATION',
}

export interface AdGroupPromotion {
  promotion_type?: PromotionType
  promotion_target_type?: PromotionTargetType
}

/** The promotion fields a new ad group under `objective` starts with (none for objectives that take none). */
export function defaultPromotion(objective: ObjectiveType): AdGroupPromotion {
  const promotion_type = DEFAULT_PROMOTION[objective]
  if (!promotion_type) return {}
  return needsPromotionTarget(objective) ? { promotion_type, promotion_target_type: 'INSTANT_PAGE' } : { promotion_type }
}

/** App campaigns install unless the buyer says otherwise (retargeting needs an audience of existing users). */
export const defaultAppPromotionType = (objective: ObjectiveType): AppPromotionType | undefined =>
  needsAppFields(objective) ? 'APP_INSTALL' : undefined
