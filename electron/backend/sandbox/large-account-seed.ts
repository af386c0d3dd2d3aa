/**
 * An account large enough to exceed the synchronous report's cap (20,000 ads, notes tiktok-api.md §4): campaigns of
 * 50 ad groups with 20 ads each, all delivering on TikTok in the US from three days ago, added to the demo
 * advertiser. Small per-ad budgets keep every report's figures in the range a real account of this size has. The
 * split into ad groups is the sandbox's choice; TikTok's per-ad-group ad limit for manual ads is not in the notes.
 */
import { DEMO_ADVERTISER_ID, webSalesDelivery } from './demo-seed'
import { apiTime, type SandboxState, type StoredObject } from './sandbox-state'
import { openTargeting } from '#shared/domain/entities'

const ADS_PER_GROUP = 20
const GROUPS_PER_CAMPAIGN = 50
const HISTORY_DAYS = 3

export function seedLargeAccount(state: SandboxState, now: number, ads: number) {
  const created = apiTime(now - HISTORY_DAYS * 86_400_000)
  const stamp = { advertiser_id: DEMO_ADVERTISER_ID, create_time: created, modify_time: created, operation_status: 'ENABLE' }
  const pixel = state.data.pixels.find((p) => p.advertiser_id === DEMO_ADVERTISER_ID)?.pixel_id
  let campaign: StoredObject | null = null
  let group: StoredObject | null = null
  for (let i = 0; i < ads; i++) {
    if (i % (ADS_PER_GROUP * GROUPS_PER_CAMPAIGN) === 0) {
      campaign = {
        ...stamp,
        campaign_id: state.nextId('campaign'),
        campaign_name: `Catalog sweep ${i / (ADS_PER_GROUP * GROUPS_PER_CAMPAIGN) + 1}`,
        objective_type: 'WEB_CONVERSIONS',
        budget_mode: 'BUDGET_MODE_INFINITE',
        secondary_status: 'CAMPAIGN_STATUS_ENABLE',
      }
      state.put('campaign', campaign)
    }
    if (i % ADS_PER_GROUP === 0) {
      group = {
        ...stamp,
        placement_type: 'PLACEMENT_TYPE_NORMAL',
        ...openTargeting(),
        campaign_id: campaign!.campaign_id,
        adgroup_id: state.nextId('adgroup'),
        adgroup_name: `Products ${i + 1}–${i + ADS_PER_GROUP}`,
        placements: ['PLACEMENT_TIKTOK'],
        location_ids: ['6252001'],
        budget: 50,
        ...webSalesDelivery(created, pixel),
      }
      state.put('adgroup', group)
    }
    state.put('ad', {
      ...stamp,
      campaign_id: campaign!.campaign_id,
      adgroup_id: group!.adgroup_id,
      ad_id: state.nextId('ad'),
      ad_name: `Product ${i + 1}`,
      ad_format: 'SINGLE_VIDEO',
      ad_text: 'Northwind gear, shipped free.',
      call_to_action: 'SHOP_NOW',
      landing_page_url: `https://example.com/northwind/p/${i + 1}`,
      display_name: 'Northwind Outdoor',
      identity_type: 'CUSTOMIZED_USER',
      video_id: 'v10033g50000demo1',
      image_ids: [],
      secondary_status: 'AD_STATUS_DELIVERY_OK',
    })
  }
}
