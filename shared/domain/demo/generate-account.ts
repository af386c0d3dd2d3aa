/**
 * Large, valid, reproducible accounts for benchmarks and property tests. The
 * same options always give the same account (seeded PRNG, no clock).
 */
import type { Ad, AdGroup, Campaign } from '../entities'
import { emptyEntitySet } from '../entity-kinds'
import type { AgeGroup, ObjectiveType } from '../enums'
import { DAY_MS, formatScheduleTime } from '../validation/schedule-time'
import { ESTIMATED_MARKETS } from '#shared/markets/markets'
import { DELIVERY, DEMO_PIXEL_ID, demoCampaignPromotion, demoPromotion, type DemoAccount } from './demo-account'
import { DEMO_LOCATIONS } from './markets'
import { pick, seededRandom, serverId } from './prng'

export interface GenerateOptions {
  advertiserId: string
  campaigns: number
  adgroupsPerCampaign: number
  adsPerAdgroup: number
  seed: number
}

/** RF_REACH is left out: it needs a reservation that a generated account cannot have. */
const OBJECTIVES: readonly ObjectiveType[] = [
  'REACH',
  'TRAFFIC',
  'VIDEO_VIEWS',
  'ENGAGEMENT',
  'APP_PROMOTION',
  'LEAD_GENERATION',
  'WEB_CONVERSIONS',
  'PRODUCT_SALES',
]
const AGES: readonly AgeGroup[][] = [
  ['AGE_18_24', 'AGE_25_34'],
  ['AGE_25_34', 'AGE_35_44'],
  ['AGE_18_24', 'AGE_25_34', 'AGE_35_44', 'AGE_45_54'],
]
/** Schedules start from a fixed day so that the output does not depend on when it runs. */
const BASE_DAY = Date.UTC(2026, 0, 5)
const money = (n: number) => Math.round(n * 100) / 100

export function generateAccount(opts: GenerateOptions): DemoAccount {
  const rand = seededRandom(opts.seed)
  const out: DemoAccount = emptyEntitySet()
  const advertiser_id = opts.advertiserId

  for (let c = 0; c < opts.campaigns; c++) {
    const objective_type = pick(rand, OBJECTIVES)
    const cbo = rand() < 0.25
    const campaign: Campaign = {
      advertiser_id,
      campaign_id: serverId('17', c + 1),
      campaign_name: `Generated ${objective_type.toLowerCase()} ${c + 1}`,
      objective_type,
      budget_mode: 'BUDGET_MODE_DAY',
      budget: money(60 + rand() * 2000),
      operation_status: rand() < 0.9 ? 'ENABLE' : 'DISABLE',
      ...demoCampaignPromotion(objective_type),
      ...(cbo ? { budget_optimize_on: true } : {}),
    }
    out.campaigns.push(campaign)

    for (let g = 0; g < opts.adgroupsPerCampaign; g++) {
      const n = c * opts.adgroupsPerCampaign + g + 1
      const market = pick(rand, ESTIMATED_MARKETS)
      const withPangle = market === 'EAST_ASIA_TEST' && rand() < 0.5
      const lifetime = !cbo && rand() < 0.3
      const start = BASE_DAY + Math.floor(rand() * 300) * DAY_MS
      const days = 7 + Math.floor(rand() * 50)
      const custom = rand() < 0.3
      const adgroup: AdGroup = {
        advertiser_id,
        campaign_id: campaign.campaign_id,
        adgroup_id: serverId('18', n),
        adgroup_name: `Ad group ${n} ${market}`,
        operation_status: 'ENABLE',
        placement_type: 'PLACEMENT_TYPE_NORMAL',
        placements: withPangle ? ['PLACEMENT_TIKTOK', 'PLACEMENT_PANGLE'] : ['PLACEMENT_TIKTOK'],
        location_ids: [...DEMO_LOCATIONS[market]],
        age_groups: [...pick(rand, AGES)],
        gender: pick(rand, ['GENDER_UNLIMITED', 'GENDER_FEMALE', 'GENDER_MALE'] as const),
        languages: [],
        interest_category_ids: rand() < 0.5 ? [String(25000 + Math.floor(rand() * 500))] : [],
        interest_keyword_ids: [],
        actions:
          !withPangle && rand() < 0.2
            ? [
                {
                  action_scene: 'VIDEO_RELATED',
                  action_period: 15,
                  video_user_actions: ['WATCHED_TO_END'],
                  action_category_ids: [String(3000 + (n % 50))],
                },
              ]
            : [],
        operating_systems: objective_type === 'APP_PROMOTION' ? [pick(rand, ['ANDROID', 'IOS'] as const)] : [],
        network_types: [],
        device_price_ranges: [],
        budget_mode: cbo ? 'BUDGET_MODE_INFINITE' : lifetime ? 'BUDGET_MODE_TOTAL' : 'BUDGET_MODE_DAY',
        ...(cbo ? {} : { budget: lifetime ? 20 * days + money(rand() * 1000) : money(21 + rand() * 500) }),
        schedule_type: lifetime ? 'SCHEDULE_START_END' : 'SCHEDULE_FROM_NOW',
        schedule_start_time: formatScheduleTime(start),
        ...(lifetime ? { schedule_end_time: formatScheduleTime(start + days * DAY_MS) } : {}),
        ...DELIVERY[objective_type],
        bid_type: custom ? 'BID_TYPE_CUSTOM' : 'BID_TYPE_NO_BID',
        ...(custom ? { bid_price: money(0.1 + rand() * 5) } : {}),
        pacing: 'PACING_MODE_SMOOTH',
        ...(objective_type === 'WEB_CONVERSIONS' || objective_type === 'PRODUCT_SALES'
          ? { pixel_id: DEMO_PIXEL_ID, optimization_event: 'SHOPPING' as const }
          : {}),
      }
      // After the literal, so the random sequence (and every generated account) stays what it was.
      Object.assign(adgroup, demoPromotion(objective_type, adgroup.operating_systems[0]))
      out.adgroups.push(adgroup)

      for (let a = 0; a < opts.adsPerAdgroup; a++) {
        const m = (n - 1) * opts.adsPerAdgroup + a + 1
        const video = rand() < 0.7
        const ad: Ad = {
          advertiser_id,
          adgroup_id: adgroup.adgroup_id,
          ad_id: serverId('19', m),
          ad_name: `Ad ${m}`,
          operation_status: 'ENABLE',
          ad_format: video ? 'SINGLE_VIDEO' : 'SINGLE_IMAGE',
          ad_text: `Outdoor gear for every trail, offer ${m}.`,
          call_to_action: pick(rand, ['LEARN_MORE', 'SHOP_NOW', 'SIGN_UP'] as const),
          landing_page_url: `https://shop.example.com/p/${m}`,
          identity_type: 'CUSTOMIZED_USER',
          display_name: 'Generated Outdoor',
          ...(video ? { video_id: `v${m}`, image_ids: [] } : { image_ids: [`img${m}`] }),
        }
        out.ads.push(ad)
      }
    }
  }
  return out
}
