/**
 * The checks TikTok applies to Upgraded Smart+ create and update bodies, written
 * from [SDK] yml_files/smart_plus_*.yml (enums from their `is_valid` flags) and
 * the Smart+ docs as summarised in notes tiktok-api-2026.md §1–2. Each refusal is
 * 40002 with the offending field first, as the manual checks (entity-rules.ts) do.
 */
import {
  ATTRIBUTION_WINDOWS,
  BILLING_EVENTS,
  IDENTITY_TYPES,
  PLACEMENT_TYPES,
  PLACEMENTS,
  SCHEDULE_TYPES,
  SMART_PLUS_AD_FORMATS,
  SMART_PLUS_BID_TYPES,
  SMART_PLUS_CALL_TO_ACTIONS,
  SMART_PLUS_OBJECTIVE_TYPES,
  SMART_PLUS_OPTIMIZATION_GOALS,
  SMART_PLUS_PROMOTION_TYPES,
  SALES_DESTINATIONS,
  SMART_PLUS_APP_PROMOTION_TYPES,
  SPARK_IDENTITY_TYPES,
  TARGETING_OPTIMIZATION_MODES,
  BUDGET_MODES,
} from '#shared/domain/enums'
import { NAME_LIMIT, weightedLength } from '#shared/domain/limits'
import { billingEventFor, budgetModesFor, CBO_SHARED_FIELDS, PIXEL_GOALS, PIXEL_OBJECTIVES } from '#shared/domain/smart-plus/budget-modes'
import { SMART_PLUS_LIMITS } from '#shared/domain/smart-plus/limits'
import { parseScheduleTime } from '#shared/domain/validation/schedule-time'
import { isBlank, numberParam, oneOf, paramError, requireFields, stringArray } from './handler-kit'

const HOUR_MS = 3_600_000
type Body = Record<string, unknown>

function checkName(p: Body, field: string) {
  const name = p[field]
  if (typeof name !== 'string') throw paramError(field, 'Must be a string.')
  if (weightedLength(name) > NAME_LIMIT) throw paramError(field, `Must be at most ${NAME_LIMIT} characters (CJK characters count as 2).`)
}

function list(p: Body, field: string, max: number, min = 0): Body[] {
  const v = p[field]
  if (v === undefined && min === 0) return []
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'object' || x === null || Array.isArray(x)))
    throw paramError(field, 'Must be a list of objects.')
  if (v.length < min || v.length > max) throw paramError(field, `Must have between ${min} and ${max} items.`)
  return v as Body[]
}

/** /smart_plus/campaign/create/ ([SDK] smart_plus_campaign_create.yml; [DOC 1843312852800706]). */
export function checkSmartPlusCampaign(p: Body) {
  requireFields(p, ['campaign_name', 'objective_type', 'request_id'])
  checkName(p, 'campaign_name')
  oneOf(p, 'objective_type', SMART_PLUS_OBJECTIVE_TYPES)
  oneOf(p, 'sales_destination', SALES_DESTINATIONS)
  oneOf(p, 'app_promotion_type', SMART_PLUS_APP_PROMOTION_TYPES)
  oneOf(p, 'operation_status', ['ENABLE', 'DISABLE'])
  if (p.budget_optimize_on !== undefined && typeof p.budget_optimize_on !== 'boolean')
    throw paramError('budget_optimize_on', 'Must be true or false.')
  // CBO defaults to on; each setting has its own budget modes and default (notes §2).
  const cbo = p.budget_optimize_on !== false
  const modes = budgetModesFor(cbo)
  const mode = oneOf(p, 'budget_mode', BUDGET_MODES) ?? modes.default
  if (!modes.allowed.includes(mode))
    throw paramError('budget_mode', `With budget_optimize_on ${cbo ? 'true' : 'false'}, must be one of ${modes.allowed.join(', ')}.`)
  const budget = numberParam(p, 'budget')
  if (mode !== 'BUDGET_MODE_INFINITE' && !(budget !== undefined && budget > 0)) throw paramError('budget', `Required with ${mode}.`)
  return { budget_optimize_on: cbo, budget_mode: mode }
}

/** `targeting_spec` must be an object with lists where lists go; TikTok ignores fields the mode does not use (notes §2). */
function checkTargetingSpec(p: Body) {
  const spec = p.targeting_spec
  if (typeof spec !== 'object' || spec === null || Array.isArray(spec)) throw paramError('targeting_spec', 'Must be a JSON object.')
  for (const f of ['location_ids', 'zipcode_ids', 'languages', 'operating_systems', 'excluded_audience_ids', 'audience_ids', 'age_groups'])
    stringArray(spec as Body, f)
}

