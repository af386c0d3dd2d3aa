/**
 * New drafts with the values a buyer would pick most often in TikTok Ads
 * Manager, so a fresh entity needs only a name, a market and a creative before
 * it can be posted. Ids are passed in: the renderer makes `local-<uuid>` ids.
 */
import type { Ad, AdGroup, Campaign } from './entities'
import { openTargeting } from './entities'
import type { BillingEvent, ObjectiveType, OptimizationGoal } from './enums'
import { defaultPromotion } from './promotion'
import { identityFields, isSparkIdentity, placesOnTikTok, type CachedIdentity } from './identities'

/** The optimization goal TikTok suggests first for each objective. */
const GOAL_FOR_OBJECTIVE: Record<ObjectiveType, OptimizationGoal> = {
  REACH: 'REACH',
  TRAFFIC: 'CLICK',
  VIDEO_VIEWS: 'ENGAGED_VIEW',
  ENGAGEMENT: 'FOLLOWERS',
  APP_PROMOTION: 'INSTALL',
  LEAD_GENERATION: 'LEAD_GENERATION',
  WEB_CONVERSIONS: 'CONVERT',
  PRODUCT_SALES: 'CONVERT',
  RF_REACH: 'REACH',
}

/** Click and view goals bill per click/view; conversion-style goals bill as oCPM. */
export function billingEventFor(goal: OptimizationGoal): BillingEvent {
  if (goal === 'CLICK') return 'CPC'
  if (goal === 'REACH' || goal === 'SHOW') return 'CPM'
  if (goal === 'ENGAGED_VIEW') return 'CPV'
  return 'OCPM'
}

export const goalFor = (objective: ObjectiveType): OptimizationGoal => GOAL_FOR_OBJECTIVE[objective]

/** `YYYY-MM-DD HH:MM:SS` in UTC+0, the format the API takes for schedules. */
export function toApiTime(date: Date): string {
  return date.toISOString().slice(0, 19).replace('T', ' ')
}

/** Drafts start at the next whole hour: a clean time that is not already past while the buyer edits. */
export function nextWholeHour(now: Date): Date {
  const d = new Date(now)
  d.setUTCMinutes(0, 0, 0)
  d.setUTCHours(d.getUTCHours() + 1)
  return d
}

export function newCampaign(advertiserId: string, id: string): Campaign {
  return {
    advertiser_id: advertiserId,
    campaign_id: id,
    campaign_name: 'New campaign',
    objective_type: 'TRAFFIC',
    budget_mode: 'BUDGET_MODE_DAY',
    // TikTok's campaign daily minimum is above $50; start comfortably over it.
    budget: 100,
    operation_status: 'ENABLE',
    campaign_type: 'REGULAR_CAMPAIGN',
    special_industries: [],
    budget_optimize_on: false,
  }
}

export function newAdGroup(campaign: Campaign, id: string, now: Date): AdGroup {
  const goal = goalFor(campaign.objective_type)
  // With campaign budget optimisation the ad group has no budget of its own.
  const budget = campaign.budget_optimize_on ? { budget_mode: campaign.budget_mode } : { budget_mode: 'BUDGET_MODE_DAY' as const, budget: 50 }
  return {
    advertiser_id: campaign.advertiser_id,
    campaign_id: campaign.campaign_id,
    adgroup_id: id,
    adgroup_name: 'New ad group',
    operation_status: 'ENABLE',
    // TikTok-only placement works with every objective and with behaviour targeting.
    placement_type: 'PLACEMENT_TYPE_NORMAL',
    placements: ['PLACEMENT_TIKTOK'],
    // No location on purpose: the buyer must choose the market (validation asks for it).
    location_ids: [],
    // Adults only: 13–17 is restricted in the US, EEA, UK and more.
    age_groups: ['AGE_18_24', 'AGE_25_34', 'AGE_35_44', 'AGE_45_54', 'AGE_55_100'],
    ...openTargeting(),
    ...budget,
    schedule_type: 'SCHEDULE_FROM_NOW',
    schedule_start_time: toApiTime(nextWholeHour(now)),
    // What TikTok requires for this objective; an app id stays the buyer's to fill in.
    ...defaultPromotion(campaign.objective_type),
    optimization_goal: goal,
    billing_event: billingEventFor(goal),
    bid_type: 'BID_TYPE_NO_BID',
    pacing: 'PACING_MODE_SMOOTH',
  }
}

/**
 * A new ad. On TikTok placements it posts as `spark` (a cached Spark identity,
 * identities.ts) when there is one: TikTok refuses new Custom Identity ads there
 * since 2026 (notes tiktok-api-2026.md §1). Without one it starts as a Custom
 * Identity, which validation flags with what to do.
 */
export function newAd(adgroup: AdGroup, id: string, spark?: CachedIdentity): Ad {
  const identity = spark && isSparkIdentity(spark.identity_type) && placesOnTikTok(adgroup) ? identityFields(spark) : null
  const ad: Ad = {
    advertiser_id: adgroup.advertiser_id,
    adgroup_id: adgroup.adgroup_id,
    ad_id: id,
    ad_name: 'New ad',
    operation_status: 'ENABLE',
    ad_format: 'SINGLE_VIDEO',
    ad_text: '',
    call_to_action: 'LEARN_MORE',
    identity_type: 'CUSTOMIZED_USER',
    image_ids: [],
  }
  return identity ? { ...ad, ...identity } : ad
}
