/**
 * The demo advertiser's starting account: three campaigns in the three markets,
 * two ad groups each, two ads per ad group, and pixels. Created "45 days ago" so
 * reports have history.
 */
import { DEMO_ADVERTISERS } from '#shared/domain/demo-account'
import { apiTime, type SandboxState, type StoredObject } from './sandbox-state'
import { openTargeting } from '#shared/domain/entities'

export const DEMO_ADVERTISER_ID = DEMO_ADVERTISERS[0]!.advertiser_id
const HISTORY_DAYS = 45

const TARGETING_DEFAULTS = {
  placement_type: 'PLACEMENT_TYPE_NORMAL',
  ...openTargeting(),
}

interface PlanGroup {
  name: string
  locations: string[]
  ages: string[]
  budget: number
  placements: string[]
  interests: string[]
}
const PLAN: Array<{ name: string; objective: string; budget: number; groups: PlanGroup[] }> = [
  {
    name: 'Spring Hiking Launch — US',
    objective: 'WEB_CONVERSIONS',
    budget: 600,
    groups: [
      {
        name: 'US hikers 25–44',
        locations: ['6252001'],
        ages: ['AGE_25_34', 'AGE_35_44'],
        budget: 150,
        placements: ['PLACEMENT_TIKTOK'],
        interests: ['50005'],
      },
      {
        name: 'California & Texas campers',
        locations: ['5332921', '4736286'],
        ages: ['AGE_18_24', 'AGE_25_34'],
        budget: 80,
        placements: ['PLACEMENT_TIKTOK'],
        interests: ['50005', '10005'],
      },
    ],
  },
  {
    name: 'Trail Running — EU',
    objective: 'WEB_CONVERSIONS',
    budget: 400,
    groups: [
      {
        name: 'DACH runners',
        locations: ['2921044'],
        ages: ['AGE_25_34', 'AGE_35_44', 'AGE_45_54'],
        budget: 90,
        placements: ['PLACEMENT_TIKTOK'],
        interests: ['50004'],
      },
      {
        name: 'FR ES IT outdoor',
        locations: ['3017382', '2510769', '3175395'],
        ages: ['AGE_18_24', 'AGE_25_34'],
        budget: 70,
        placements: ['PLACEMENT_TIKTOK'],
        interests: ['500'],
      },
    ],
  },
  {
    name: 'Camping Gear — Japan & SEA test',
    objective: 'WEB_CONVERSIONS',
    budget: 300,
    groups: [
      {
        name: 'Japan campers',
        locations: ['1861060'],
        ages: ['AGE_18_24', 'AGE_25_34', 'AGE_35_44'],
        budget: 60,
        placements: ['PLACEMENT_TIKTOK', 'PLACEMENT_PANGLE'],
        interests: ['50005'],
      },
      {
        name: 'SEA adventure',
        locations: ['1605651', '1562822', '1694008'],
        ages: ['AGE_13_17', 'AGE_18_24'],
        budget: 40,
        placements: ['PLACEMENT_TIKTOK', 'PLACEMENT_PANGLE'],
        interests: ['600'],
      },
    ],
  },
]

/** How a seeded ad group delivers: daily budget from its start, optimising purchases on the shop's pixel. */
export function webSalesDelivery(created: string, pixelId: string | undefined) {
  return {
    budget_mode: 'BUDGET_MODE_DAY',
    schedule_type: 'SCHEDULE_FROM_NOW',
    schedule_start_time: created,
    // Web conversions on the shop's site: TikTok stores what each ad group promotes (notes tiktok-api-2026.md §3).
    promotion_type: 'WEBSITE',
    optimization_goal: 'CONVERT',
    billing_event: 'OCPM',
    bid_type: 'BID_TYPE_NO_BID',
    pacing: 'PACING_MODE_SMOOTH',
    pixel_id: pixelId,
    optimization_event: 'SHOPPING',
    secondary_status: 'ADGROUP_STATUS_DELIVERY_OK',
  }
}

export function seedDemoAccount(state: SandboxState, now: number) {
  const advertiser_id = DEMO_ADVERTISER_ID
  const created = apiTime(now - HISTORY_DAYS * 86_400_000)
  const stamp = { advertiser_id, create_time: created, modify_time: created, operation_status: 'ENABLE' }
  const pixelIds = ['Northwind web pixel', 'Northwind shop checkout', 'Staging site (no traffic)'].map((name, i) => {
    const pixel_id = state.nextId('pixel')
    state.data.pixels.push({
      advertiser_id,
      pixel_id,
      pixel_code: `CNW${String(i + 1).padStart(3, '0')}DEMO${pixel_id.slice(-6)}`,
      pixel_name: name,
      create_time: created,
      events: [
        { event_type: 'ViewContent', optimization_event: 'ON_WEB_DETAIL', event_code: 'ViewContent', statistic_type: 'EVERY_TIME' },
        { event_type: 'AddToCart', optimization_event: 'ON_WEB_CART', event_code: 'AddToCart', statistic_type: 'EVERY_TIME' },
        { event_type: 'Purchase', optimization_event: 'SHOPPING', event_code: 'CompletePayment', statistic_type: 'EVERY_TIME' },
      ],
    })
    return pixel_id
  })

  for (const plan of PLAN) {
    const campaign: StoredObject = {
      ...stamp,
      campaign_id: state.nextId('campaign'),
      campaign_name: plan.name,
      objective_type: plan.objective,
      budget_mode: 'BUDGET_MODE_DAY',
      budget: plan.budget,
      secondary_status: 'CAMPAIGN_STATUS_ENABLE',
    }
    state.put('campaign', campaign)
    for (const g of plan.groups) {
      const adgroup: StoredObject = {
        ...stamp,
        ...TARGETING_DEFAULTS,
        campaign_id: campaign.campaign_id,
        adgroup_id: state.nextId('adgroup'),
        adgroup_name: g.name,
        placements: g.placements,
        location_ids: g.locations,
        age_groups: g.ages,
        interest_category_ids: g.interests,
        budget: g.budget,
        ...webSalesDelivery(created, pixelIds[0]),
      }
      state.put('adgroup', adgroup)
      for (const variant of ['Trail video', 'Gear close-up']) {
        state.put('ad', {
          ...stamp,
          campaign_id: campaign.campaign_id,
          adgroup_id: adgroup.adgroup_id,
          ad_id: state.nextId('ad'),
          ad_name: `${g.name} — ${variant}`,
          ad_format: 'SINGLE_VIDEO',
          ad_text: 'Gear up for the trail. Free returns on all Northwind packs.',
          call_to_action: 'SHOP_NOW',
          landing_page_url: 'https://example.com/northwind/spring',
          display_name: 'Northwind Outdoor',
          identity_type: 'CUSTOMIZED_USER',
          video_id: `v10033g50000demo${variant === 'Trail video' ? '1' : '2'}`,
          image_ids: [],
          secondary_status: 'AD_STATUS_DELIVERY_OK',
        })
      }
    }
  }
}
