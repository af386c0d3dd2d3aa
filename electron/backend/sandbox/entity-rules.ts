/**
 * The checks TikTok applies when campaigns, ad groups and ads are created or
 * updated, so drafts rejected by the real API are rejected here too, with the
 * same codes and a message that starts with the offending field (40002 is
 * TikTok's param error: notes tiktok-api.md §2 "Error codes", [SDK] tiktok_code.py).
 * Each rule names its source: a notes section (tiktok-api.md / tiktok-api-2026.md),
 * an [SDK] file, a [BUB] file or a [DOC id]. Which parameters exist at all is
 * endpoint-params.ts; this file checks their values.
 */
import {
  AD_FORMATS,
  AGE_GROUPS,
  BID_TYPES,
  BILLING_EVENTS,
  BUDGET_MODES,
  CALL_TO_ACTIONS,
  GENDERS,
  IDENTITY_TYPES,
  OBJECTIVE_TYPES,
  OPTIMIZATION_GOALS,
  PACINGS,
  PLACEMENT_TYPES,
  PLACEMENTS,
  SCHEDULE_TYPES,
} from '#shared/domain/enums'
import { MIN_BUDGET_USD, NAME_LIMIT, weightedLength } from '#shared/domain/limits'
import { parseScheduleTime, scheduledDays } from '#shared/domain/validation/schedule-time'
import { ApiFailure, isBlank, numberParam, oneOf, paramError, requireFields, stringArray } from './handler-kit'
import { checkAdGroupPromotion, checkCampaignPromotion } from './promotion-rules'
import { countryOf, REGION_BY_ID } from './tool-datasets'

/** Modes that need a `budget` (notes tiktok-api.md §1 "Campaign create", [BUB] model/campaign/create.go). */
const BUDGETED_MODES = ['BUDGET_MODE_DAY', 'BUDGET_MODE_TOTAL', 'BUDGET_MODE_DYNAMIC_DAILY_BUDGET']
/** Schedule times: `YYYY-MM-DD HH:MM:SS` in UTC+0 (notes tiktok-api.md §1 "Ad group create", Schedule). */
const TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/

/** Names: at most 512 characters, CJK counting 2 (notes tiktok-api.md §1 "Campaign create"; tiktok-api-2026.md §2). */
function checkName(params: Record<string, unknown>, field: string) {
  const name = params[field]
  if (typeof name !== 'string') throw paramError(field, 'Must be a string.')
  if (weightedLength(name) > NAME_LIMIT) throw paramError(field, `Must be at most ${NAME_LIMIT} characters (CJK characters count as 2).`)
}

export function checkCampaign(p: Record<string, unknown>) {
  // Required by the SDK model ([SDK] campaign_create_body.py; notes tiktok-api.md §1 "Fields the SDK models mark as required").
  requireFields(p, ['campaign_name', 'objective_type'])
  checkName(p, 'campaign_name')
  // The current objectives (notes tiktok-api.md §1 "Campaign create", [BUB] enum/*.go; shared/domain/enums.ts holds the list).
  const objective = oneOf(p, 'objective_type', OBJECTIVE_TYPES)
  checkCampaignPromotion(p)
  // budget_mode is required except for RF_REACH, which allows only INFINITE (notes tiktok-api.md §1 "Campaign create").
  if (objective !== 'RF_REACH' && isBlank(p.budget_mode)) throw paramError('budget_mode', 'Missing data for required field.')
  const mode = oneOf(p, 'budget_mode', BUDGET_MODES)
  if (objective === 'RF_REACH' && mode && mode !== 'BUDGET_MODE_INFINITE') {
    throw paramError('budget_mode', 'RF_REACH campaigns only allow BUDGET_MODE_INFINITE.')
  }
  const budget = numberParam(p, 'budget')
  // A budget with DAY/TOTAL/DYNAMIC, above the USD minimum (notes tiktok-api.md §1 "Minimum budgets", [HELP budget]).
  if (mode && BUDGETED_MODES.includes(mode)) {
    if (budget === undefined) throw paramError('budget', `Required with ${mode}.`)
    if (budget <= MIN_BUDGET_USD.campaign) throw paramError('budget', `The campaign budget must be greater than ${MIN_BUDGET_USD.campaign} USD.`)
  }
}

