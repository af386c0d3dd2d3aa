import type { SmartPlusAd, SmartPlusAdGroup, SmartPlusCampaign } from '#shared/domain/smart-plus/index'
import type { SmartPlusValidationContext } from '#shared/domain/smart-plus/validation/index'
import type { Problem } from '#shared/domain/problems'
import { apiTimeAfter } from '#test/helpers/clock'
import { ctx as manualCtx } from '#test/shared/validation/fixtures'

const ADVERTISER = '7301000000000000001'

export const spCampaign = (over: Partial<SmartPlusCampaign> = {}): SmartPlusCampaign => ({
  advertiser_id: ADVERTISER,
  campaign_id: 'local-c1',
  campaign_automation_type: 'UPGRADED_SMART_PLUS',
  campaign_name: 'Winter sale Smart+',
  objective_type: 'WEB_CONVERSIONS',
  budget_optimize_on: true,
  budget_mode: 'BUDGET_MODE_DYNAMIC_DAILY_BUDGET',
  budget: 200,
  sales_destination: 'WEBSITE',
  operation_status: 'ENABLE',
  ...over,
})

export const spAdGroup = (over: Partial<SmartPlusAdGroup> = {}): SmartPlusAdGroup => ({
  advertiser_id: ADVERTISER,
  campaign_id: 'local-c1',
  adgroup_id: 'local-g1',
  campaign_automation_type: 'UPGRADED_SMART_PLUS',
  adgroup_name: 'US automatic',
  operation_status: 'ENABLE',
  promotion_type: 'WEBSITE',
  targeting_optimization_mode: 'AUTOMATIC',
  targeting_spec: { location_ids: ['6252001'], spc_audience_age: 'OVER_EIGHTEEN' },
  schedule_type: 'SCHEDULE_FROM_NOW',
  schedule_start_time: apiTimeAfter(2),
  optimization_goal: 'CONVERT',
  optimization_event: 'SHOPPING',
  pixel_id: '7302000000000000001',
  billing_event: 'OCPM',
  bid_type: 'BID_TYPE_NO_BID',
  ...over,
})

export const spAd = (over: Partial<SmartPlusAd> = {}): SmartPlusAd => ({
  advertiser_id: ADVERTISER,
  adgroup_id: 'local-g1',
  smart_plus_ad_id: 'local-a1',
  ad_name: 'Winter creatives',
  operation_status: 'ENABLE',
  creative_list: [
    { creative_info: { ad_format: 'SINGLE_VIDEO', video_info: { video_id: 'v1' }, identity_type: 'TT_USER', identity_id: 'id-1' } },
    { creative_info: { ad_format: 'SINGLE_VIDEO', video_info: { video_id: 'v2' }, identity_type: 'TT_USER', identity_id: 'id-1' } },
  ],
  ad_text_list: [{ ad_text: 'Warm coats, cold prices.' }, { ad_text: 'Winter sale: up to 40% off.' }],
  call_to_action_list: [{ call_to_action: 'SHOP_NOW' }],
  landing_page_url_list: [{ landing_page_url: 'https://example.com/winter' }],
  ...over,
})

export const spCtx = (over: Partial<SmartPlusValidationContext> = {}): SmartPlusValidationContext => ({ ...manualCtx(), ...over })

/** A `posted` lookup holding these objects, as the last download would. */
export function postedOf(objects: {
  campaigns?: SmartPlusCampaign[]
  adgroups?: SmartPlusAdGroup[]
  ads?: SmartPlusAd[]
}): SmartPlusValidationContext['posted'] {
  return {
    campaign: (id) => objects.campaigns?.find((c) => c.campaign_id === id),
    adgroup: (id) => objects.adgroups?.find((g) => g.adgroup_id === id),
    ad: (id) => objects.ads?.find((a) => a.smart_plus_ad_id === id),
  }
}

export const ids = (problems: Problem[]) => problems.map((p) => p.ruleId)
export const only = (problems: Problem[], ruleId: string) => problems.filter((p) => p.ruleId === ruleId)
