/**
 * What TikTok needs to know about what is promoted (promotion.ts), which
 * objectives Adwright cannot draft (Reach & Frequency) and which goals belong to
 * one objective only. The promotion fields are fixed when TikTok creates the
 * object, so they are asked of drafts not yet posted: a downloaded object has
 * them on TikTok even when a store written by an older build lacks them.
 */
import { isLocalId, type AdGroup, type Campaign } from '../entities'
import { needsAppFields, needsPromotionTarget, needsPromotionType, PROMOTION_SOURCE } from '../promotion'
import type { Reporter } from './report'

/** [DOC index] notes tiktok-api-2026.md §3: RF ad groups are booked through /adgroup/rf/create/, on an allowlist. */
const RF_SOURCE = 'TikTok Marketing API v1.3 /adgroup/rf/create/ (Reach & Frequency reservations)'
/** [SDK] smart_plus_adgroup_create.yml; notes tiktok-api-2026.md §3. */
const PAGE_VISIT_SOURCE = 'TikTok Marketing API v1.3 optimization_goal PAGE_VISIT (tiktok-business-api-sdk smart_plus_adgroup_create.yml)'

export function checkCampaignDrafting(report: Reporter, campaign: Campaign): void {
  if (!isLocalId(campaign.campaign_id)) return
  if (campaign.objective_type === 'RF_REACH')
    report.error(
      'campaign.objective.rf-reach-unsupported',
      'objective_type',
      'Reach & Frequency campaigns are booked through TikTok’s reservation flow (/adgroup/rf/create/), which Adwright does not support. Choose Reach, or book it in TikTok Ads Manager.',
      RF_SOURCE,
    )
  if (needsAppFields(campaign.objective_type) && !campaign.app_promotion_type)
    report.error(
      'campaign.app-promotion-type.required',
      'app_promotion_type',
      'app promotion campaigns need an app promotion type: choose App install, App retargeting or App preregistration.',
      PROMOTION_SOURCE,
    )
}

export function checkAdGroupPromotion(report: Reporter, ag: AdGroup, campaign: Campaign): void {
  const objective = campaign.objective_type
  if (ag.optimization_goal === 'PAGE_VISIT' && objective !== 'ENGAGEMENT')
    report.error(
      'adgroup.optimization-goal.page-visit',
      'optimization_goal',
      'page visits can be optimised for in engagement campaigns only. Choose another goal, or move the ad group.',
      PAGE_VISIT_SOURCE,
    )
  if (!isLocalId(ag.adgroup_id)) return
  if (objective === 'RF_REACH')
    report.error(
      'adgroup.campaign.rf-reach',
      'campaign_id',
      'its campaign is Reach & Frequency, whose ad groups are booked through TikTok’s reservation flow (/adgroup/rf/create/), which Adwright does not support. Draft it under another campaign.',
      RF_SOURCE,
    )
  if (needsPromotionType(objective) && !ag.promotion_type)
    report.error(
      'adgroup.promotion-type.required',
      'promotion_type',
      'TikTok needs to know what this ad group promotes for this objective: choose a promotion type (e.g. Website).',
      PROMOTION_SOURCE,
    )
  if (needsAppFields(objective) && !ag.app_id)
    report.error('adgroup.app-id.required', 'app_id', 'app promotion needs the app: enter its app id from TikTok’s app management.', PROMOTION_SOURCE)
  if (needsPromotionTarget(objective) && !ag.promotion_target_type)
    report.error(
      'adgroup.promotion-target.required',
      'promotion_target_type',
      'lead generation needs to know where leads are collected: choose Instant form or Website.',
      PROMOTION_SOURCE,
    )
}
