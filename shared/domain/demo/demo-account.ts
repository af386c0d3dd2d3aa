/**
 * "Northwind Outdoor (demo)": a small but realistic account, the one generator
 * of the demo advertiser. The local store is seeded with it as if downloaded
 * (app-services.ts) and the embedded sandbox serves it (sandbox/demo-seed.ts),
 * so the first "Get recent changes" finds the account the buyer already sees.
 * Everything in it stands for what TikTok already has (numeric ids), so it must
 * pass validation with no errors. Dates are derived from `now` (the day only),
 * so the account always looks current and both seeds agree within a day.
 */
import type { AdGroup, Campaign } from '../entities'
import { emptyEntitySet, type EntitySet } from '../entity-kinds'
import type { CallToAction, ObjectiveType, OperatingSystem } from '../enums'
import { defaultAppPromotionType, defaultPromotion } from '../promotion'
import { DAY_MS, formatScheduleTime } from '../validation/schedule-time'
import type { EstimatedMarket } from '#shared/markets/markets'
import { DEMO_TT_USER_ID } from './demo-identities'
import { DEMO_LOCATIONS } from './markets'

/** A demo account is an entity set like a download (with no Smart+ objects yet). */
export type DemoAccount = EntitySet

/** The demo advertiser's pixels as TikTok's pixel list names them; web-conversion ad groups report to the first. */
export const DEMO_PIXELS: readonly { pixel_id: string; pixel_name: string }[] = [
  { pixel_id: '7302000000000000501', pixel_name: 'Northwind web pixel' },
  { pixel_id: '7302000000000000502', pixel_name: 'Northwind shop checkout' },
  { pixel_id: '7302000000000000503', pixel_name: 'Staging site (no traffic)' },
]
export const DEMO_PIXEL_ID = DEMO_PIXELS[0]!.pixel_id
/** The demo's trail app as TikTok's app management lists it, one entry per store. */
const APP_IDS: Record<OperatingSystem, string> = { IOS: '7302000000000000601', ANDROID: '7302000000000000602' }

/** What a demo ad group promotes: the site, or the app in the store of its operating system. */
export function demoPromotion(objective: ObjectiveType, os: OperatingSystem | undefined): Partial<AdGroup> {
  if (objective !== 'APP_PROMOTION') return defaultPromotion(objective)
  const platform = os ?? 'ANDROID'
  return { promotion_type: platform === 'IOS' ? 'APP_IOS' : 'APP_ANDROID', app_id: APP_IDS[platform] }
}

/** Campaign fields that follow from the objective (the app promotion type). */
export function demoCampaignPromotion(objective: ObjectiveType): Partial<Campaign> {
  const app_promotion_type = defaultAppPromotionType(objective)
  return app_promotion_type ? { app_promotion_type } : {}
}
/** Daytime only (08:00–22:00) every day: 16 half-hours off, 28 on, 4 off. */
const DAYTIME = ('0'.repeat(16) + '1'.repeat(28) + '0'.repeat(4)).repeat(7)
/** Interest categories from the shipped taxonomy (shared/targeting): hiking & camping, sports & outdoors, travel, tech. */
const INTERESTS = { outdoor: '50005', sports: '500', travel: '600', tech: '700' } as const

type AdGroupSpec = Partial<AdGroup> & { name: string; market: EstimatedMarket }
type AdSpec = { name: string; text: string; cta: CallToAction; path: string; image?: boolean }
interface CampaignSpec {
  name: string
  objective: ObjectiveType
  campaign: Partial<Campaign>
  adgroups: AdGroupSpec[]
  ads: AdSpec[]
}

