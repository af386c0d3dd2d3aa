/** Create bodies for the TikTok client, free of vitest so benchmarks can use them too. */
import type { AdGroupCreate } from '#backend/tiktok-api/entity-endpoints'
import { openTargeting } from '#shared/domain/entities'
import { apiTimeAfter } from './clock'

export const adGroupFields = (campaignId: string, overrides: Partial<AdGroupCreate> = {}): AdGroupCreate => ({
  campaign_id: campaignId,
  adgroup_name: 'Test ad group',
  placement_type: 'PLACEMENT_TYPE_NORMAL',
  placements: ['PLACEMENT_TIKTOK'],
  location_ids: ['6252001'],
  age_groups: ['AGE_18_24', 'AGE_25_34'],
  ...openTargeting(),
  budget_mode: 'BUDGET_MODE_DAY',
  budget: 50,
  schedule_type: 'SCHEDULE_FROM_NOW',
  schedule_start_time: apiTimeAfter(-22),
  promotion_type: 'WEBSITE',
  optimization_goal: 'CLICK',
  billing_event: 'CPC',
  bid_type: 'BID_TYPE_NO_BID',
  pacing: 'PACING_MODE_SMOOTH',
  ...overrides,
})