/** `campaign` is the parent as stored; with budget optimisation on, the ad group's budget is not its own. */
export function checkAdGroup(p: Record<string, unknown>, campaign: Record<string, unknown>) {
  const cbo = campaign.budget_optimize_on === true
  // [SDK] adgroup_create_body.py marks these required; with CBO the budget and pacing are the campaign's ([BUB] model/adgroup/create.go;
  // notes tiktok-api.md §1 "Fields the SDK models mark as required").
  requireFields(p, ['campaign_id', 'adgroup_name', 'schedule_type', 'schedule_start_time', 'optimization_goal', 'billing_event'])
  if (!cbo) requireFields(p, ['budget_mode', 'budget', 'pacing'])
  checkName(p, 'adgroup_name')
  checkAdGroupPromotion(p, campaign)
  const mode = oneOf(p, 'budget_mode', BUDGET_MODES)
  const schedule = oneOf(p, 'schedule_type', SCHEDULE_TYPES)
  // Schedule: UTC+0 times, an end time with START_END, a lifetime budget only with START_END (notes tiktok-api.md §1 "Ad group create").
  for (const f of ['schedule_start_time', 'schedule_end_time']) {
    if (p[f] !== undefined && (typeof p[f] !== 'string' || !TIME.test(p[f]))) throw paramError(f, 'Use YYYY-MM-DD HH:MM:SS (UTC+0).')
  }
  if (schedule === 'SCHEDULE_START_END' && isBlank(p.schedule_end_time)) throw paramError('schedule_end_time', 'Required with SCHEDULE_START_END.')
  if (mode === 'BUDGET_MODE_TOTAL' && schedule !== 'SCHEDULE_START_END') {
    throw paramError('schedule_type', 'A lifetime budget needs SCHEDULE_START_END.')
  }
  const budget = numberParam(p, 'budget')
  // Daily above 20 USD; lifetime at least 20 USD per scheduled day (notes tiktok-api.md §1 "Minimum budgets", [HELP budget]).
  if (!cbo && budget !== undefined) {
    if (mode === 'BUDGET_MODE_DAY' && budget <= MIN_BUDGET_USD.adgroupDaily) {
      throw paramError('budget', `The ad group daily budget must be greater than ${MIN_BUDGET_USD.adgroupDaily} USD.`)
    }
    const start = parseScheduleTime(String(p.schedule_start_time))
    const end = parseScheduleTime(String(p.schedule_end_time))
    if (mode === 'BUDGET_MODE_TOTAL' && start !== undefined && end !== undefined) {
      const days = scheduledDays(start, end)
      if (budget < MIN_BUDGET_USD.adgroupPerDay * days) {
        throw paramError('budget', `A lifetime budget must be at least ${MIN_BUDGET_USD.adgroupPerDay} USD × ${days} scheduled days.`)
      }
    }
  }
  // Enums of notes tiktok-api.md §1 "Ad group create" (Bidding), PAGE_VISIT per tiktok-api-2026.md §3; lists in shared/domain/enums.ts.
  oneOf(p, 'optimization_goal', OPTIMIZATION_GOALS)
  oneOf(p, 'billing_event', BILLING_EVENTS)
  oneOf(p, 'pacing', PACINGS)
  oneOf(p, 'gender', GENDERS)
  // Cost Cap needs a price (notes tiktok-api.md §1 "Ad group create", Bidding).
  const bidType = oneOf(p, 'bid_type', BID_TYPES)
  if (bidType === 'BID_TYPE_CUSTOM' && isBlank(p.bid_price) && isBlank(p.conversion_bid_price)) {
    throw paramError('bid_price', 'bid_price or conversion_bid_price is required with BID_TYPE_CUSTOM.')
  }
  // NORMAL (the default) needs placements from TikTok/Pangle/GAB (notes tiktok-api.md §1 "Ad group create", placement_type/placements).
  const placementType = oneOf(p, 'placement_type', PLACEMENT_TYPES) ?? 'PLACEMENT_TYPE_NORMAL'
  const placements = stringArray(p, 'placements') ?? []
  if (placementType === 'PLACEMENT_TYPE_NORMAL' && placements.length === 0) throw paramError('placements', 'Required with PLACEMENT_TYPE_NORMAL.')
  for (const pl of placements) if (!(PLACEMENTS as readonly string[]).includes(pl)) throw paramError('placements', `Unknown placement ${pl}.`)
  checkTargeting(p)
}

