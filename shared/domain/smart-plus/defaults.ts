/**
 * New Upgraded Smart+ drafts with TikTok's defaults (notes tiktok-api-2026.md §2): CBO on with a dynamic daily
 * budget, AUTOMATIC targeting with an adult age floor, the goal and billing that fit the objective. What only the
 * buyer can know — the market, the pixel, the creatives, the landing page — is left empty for validation to ask.
 */
import { nextWholeHour, toApiTime } from '../defaults'
import type { SmartPlusAd } from './ad-schema'
import type { SmartPlusAdGroup } from './adgroup-schema'
import { billingEventFor, budgetModesFor } from './budget-modes'
import { cboOn, type SmartPlusCampaign } from './campaign-schema'
import { SMART_PLUS_AUTOMATION_TYPE } from './common'

type Objective = SmartPlusCampaign['objective_type']

/** The promotion type and goal TikTok suggests first for each Smart+ objective ([SDK] smart_plus_adgroup_create.yml). */
const FOR_OBJECTIVE: Record<Objective, Pick<SmartPlusAdGroup, 'promotion_type' | 'optimization_goal'>> = {
  WEB_CONVERSIONS: { promotion_type: 'WEBSITE', optimization_goal: 'CONVERT' },
  APP_PROMOTION: { promotion_type: 'APP_ANDROID', optimization_goal: 'INSTALL' },
  LEAD_GENERATION: { promotion_type: 'LEAD_GENERATION', optimization_goal: 'LEAD_GENERATION' },
}

/** Objective-specific campaign fields: where web conversions happen, what an app campaign promotes. */
export function objectiveFields(objective: Objective): Pick<SmartPlusCampaign, 'sales_destination' | 'app_promotion_type'> {
  if (objective === 'WEB_CONVERSIONS') return { sales_destination: 'WEBSITE' }
  if (objective === 'APP_PROMOTION') return { app_promotion_type: 'APP_INSTALL' }
  return {}
}

export function newSmartPlusCampaign(advertiserId: string, id: string, objective: Objective = 'WEB_CONVERSIONS'): SmartPlusCampaign {
  return {
    advertiser_id: advertiserId,
    campaign_id: id,
    campaign_automation_type: SMART_PLUS_AUTOMATION_TYPE,
    campaign_name: 'New Smart+ campaign',
    objective_type: objective,
    budget_optimize_on: true,
    budget_mode: budgetModesFor(true).default,
    // Above TikTok's campaign daily minimum, as for manual drafts.
    budget: 100,
    operation_status: 'ENABLE',
    ...objectiveFields(objective),
  }
}

/** The ad group's own budget fields: none under CBO (the campaign holds it), a daily budget otherwise. */
export const adgroupBudgetFor = (campaign: SmartPlusCampaign): Pick<SmartPlusAdGroup, 'budget_mode' | 'budget'> =>
  cboOn(campaign) ? {} : { budget_mode: 'BUDGET_MODE_DAY', budget: 50 }

export function newSmartPlusAdGroup(campaign: SmartPlusCampaign, id: string, now: Date): SmartPlusAdGroup {
  const { promotion_type, optimization_goal } = FOR_OBJECTIVE[campaign.objective_type]
  return {
    advertiser_id: campaign.advertiser_id,
    campaign_id: campaign.campaign_id,
    adgroup_id: id,
    campaign_automation_type: SMART_PLUS_AUTOMATION_TYPE,
    adgroup_name: 'New Smart+ ad group',
    operation_status: 'ENABLE',
    promotion_type,
    targeting_optimization_mode: 'AUTOMATIC',
    // No location on purpose: the buyer chooses the market. Adults only, TikTok's AUTOMATIC age floor.
    targeting_spec: { location_ids: [], spc_audience_age: 'OVER_EIGHTEEN' },
    ...adgroupBudgetFor(campaign),
    schedule_type: 'SCHEDULE_FROM_NOW',
    schedule_start_time: toApiTime(nextWholeHour(now)),
    optimization_goal,
    billing_event: billingEventFor(optimization_goal),
    bid_type: 'BID_TYPE_NO_BID',
  }
}

export function newSmartPlusAd(adgroup: SmartPlusAdGroup, id: string): SmartPlusAd {
  return {
    advertiser_id: adgroup.advertiser_id,
    adgroup_id: adgroup.adgroup_id,
    smart_plus_ad_id: id,
    ad_name: 'New Smart+ ad',
    operation_status: 'ENABLE',
    creative_list: [],
    ad_text_list: [],
    call_to_action_list: [{ call_to_action: 'LEARN_MORE' }],
    landing_page_url_list: [],
  }
}
