/**
 * "Convert to Smart+": an unposted manual draft of a Smart+ objective becomes an Upgraded Smart+ campaign, since
 * TikTok ends manual creation for those objectives after 2026-12-31 (creation-path.ts; notes tiktok-api-2026.md §1–2).
 * The fields map to the Smart+ create bodies' names; what has no place there is listed, so the buyer reads what
 * was dropped before converting. Pure: the editor previews with it, and the store applies it as one undoable edit.
 *
 * - The campaign keeps its name, objective, budget, status and special industries; CBO stays as drafted, with the
 *   budget mode kept when Smart+ allows it for that CBO setting, else Smart+'s default for it.
 * - Each ad group keeps its targeting in MANUAL mode (so TikTok honours all of it), its schedule, budget (without
 *   CBO), goal, bid and pixel; a goal or bid type Smart+ does not take falls back to the objective's default.
 * - An ad group's manual ads become one Smart+ ad whose creatives are the ads' videos, each with its ad's identity,
 *   and whose texts, calls to action and landing page are the ads' distinct ones, up to Smart+'s limits.
 */
import type { Ad, AdGroup, Campaign } from '../entities'
import { SMART_PLUS_BID_TYPES, SMART_PLUS_CALL_TO_ACTIONS, SMART_PLUS_OBJECTIVE_TYPES, SMART_PLUS_OPTIMIZATION_GOALS } from '../enums'
import type { CreativeInfo, SmartPlusAd } from './ad-schema'
import type { SmartPlusAdGroup } from './adgroup-schema'
import { billingEventFor, budgetModesFor } from './budget-modes'
import type { SmartPlusCampaign } from './campaign-schema'
import { SMART_PLUS_AUTOMATION_TYPE } from './common'
import { newSmartPlusAdGroup, objectiveFields } from './defaults'
import { SMART_PLUS_LIMITS } from './limits'
import type { TargetingSpec } from './targeting-spec-schema'

export interface SmartPlusConversion {
  smartPlusCampaigns: SmartPlusCampaign[]
  smartPlusAdgroups: SmartPlusAdGroup[]
  smartPlusAds: SmartPlusAd[]
  /** What could not carry over, one sentence each, for the confirm step. */
  lost: string[]
}

type SmartPlusObjective = SmartPlusCampaign['objective_type']
export const isSmartPlusObjective = (objective: string): objective is SmartPlusObjective =>
  (SMART_PLUS_OBJECTIVE_TYPES as readonly string[]).includes(objective)

const has = <T extends string>(list: readonly T[], v: string): v is T => (list as readonly string[]).includes(v)
const nonEmpty = <T>(list: readonly T[] | undefined): T[] | undefined => (list && list.length > 0 ? [...list] : undefined)
const distinct = <T>(list: readonly T[]): T[] => [...new Set(list)]

function convertCampaign(c: Campaign, id: string, lost: string[]): SmartPlusCampaign {
  const objective = c.objective_type as SmartPlusObjective
  const cbo = c.budget_optimize_on === true
  const modes = budgetModesFor(cbo)
  const budgetMode = modes.allowed.includes(c.budget_mode) ? c.budget_mode : modes.default
  if (budgetMode !== c.budget_mode) lost.push(`Campaign budget mode ${c.budget_mode} is not offered by Smart+ here; it becomes ${budgetMode}.`)
  if (c.campaign_type && c.campaign_type !== 'REGULAR_CAMPAIGN') lost.push(`Campaign type ${c.campaign_type} has no Smart+ equivalent.`)
  const fields = objectiveFields(objective)
  if (c.app_promotion_type && c.app_promotion_type !== fields.app_promotion_type)
    lost.push(`App promotion type ${c.app_promotion_type}: Smart+ promotes app installs only.`)
  return {
    advertiser_id: c.advertiser_id,
    campaign_id: id,
    campaign_automation_type: SMART_PLUS_AUTOMATION_TYPE,
    campaign_name: c.campaign_name,
    objective_type: objective,
    budget_optimize_on: cbo,
    budget_mode: budgetMode,
    ...(budgetMode !== 'BUDGET_MODE_INFINITE' && c.budget !== undefined ? { budget: c.budget } : {}),
    operation_status: c.operation_status,
    ...(c.special_industries?.length ? { special_industries: c.special_industries } : {}),
    ...fields,
  }
}

