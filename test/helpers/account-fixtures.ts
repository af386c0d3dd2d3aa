import { emptyEntitySet } from '#shared/domain/entity-kinds'
import type { Ad, AdGroup, Campaign } from '#shared/domain/entities'
import { openTargeting } from '#shared/domain/entities'
import { apiTimeAfter } from './clock'

/** Structurally valid entities for store tests; names default to something readable. */
export const ADVERTISER = '7301000000000000009'

export const campaign = (id: string, fields: Partial<Campaign> = {}): Campaign => ({
  advertiser_id: ADVERTISER,
  campaign_id: id,
  campaign_name: `Campaign ${id}`,
  objective_type: 'TRAFFIC',
  budget_mode: 'BUDGET_MODE_DAY',
  budget: 100,
  operation_status: 'ENABLE',
  ...fields,
})

export const adgroup = (id: string, campaignId: string, fields: Partial<AdGroup> = {}): AdGroup => ({
  advertiser_id: ADVERTISER,
  campaign_id: campaignId,
  adgroup_id: id,
  adgroup_name: `Ad group ${id}`,
  operation_status: 'ENABLE',
  placement_type: 'PLACEMENT_TYPE_AUTOMATIC',
  placements: [],
  location_ids: ['6252001'],
  age_groups: ['AGE_18_24'],
  ...openTargeting(),
  budget_mode: 'BUDGET_MODE_DAY',
  budget: 50,
  schedule_type: 'SCHEDULE_FROM_NOW',
  schedule_start_time: apiTimeAfter(8),
  promotion_type: 'WEBSITE',
  optimization_goal: 'CLICK',
  billing_event: 'CPC',
  bid_type: 'BID_TYPE_NO_BID',
  pacing: 'PACING_MODE_SMOOTH',
  ...fields,
})

export const ad = (id: string, adgroupId: string, fields: Partial<Ad> = {}): Ad => ({
  advertiser_id: ADVERTISER,
  adgroup_id: adgroupId,
  ad_id: id,
  ad_name: `Ad ${id}`,
  operation_status: 'ENABLE',
  ad_format: 'SINGLE_VIDEO',
  ad_text: 'Gear up for the trail',
  call_to_action: 'LEARN_MORE',
  identity_type: 'CUSTOMIZED_USER',
  video_id: 'v1',
  image_ids: [],
  ...fields,
})

/** A small downloaded account: 2 campaigns, 2 ad groups each, 2 ads per ad group. */
export function smallDownload() {
  const campaigns = ['100', '200'].map((id) => campaign(id))
  const adgroups = campaigns.flatMap((c) => [1, 2].map((n) => adgroup(`${c.campaign_id}${n}`, c.campaign_id)))
  const ads = adgroups.flatMap((g) => [1, 2].map((n) => ad(`${g.adgroup_id}${n}`, g.adgroup_id)))
  return { ...emptyEntitySet(), campaigns, adgroups, ads }
}