/**
 * Locations: at least one, at most 3,000, known ids, no overlap (a country and its region); AGE_13_17 is
 * refused with 40065 where restricted (notes tiktok-api.md §1 "Ad group create", location_ids and age_groups;
 * §2 "Error codes"). Zip-code-only targeting (tiktok-api-2026.md §3: location_ids may be absent) is not modelled.
 */
function checkTargeting(p: Record<string, unknown>) {
  const locations = stringArray(p, 'location_ids') ?? []
  if (locations.length === 0) throw paramError('location_ids', 'At least one location is required.')
  if (locations.length > 3000) throw paramError('location_ids', 'At most 3,000 locations.')
  for (const id of locations) if (!REGION_BY_ID.has(id)) throw paramError('location_ids', `Unknown location id ${id}.`)
  const overlapping = locations.find((id) => {
    const parent = REGION_BY_ID.get(id)?.parent_id
    return parent !== undefined && locations.includes(parent)
  })
  if (overlapping) throw paramError('location_ids', `Location ${overlapping} overlaps with its country.`)
  const ages = stringArray(p, 'age_groups') ?? []
  for (const a of ages) if (!(AGE_GROUPS as readonly string[]).includes(a)) throw paramError('age_groups', `Unknown age group ${a}.`)
  if (ages.includes('AGE_13_17')) {
    const restricted = [
      ...new Set(
        locations
          .map((id) => countryOf(id))
          .filter((c) => c && !c.support_below_18)
          .map((c) => c!.name),
      ),
    ]
    if (restricted.length > 0) {
      throw new ApiFailure(40065, `age_groups: AGE_13_17 cannot be targeted in ${restricted.join(', ')}.`)
    }
  }
}

/**
 * Checks one entry of ad/create's `creatives`; `index` names it in the message. Fields and enums: notes
 * tiktok-api.md §1 (creatives[], [SDK] adcreate_creatives.py); identity types: tiktok-api-2026.md §4; a video
 * ad needs its video_id (inferred from ad_format SINGLE_VIDEO, [SDK] adcreate_creatives.py).
 */
export function checkCreative(c: unknown, index: number) {
  const at = (f: string) => `creatives[${index}].${f}`
  if (typeof c !== 'object' || c === null || Array.isArray(c)) throw paramError(`creatives[${index}]`, 'Must be an object.')
  const p = c as Record<string, unknown>
  for (const f of ['ad_name', 'ad_format', 'ad_text', 'identity_type']) if (isBlank(p[f])) throw paramError(at(f), 'Missing data for required field.')
  if (typeof p.ad_name !== 'string' || weightedLength(p.ad_name) > NAME_LIMIT)
    throw paramError(at('ad_name'), `Must be a string of at most ${NAME_LIMIT} characters.`)
  if (!(AD_FORMATS as readonly unknown[]).includes(p.ad_format)) throw paramError(at('ad_format'), `Invalid value ${JSON.stringify(p.ad_format)}.`)
  if (!(IDENTITY_TYPES as readonly unknown[]).includes(p.identity_type))
    throw paramError(at('identity_type'), `Invalid value ${JSON.stringify(p.identity_type)}.`)
  if (p.call_to_action !== undefined && !(CALL_TO_ACTIONS as readonly unknown[]).includes(p.call_to_action)) {
    throw paramError(at('call_to_action'), `Invalid value ${JSON.stringify(p.call_to_action)}.`)
  }
  // A Spark "pull" ad names a TikTok post in tiktok_item_id instead of an uploaded video ([SDK] adcreate_creatives.py
  // tiktok_item_id; java_sdk/docs/AdAcoBodyMediaInfo.md "the ID of the TikTok post to be used as an ad (Spark Ad)").
  if (p.ad_format === 'SINGLE_VIDEO' && isBlank(p.video_id) && isBlank(p.tiktok_item_id))
    throw paramError(at('video_id'), 'Required for SINGLE_VIDEO ads (or tiktok_item_id for a Spark Ad).')
}