/** The manual targeting as a MANUAL-mode targeting_spec: every field TikTok honours there, empty lists left out. */
function targetingSpecOf(g: AdGroup): TargetingSpec {
  const spec: TargetingSpec = {
    location_ids: [...g.location_ids],
    age_groups: nonEmpty(g.age_groups),
    gender: g.gender === 'GENDER_UNLIMITED' ? undefined : g.gender,
    languages: nonEmpty(g.languages),
    interest_category_ids: nonEmpty(g.interest_category_ids),
    interest_keyword_ids: nonEmpty(g.interest_keyword_ids),
    actions: nonEmpty(g.actions),
    operating_systems: nonEmpty(g.operating_systems),
    network_types: nonEmpty(g.network_types),
    device_price_ranges: nonEmpty(g.device_price_ranges),
  }
  return Object.fromEntries(Object.entries(spec).filter(([, v]) => v !== undefined)) as TargetingSpec
}

function convertAdGroup(g: AdGroup, campaign: SmartPlusCampaign, id: string, now: Date, lost: string[]): SmartPlusAdGroup {
  const defaults = newSmartPlusAdGroup(campaign, id, now)
  const name = `Ad group “${g.adgroup_name}”`
  const goal = has(SMART_PLUS_OPTIMIZATION_GOALS, g.optimization_goal) ? g.optimization_goal : defaults.optimization_goal
  if (goal !== g.optimization_goal) lost.push(`${name}: goal ${g.optimization_goal} is not a Smart+ goal; it becomes ${goal}.`)
  const bidType = has(SMART_PLUS_BID_TYPES, g.bid_type) ? g.bid_type : 'BID_TYPE_NO_BID'
  if (bidType !== g.bid_type) lost.push(`${name}: bid type ${g.bid_type} is not offered by Smart+; it becomes maximum delivery.`)
  const placed = g.placement_type === 'PLACEMENT_TYPE_NORMAL' ? { placement_type: g.placement_type, placements: [...g.placements] } : {}
  const ownBudget = campaign.budget_optimize_on === false && g.budget_mode ? { budget_mode: g.budget_mode, budget: g.budget } : {}
  const optional = {
    promotion_target_type: g.promotion_target_type,
    app_id: g.app_id,
    schedule_end_time: g.schedule_end_time,
    dayparting: g.dayparting,
    bid_price: bidType === 'BID_TYPE_CUSTOM' ? g.bid_price : undefined,
    conversion_bid_price: bidType === 'BID_TYPE_CUSTOM' ? g.conversion_bid_price : undefined,
    pixel_id: g.pixel_id,
    optimization_event: g.optimization_event,
  }
  return {
    ...defaults,
    adgroup_name: g.adgroup_name,
    operation_status: g.operation_status,
    ...(g.promotion_type ? { promotion_type: g.promotion_type } : {}),
    // MANUAL: TikTok honours the whole manual-style targeting, so nothing the buyer chose is silently dropped.
    targeting_optimization_mode: 'MANUAL',
    targeting_spec: targetingSpecOf(g),
    ...placed,
    ...ownBudget,
    schedule_type: g.schedule_type,
    schedule_start_time: g.schedule_start_time,
    pacing: g.pacing,
    optimization_goal: goal,
    billing_event: billingEventFor(goal),
    bid_type: bidType,
    ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)),
  }
}

function creativeOf(ad: Ad, lost: string[]): CreativeInfo | null {
  const identity = {
    identity_type: ad.identity_type,
    ...(ad.identity_id ? { identity_id: ad.identity_id } : {}),
    ...(ad.identity_authorized_bc_id ? { identity_authorized_bc_id: ad.identity_authorized_bc_id } : {}),
  }
  // A Spark "pull" ad's post is a Smart+ creative's tiktok_item_id too ([SDK] smart_plus_ad_create.yml creative_info).
  if (ad.tiktok_item_id) return { ad_format: 'SINGLE_VIDEO', tiktok_item_id: ad.tiktok_item_id, ...identity }
  if (ad.video_id) return { ad_format: 'SINGLE_VIDEO', video_info: { video_id: ad.video_id }, ...identity }
  // An ad with no media yet has nothing to carry; the Smart+ ad asks for a creative.
  if (ad.image_ids.length === 0) return null
  // Manual ads name images by image id; Smart+ creatives by web_uri, which a draft does not know.
  lost.push(`Ad “${ad.ad_name}”: its images cannot carry over (Smart+ names images differently); add them again.`)
  return null
}