const SPECS: CampaignSpec[] = [
  {
    name: 'Trail Shoes – Web Sales',
    objective: 'WEB_CONVERSIONS',
    campaign: { budget_mode: 'BUDGET_MODE_DAY', budget: 600 },
    adgroups: [
      {
        name: 'Trail Shoes US 25-44',
        market: 'US',
        budget: 180,
        age_groups: ['AGE_25_34', 'AGE_35_44'],
        interest_category_ids: [INTERESTS.outdoor, INTERESTS.sports],
        actions: [
          { action_scene: 'VIDEO_RELATED', action_period: 15, video_user_actions: ['WATCHED_TO_END', 'LIKED'], action_category_ids: ['3001'] },
        ],
      },
      {
        name: 'Trail Shoes EU 25-44',
        market: 'EU',
        budget: 140,
        languages: ['de', 'fr', 'es'],
        bid_type: 'BID_TYPE_CUSTOM',
        conversion_bid_price: 18,
      },
      { name: 'Trail Shoes Asia test 18-34', market: 'EAST_ASIA_TEST', budget: 90, age_groups: ['AGE_18_24', 'AGE_25_34'] },
    ],
    ads: [
      { name: 'Ridge runner 15s', text: 'Grip that holds on wet rock. Ridge Runner trail shoes, now 20% off.', cta: 'SHOP_NOW', path: 'trail-shoes' },
      { name: 'Ridge runner still', text: 'Light, waterproof, ready for the long way round.', cta: 'SHOP_NOW', path: 'trail-shoes', image: true },
    ],
  },
  {
    name: 'Spring Collection – Traffic',
    objective: 'TRAFFIC',
    campaign: { budget_mode: 'BUDGET_MODE_TOTAL', budget: 6000, budget_optimize_on: true },
    adgroups: [
      { name: 'Spring traffic US 18-44', market: 'US', age_groups: ['AGE_18_24', 'AGE_25_34', 'AGE_35_44'], dayparting: DAYTIME },
      {
        name: 'Spring traffic Asia 18-34',
        market: 'EAST_ASIA_TEST',
        age_groups: ['AGE_18_24', 'AGE_25_34'],
        bid_type: 'BID_TYPE_CUSTOM',
        bid_price: 0.45,
        network_types: ['WIFI', '4G', '5G'],
      },
    ],
    ads: [
      { name: 'Spring lookbook 20s', text: 'The spring collection is here: layers for every trail.', cta: 'LEARN_MORE', path: 'spring' },
      { name: 'Spring lookbook carousel', text: 'Jackets, packs and shoes for warmer days.', cta: 'LEARN_MORE', path: 'spring', image: true },
    ],
  },
  {
    name: 'Brand Reach Q4',
    objective: 'REACH',
    campaign: { budget_mode: 'BUDGET_MODE_INFINITE' },
    adgroups: [
      {
        name: 'Reach EU 18-54 (4 weeks)',
        market: 'EU',
        budget_mode: 'BUDGET_MODE_TOTAL',
        budget: 4200,
        age_groups: ['AGE_18_24', 'AGE_25_34', 'AGE_35_44', 'AGE_45_54'],
      },
      {
        name: 'Reach Asia 18-44 (3 weeks)',
        market: 'EAST_ASIA_TEST',
        budget_mode: 'BUDGET_MODE_TOTAL',
        budget: 2100,
        age_groups: ['AGE_18_24', 'AGE_25_34', 'AGE_35_44'],
      },
    ],
    ads: [{ name: 'Made for the outdoors 9s', text: 'Northwind. Made for the outdoors since 1987.', cta: 'LEARN_MORE', path: 'about' }],
  },
  {
    name: 'Gear Guides – Video Views',
    objective: 'VIDEO_VIEWS',
    campaign: { budget_mode: 'BUDGET_MODE_DYNAMIC_DAILY_BUDGET', budget: 200, operation_status: 'DISABLE' },
    adgroups: [
      {
        name: 'Gear guides Asia 18-34',
        market: 'EAST_ASIA_TEST',
        budget_mode: 'BUDGET_MODE_DYNAMIC_DAILY_BUDGET',
        budget: 60,
        age_groups: ['AGE_18_24', 'AGE_25_34'],
      },
      { name: 'Gear guides US 18-44', market: 'US', budget: 70, interest_category_ids: [INTERESTS.outdoor, INTERESTS.travel] },
    ],
    ads: [
      { name: 'How to pack a 30 L bag', text: 'Everything for two nights in a 30 L pack. Here is how.', cta: 'WATCH_NOW', path: 'guides/packing' },
      { name: 'Layering 101', text: 'Three layers, any weather: our guide in 60 seconds.', cta: 'WATCH_NOW', path: 'guides/layering' },
    ],
  },
  {
    name: 'Northwind Trails App – Installs',
    objective: 'APP_PROMOTION',
    campaign: { budget_mode: 'BUDGET_MODE_DAY', budget: 300 },
    adgroups: [
      { name: 'App iOS US 18-44', market: 'US', operating_systems: ['IOS'], budget: 120 },
      { name: 'App Android Asia 18-34', market: 'EAST_ASIA_TEST', operating_systems: ['ANDROID'], budget: 80, device_price_ranges: [150, 1000] },
      { name: 'App Android EU 18-44', market: 'EU', operating_systems: ['ANDROID'], budget: 60 },
    ],
    ads: [{ name: 'Offline trail maps 15s', text: 'Offline maps for 40,000 trails. Free to download.', cta: 'DOWNLOAD_NOW', path: 'app' }],
  },
  {
    name: 'Guided Hikes – Leads',
    objective: 'LEAD_GENERATION',
    campaign: { budget_mode: 'BUDGET_MODE_DAY', budget: 150 },
    adgroups: [
      { name: 'Guided hikes EU 25-54', market: 'EU', budget: 60, age_groups: ['AGE_25_34', 'AGE_35_44', 'AGE_45_54'], gender: 'GENDER_UNLIMITED' },
      { name: 'Guided hikes US 25-54', market: 'US', budget: 70, age_groups: ['AGE_25_34', 'AGE_35_44', 'AGE_45_54'] },
    ],
    ads: [{ name: 'Alps weekend sign-up', text: 'Join a guided weekend in the Alps. Spaces for 12 per group.', cta: 'SIGN_UP', path: 'hikes' }],
  },
]

