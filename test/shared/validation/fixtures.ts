import type { Ad, AdGroup, Campaign } from '#shared/domain/entities'
import { openTargeting } from '#shared/domain/entities'
import type { Problem } from '#shared/domain/problems'
import { createGeoLookup, type ValidationContext } from '#shared/domain/validation/index'
import { apiTimeAfter, TEST_NOW } from '#test/helpers/clock'

/** A small geo tree: US ⊃ California ⊃ Los Angeles County ⊃ Los Angeles; Japan ⊃ Tokyo. */
export const geo = createGeoLookup({
  '5332921': '6252001',
  '5368381': '5332921',
  '5368361': '5368381',
  '1850144': '1861060',
})

export const NOW = TEST_NOW
/** Where the fixture ad group starts: eight days after the test's now, at midnight UTC. */
export const START = apiTimeAfter(8)

export const ctx = (over: Partial<ValidationContext> = {}): ValidationContext => ({ currency: 'USD', now: NOW, geo, ...over })

export const campaign = (over: Partial<Campaign> = {}): Campaign => ({
  advertiser_id: '7301000000000000001',
  campaign_id: '1001',
  campaign_name: 'Spring sale',
  objective_type: 'TRAFFIC',
  budget_mode: 'BUDGET_MODE_DAY',
  budget: 100,
  operation_status: 'ENABLE',
  ...over,
})

export const adgroup = (over: Partial<AdGroup> = {}): AdGroup => ({
  advertiser_id: '7301000000000000001',
  campaign_id: '1001',
  adgroup_id: '2001',
  adgroup_name: 'Spring JP 18-34',
  operation_status: 'ENABLE',
  placement_type: 'PLACEMENT_TYPE_NORMAL',
  placements: ['PLACEMENT_TIKTOK'],
  location_ids: ['1861060'],
  age_groups: ['AGE_18_24', 'AGE_25_34'],
  ...openTargeting(),
  budget_mode: 'BUDGET_MODE_DAY',
  budget: 30,
  schedule_type: 'SCHEDULE_FROM_NOW',
  schedule_start_time: START,
  promotion_type: 'WEBSITE',
  optimization_goal: 'CLICK',
  billing_event: 'CPC',
  bid_type: 'BID_TYPE_NO_BID',
  pacing: 'PACING_MODE_SMOOTH',
  ...over,
})

export const ad = (over: Partial<Ad> = {}): Ad => ({
  advertiser_id: '7301000000000000001',
  adgroup_id: '2001',
  ad_id: '3001',
  ad_name: 'Trail shoes 15s',
  operation_status: 'ENABLE',
  ad_format: 'SINGLE_VIDEO',
  ad_text: 'Light trail shoes for long days out.',
  call_to_action: 'SHOP_NOW',
  landing_page_url: 'https://example.com/trail',
  identity_type: 'CUSTOMIZED_USER',
  display_name: 'Northwind',
  video_id: 'v09044g40000abc',
  image_ids: [],
  ...over,
})

export const ruleIds = (problems: Problem[]) => problems.map((p) => p.ruleId)
export const errorsOf = (problems: Problem[]) => problems.filter((p) => p.severity === 'error').map((p) => p.ruleId)