/** Every create body of a Smart+ ad group; `campaign` is the parent as stored, `siblings` its other live ad groups. */
export function checkSmartPlusAdGroup(p: Body, campaign: Body, siblings: readonly Body[], now: number) {
  requireFields(p, [
    'campaign_id',
    'adgroup_name',
    'request_id',
    'promotion_type',
    'schedule_type',
    'schedule_start_time',
    'optimization_goal',
    'billing_event',
    'bid_type',
  ])
  checkName(p, 'adgroup_name')
  checkTargetingSpec(p)
  oneOf(p, 'promotion_type', SMART_PLUS_PROMOTION_TYPES)
  oneOf(p, 'targeting_optimization_mode', TARGETING_OPTIMIZATION_MODES)
  oneOf(p, 'schedule_type', SCHEDULE_TYPES)
  oneOf(p, 'bid_type', SMART_PLUS_BID_TYPES)
  oneOf(p, 'placement_type', PLACEMENT_TYPES)
  for (const pl of stringArray(p, 'placements') ?? [])
    if (!(PLACEMENTS as readonly string[]).includes(pl)) throw paramError('placements', `Unknown placement ${pl}.`)
  for (const f of ['click_attribution_window', 'view_attribution_window', 'engaged_view_attribution_window']) oneOf(p, f, ATTRIBUTION_WINDOWS)
  const goal = oneOf(p, 'optimization_goal', SMART_PLUS_OPTIMIZATION_GOALS)!
  const billing = oneOf(p, 'billing_event', BILLING_EVENTS)!
  // CPC for CLICK, OCPM otherwise ([DOC 1843314887930946]).
  if (billing !== billingEventFor(goal)) throw paramError('billing_event', `Must be ${billingEventFor(goal)} with optimization_goal ${goal}.`)
  // Pixel and event for CONVERT/VALUE on WEB_CONVERSIONS and LEAD_GENERATION ([DOC 1843314887930946]).
  if (PIXEL_OBJECTIVES.includes(String(campaign.objective_type)) && PIXEL_GOALS.includes(goal)) requireFields(p, ['pixel_id', 'optimization_event'])
  checkStart(p, now)
  if (siblings.length >= SMART_PLUS_LIMITS.adgroupsPerCampaign)
    throw paramError('campaign_id', `A Smart+ campaign takes at most ${SMART_PLUS_LIMITS.adgroupsPerCampaign} ad groups.`)
  // With CBO on, the shared fields must match the campaign's other ad groups ([DOC 1843314887930946]).
  const other = siblings[0]
  if (campaign.budget_optimize_on !== false && other)
    for (const f of CBO_SHARED_FIELDS)
      if (p[f] !== other[f])
        throw paramError(f, `With budget optimisation on, must match the campaign's other ad groups (${String(other[f] ?? 'unset')}).`)
}

/** A start may lie up to 12 hours in the past ([DOC 1843314887930946]). */
export function checkStart(p: Body, now: number) {
  if (p.schedule_start_time === undefined) return
  const start = parseScheduleTime(String(p.schedule_start_time))
  if (start === undefined) throw paramError('schedule_start_time', 'Use YYYY-MM-DD HH:MM:SS (UTC+0).')
  if (start < now - SMART_PLUS_LIMITS.startPastHours * HOUR_MS)
    throw paramError('schedule_start_time', `Must be at most ${SMART_PLUS_LIMITS.startPastHours} hours in the past.`)
}

/** Automatic placement (fields left out) includes TikTok ([DOC 1843314887930946]; notes §1–2). */
export const placesOnTikTok = (adgroup: Body): boolean =>
  adgroup.placement_type !== 'PLACEMENT_TYPE_NORMAL' || (Array.isArray(adgroup.placements) && adgroup.placements.includes('PLACEMENT_TIKTOK'))

/** The lists of a Smart+ ad body ([SDK] smart_plus_ad_create.yml; [DOC 1843317390059522]). */
export function checkSmartPlusAdBody(p: Body, adgroup: Body) {
  if (p.ad_name !== undefined) checkName(p, 'ad_name')
  oneOf(p, 'operation_status', ['ENABLE', 'DISABLE'])
  const { min, max } = SMART_PLUS_LIMITS.creativesPerAd
  const creatives = list(p, 'creative_list', max, min)
  creatives.forEach((c, i) => checkCreative(c, i, placesOnTikTok(adgroup)))
  list(p, 'ad_text_list', SMART_PLUS_LIMITS.adTexts).forEach((t, i) => {
    if (typeof t.ad_text !== 'string' || t.ad_text === '') throw paramError(`ad_text_list[${i}].ad_text`, 'Missing data for required field.')
  })
  list(p, 'call_to_action_list', SMART_PLUS_LIMITS.callsToAction).forEach((c, i) => {
    if (isBlank(c.call_to_action)) throw paramError(`call_to_action_list[${i}].call_to_action`, 'Missing data for required field.')
    oneOf(c, 'call_to_action', SMART_PLUS_CALL_TO_ACTIONS)
  })
  list(p, 'landing_page_url_list', SMART_PLUS_LIMITS.landingPageUrls)
}

const SPARK: readonly string[] = SPARK_IDENTITY_TYPES

function checkCreative(c: Body, i: number, onTikTok: boolean) {
  const at = `creative_list[${i}].creative_info`
  const info = c.creative_info
  if (typeof info !== 'object' || info === null || Array.isArray(info)) throw paramError(at, 'Missing data for required field.')
  const ci = info as Body
  if (isBlank(ci.ad_format)) throw paramError(`${at}.ad_format`, 'Missing data for required field.')
  const format = oneOf(ci, 'ad_format', SMART_PLUS_AD_FORMATS)
  const identity = oneOf(ci, 'identity_type', IDENTITY_TYPES)
  if (format === 'SINGLE_VIDEO' && isBlank((ci.video_info as Body | undefined)?.video_id) && isBlank(ci.tiktok_item_id))
    throw paramError(`${at}.video_info.video_id`, 'Required with SINGLE_VIDEO.')
  // On TikTok placements Smart+ ads must be Spark Ads ([DOC 1843317378982914]; [HELP-CI]; notes §1–2).
  if (onTikTok && (!identity || !SPARK.includes(identity) || isBlank(ci.identity_id)))
    throw paramError(`${at}.identity_type`, `Placements include TikTok: must be a Spark identity (${SPARK.join(', ')}) with an identity_id.`)
  if (identity === 'BC_AUTH_TT' && isBlank(ci.identity_authorized_bc_id))
    throw paramError(`${at}.identity_authorized_bc_id`, 'Required with BC_AUTH_TT.')
}