const MARKET_LABEL: Record<EstimatedMarket, string> = { EAST_ASIA_TEST: 'Asia', US: 'US', EU: 'EU' }

/** Optimisation and billing that suit each objective. */
export const DELIVERY: Record<ObjectiveType, Pick<AdGroup, 'optimization_goal' | 'billing_event'>> = {
  WEB_CONVERSIONS: { optimization_goal: 'CONVERT', billing_event: 'OCPM' },
  PRODUCT_SALES: { optimization_goal: 'CONVERT', billing_event: 'OCPM' },
  TRAFFIC: { optimization_goal: 'CLICK', billing_event: 'CPC' },
  REACH: { optimization_goal: 'REACH', billing_event: 'CPM' },
  RF_REACH: { optimization_goal: 'REACH', billing_event: 'CPM' },
  VIDEO_VIEWS: { optimization_goal: 'ENGAGED_VIEW', billing_event: 'CPV' },
  ENGAGEMENT: { optimization_goal: 'FOLLOWERS', billing_event: 'OCPM' },
  APP_PROMOTION: { optimization_goal: 'INSTALL', billing_event: 'OCPM' },
  LEAD_GENERATION: { optimization_goal: 'LEAD_GENERATION', billing_event: 'OCPM' },
}

export function createDemoAccount(advertiserId: string, now: Date): DemoAccount {
  const today = Math.floor(now.getTime() / DAY_MS) * DAY_MS
  const account: DemoAccount = emptyEntitySet()
  let agSeq = 0
  let adSeq = 0

  SPECS.forEach((spec, ci) => {
    const campaign_id = String(1800000000000000101n + BigInt(ci))
    const campaign: Campaign = {
      advertiser_id: advertiserId,
      campaign_id,
      campaign_name: spec.name,
      objective_type: spec.objective,
      budget_mode: 'BUDGET_MODE_DAY',
      operation_status: 'ENABLE',
      ...demoCampaignPromotion(spec.objective),
      ...spec.campaign,
    }
    account.campaigns.push(campaign)

    for (const { name, market, ...over } of spec.adgroups) {
      const adgroup_id = String(1810000000000000201n + BigInt(agSeq++))
      const asia = market === 'EAST_ASIA_TEST'
      const lifetime = (over.budget_mode ?? 'BUDGET_MODE_DAY') === 'BUDGET_MODE_TOTAL' || campaign.budget_mode === 'BUDGET_MODE_TOTAL'
      // Lifetime budgets run for a fixed window from tomorrow; the rest started two weeks ago and keep running.
      const start = lifetime ? today + DAY_MS : today - 14 * DAY_MS
      const weeks = asia ? 3 : 4
      account.adgroups.push({
        advertiser_id: advertiserId,
        campaign_id,
        adgroup_id,
        adgroup_name: name,
        operation_status: 'ENABLE',
        placement_type: 'PLACEMENT_TYPE_NORMAL',
        placements: asia && !over.actions ? ['PLACEMENT_TIKTOK', 'PLACEMENT_PANGLE'] : ['PLACEMENT_TIKTOK'],
        location_ids: [...DEMO_LOCATIONS[market]],
        age_groups: ['AGE_18_24', 'AGE_25_34', 'AGE_35_44'],
        gender: 'GENDER_UNLIMITED',
        languages: [],
        interest_category_ids: [INTERESTS.outdoor],
        interest_keyword_ids: [],
        actions: [],
        operating_systems: [],
        network_types: [],
        device_price_ranges: [],
        budget_mode: campaign.budget_optimize_on ? 'BUDGET_MODE_INFINITE' : 'BUDGET_MODE_DAY',
        schedule_type: lifetime ? 'SCHEDULE_START_END' : 'SCHEDULE_FROM_NOW',
        schedule_start_time: formatScheduleTime(start),
        ...(lifetime ? { schedule_end_time: formatScheduleTime(start + weeks * 7 * DAY_MS) } : {}),
        ...demoPromotion(spec.objective, over.operating_systems?.[0]),
        ...DELIVERY[spec.objective],
        bid_type: 'BID_TYPE_NO_BID',
        pacing: 'PACING_MODE_SMOOTH',
        ...(spec.objective === 'WEB_CONVERSIONS' ? { pixel_id: DEMO_PIXEL_ID, optimization_event: 'SHOPPING' as const } : {}),
        ...over,
      })

      for (const a of spec.ads) {
        account.ads.push({
          advertiser_id: advertiserId,
          adgroup_id,
          ad_id: String(1820000000000000301n + BigInt(adSeq++)),
          ad_name: `${a.name} – ${MARKET_LABEL[market]}`,
          operation_status: 'ENABLE',
          ad_format: a.image ? 'SINGLE_IMAGE' : 'SINGLE_VIDEO',
          ad_text: a.text,
          call_to_action: a.cta,
          landing_page_url: `https://www.northwind-outdoor.example/${a.path}?utm_source=tiktok&utm_campaign=${campaign_id}`,
          // Video ads are Spark Ads from the brand's own TikTok account (demo-identities.ts); image ads keep the
          // Custom Identity they were created with, which TikTok leaves editable after the 2026 phase-out.
          ...(a.image
            ? { display_name: 'Northwind Outdoor', identity_type: 'CUSTOMIZED_USER' as const }
            : { identity_type: 'TT_USER' as const, identity_id: DEMO_TT_USER_ID }),
          ...(a.image
            ? { image_ids: [`ad-img-${a.path.replace('/', '-')}-1`] }
            : { video_id: `v10044g5demo${String(adSeq).padStart(4, '0')}`, image_ids: [] }),
          ...(spec.objective === 'WEB_CONVERSIONS' ? { tracking_pixel_id: DEMO_PIXEL_ID } : {}),
        })
      }
    }
  })
  return account
}