function convertAds(ads: readonly Ad[], adgroup: SmartPlusAdGroup, id: string, lost: string[]): SmartPlusAd | null {
  if (ads.length === 0) return null
  const creatives = ads.map((a) => creativeOf(a, lost)).filter((c): c is CreativeInfo => c !== null)
  const texts = distinct(ads.map((a) => a.ad_text).filter((t) => t !== ''))
  const ctas = distinct(ads.map((a) => a.call_to_action)).filter((c) => has(SMART_PLUS_CALL_TO_ACTIONS, c))
  const pages = distinct(ads.map((a) => a.landing_page_url).filter((u): u is string => !!u))
  const where = `Ad group “${adgroup.adgroup_name}”`
  if (texts.length > SMART_PLUS_LIMITS.adTexts)
    lost.push(`${where}: ${texts.length - SMART_PLUS_LIMITS.adTexts} ad texts beyond Smart+'s ${SMART_PLUS_LIMITS.adTexts}.`)
  if (ctas.length > SMART_PLUS_LIMITS.callsToAction)
    lost.push(`${where}: ${ctas.length - SMART_PLUS_LIMITS.callsToAction} calls to action beyond Smart+'s ${SMART_PLUS_LIMITS.callsToAction}.`)
  if (pages.length > SMART_PLUS_LIMITS.landingPageUrls) lost.push(`${where}: landing pages other than ${pages[0]} (a Smart+ ad has one).`)
  if (ads.some((a) => a.tracking_pixel_id)) lost.push(`${where}: the ads' tracking pixel (Smart+ ads take the ad group's pixel).`)
  if (ads.length > 1) lost.push(`${where}: its ${ads.length} ads become one Smart+ ad with ${creatives.length} creatives, which TikTok combines.`)
  return {
    advertiser_id: adgroup.advertiser_id,
    adgroup_id: adgroup.adgroup_id,
    smart_plus_ad_id: id,
    ad_name: ads[0]!.ad_name,
    operation_status: ads.some((a) => a.operation_status === 'ENABLE') ? 'ENABLE' : 'DISABLE',
    creative_list: creatives.map((creative_info) => ({ creative_info })),
    ad_text_list: texts.slice(0, SMART_PLUS_LIMITS.adTexts).map((ad_text) => ({ ad_text })),
    call_to_action_list: ctas.slice(0, SMART_PLUS_LIMITS.callsToAction).map((call_to_action) => ({ call_to_action })),
    landing_page_url_list: pages.slice(0, SMART_PLUS_LIMITS.landingPageUrls).map((landing_page_url) => ({ landing_page_url })),
  }
}

/** The Smart+ version of a manual campaign with its ad groups and ads; `newId` gives each new object its local id. */
export function convertToSmartPlus(
  campaign: Campaign,
  adgroups: readonly AdGroup[],
  ads: readonly Ad[],
  newId: () => string,
  now: Date,
): SmartPlusConversion {
  if (!isSmartPlusObjective(campaign.objective_type))
    throw new Error(`${campaign.objective_type} campaigns cannot be Smart+: Smart+ takes ${SMART_PLUS_OBJECTIVE_TYPES.join(', ')}.`)
  const lost: string[] = []
  const c = convertCampaign(campaign, newId(), lost)
  const smartPlusAdgroups: SmartPlusAdGroup[] = []
  const smartPlusAds: SmartPlusAd[] = []
  for (const g of adgroups) {
    const converted = convertAdGroup(g, c, newId(), now, lost)
    smartPlusAdgroups.push(converted)
    const ad = convertAds(
      ads.filter((a) => a.adgroup_id === g.adgroup_id),
      converted,
      newId(),
      lost,
    )
    if (ad) smartPlusAds.push(ad)
  }
  return { smartPlusCampaigns: [c], smartPlusAdgroups, smartPlusAds, lost }
}
