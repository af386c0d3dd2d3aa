import { isLocalId } from '../../entities'
import type { Problem } from '../../problems'
import { checkName } from '../../validation/names'
import { reporter, type Reporter } from '../../validation/report'
import { formatScheduleTime, parseScheduleTime } from '../../validation/schedule-time'
import type { SmartPlusAdGroup } from '../adgroup-schema'
import { billingEventFor, PIXEL_GOALS, PIXEL_OBJECTIVES } from '../budget-modes'
import type { SmartPlusCampaign } from '../campaign-schema'
import { SMART_PLUS_LIMITS } from '../limits'
import { US_LOCATION_ID } from '../locked-fields'
import { ignoredFields } from '../targeting-modes'
import { checkLocked } from './campaign-rules'
import { PROBLEM_KIND, type SmartPlusValidationContext } from './context'

const HOUR_MS = 3_600_000

/** `CPC` only for CLICK, `OCPM` for every other goal ([DOC 1843314887930946]; notes §2). */
function checkBilling(report: Reporter, ag: SmartPlusAdGroup): void {
  const want = billingEventFor(ag.optimization_goal)
  if (ag.billing_event !== want)
    report.error(
      'smart-plus.adgroup.billing-event',
      'billing_event',
      `the ${ag.optimization_goal} goal is billed ${want} on Smart+ (it is ${ag.billing_event}). Set billing to ${want}.`,
    )
}

/** CONVERT and VALUE on WEB_CONVERSIONS / LEAD_GENERATION need a pixel and an event ([DOC 1843314887930946]; notes §2). */
function checkPixel(report: Reporter, ag: SmartPlusAdGroup, campaign: SmartPlusCampaign): void {
  if (!PIXEL_OBJECTIVES.includes(campaign.objective_type) || !PIXEL_GOALS.includes(ag.optimization_goal)) return
  if (!ag.pixel_id)
    report.error(
      'smart-plus.adgroup.pixel.required',
      'pixel_id',
      `optimising for ${ag.optimization_goal} needs a pixel: choose the pixel that tracks it.`,
    )
  if (!ag.optimization_event)
    report.error('smart-plus.adgroup.optimization-event.required', 'optimization_event', 'choose the website event to optimise for (e.g. Purchase).')
}

function checkBid(report: Reporter, ag: SmartPlusAdGroup): void {
  if (ag.bid_type === 'BID_TYPE_CUSTOM' && ag.bid_price === undefined && ag.conversion_bid_price === undefined && ag.roas_bid === undefined)
    report.error('smart-plus.adgroup.bid.required', 'bid_price', 'a cost cap bid needs a bid amount. Enter one, or switch to maximum delivery.')
}

/** A new ad group may start at most 12 hours in the past ([DOC 1843314887930946]; notes §2). */
function checkStart(report: Reporter, ag: SmartPlusAdGroup, now: Date): void {
  const start = parseScheduleTime(ag.schedule_start_time)
  if (start === undefined) {
    report.error(
      'smart-plus.adgroup.schedule.start-format',
      'schedule_start_time',
      `the start time “${ag.schedule_start_time}” is not valid: use YYYY-MM-DD HH:MM:SS in UTC.`,
    )
    return
  }
  const earliest = now.getTime() - SMART_PLUS_LIMITS.startPastHours * HOUR_MS
  if (isLocalId(ag.adgroup_id) && start < earliest)
    report.error(
      'smart-plus.adgroup.schedule.start-too-early',
      'schedule_start_time',
      `a Smart+ ad group may start at most ${SMART_PLUS_LIMITS.startPastHours} hours in the past; ${ag.schedule_start_time} UTC is earlier than ${formatScheduleTime(earliest)} UTC. Move the start later.`,
    )
}

/** At least one location or zip code, as every ad group (notes tiktok-api.md, targeting table); a hard control in both modes (§2). */
function checkLocations(report: Reporter, ag: SmartPlusAdGroup): void {
  const spec = ag.targeting_spec
  if (!spec.location_ids?.length && !spec.zipcode_ids?.length)
    report.error('smart-plus.adgroup.locations.required', 'targeting_spec', 'choose where the ads run: add at least one location.')
}

/** Selected placements need at least one placement (as manual ad groups: [SDK] smart_plus_adgroup_create.yml `placements`). */
function checkPlacements(report: Reporter, ag: SmartPlusAdGroup): void {
  if (ag.placement_type === 'PLACEMENT_TYPE_NORMAL' && !ag.placements?.length)
    report.error('smart-plus.adgroup.placements.required', 'placements', 'with selected placements, choose at least one placement (e.g. TikTok).')
}

/** Fields TikTok ignores silently in the chosen targeting mode ([DOC 1843314887930946]; notes §2). */
function checkIgnoredTargeting(report: Reporter, ag: SmartPlusAdGroup): void {
  const ignored = ignoredFields(ag.targeting_spec, ag.targeting_optimization_mode, ag.suggestion_audience_enabled === true)
  if (ignored.length === 0) return
  const why =
    ag.targeting_optimization_mode === 'MANUAL'
      ? 'manual targeting does not use them'
      : ag.suggestion_audience_enabled
        ? 'automatic targeting uses only its controls and suggestions'
        : 'automatic targeting uses only its controls (turn on audience suggestions to use age, gender, audiences and interests as hints)'
  report.warning(
    'smart-plus.adgroup.targeting.ignored',
    'targeting_spec',
    `TikTok will ignore ${ignored.join(', ')}: ${why}. Clear them, or change the targeting mode.`,
  )
}

export function validateSmartPlusAdGroup(
  ag: SmartPlusAdGroup,
  campaign: SmartPlusCampaign | undefined,
  adCount: number,
  ctx: SmartPlusValidationContext,
): Problem[] {
  const out: Problem[] = []
  const report = reporter(PROBLEM_KIND.adgroup, ag.adgroup_id, ag.adgroup_name, out)
  checkName(report, 'smart-plus.adgroup', 'adgroup_name', ag.adgroup_name)
  if (!campaign)
    report.error(
      'smart-plus.adgroup.campaign.missing',
      'campaign_id',
      `its Smart+ campaign (${ag.campaign_id}) does not exist. Move the ad group or delete it.`,
    )
  else checkPixel(report, ag, campaign)
  checkBilling(report, ag)
  checkBid(report, ag)
  checkStart(report, ag, ctx.now)
  checkLocations(report, ag)
  checkPlacements(report, ag)
  checkIgnoredTargeting(report, ag)
  if (adCount > SMART_PLUS_LIMITS.adsPerAdGroup)
    report.error(
      'smart-plus.adgroup.ads.max',
      '',
      `TikTok takes at most ${SMART_PLUS_LIMITS.adsPerAdGroup} ads in a Smart+ ad group (it has ${adCount}). Move some into another ad group.`,
    )
  const posted = ctx.posted?.adgroup(ag.adgroup_id)
  checkLocked(report, 'adgroup', posted, ag)
  if (posted?.targeting_spec.location_ids?.includes(US_LOCATION_ID) && !ag.targeting_spec.location_ids?.includes(US_LOCATION_ID))
    report.error(
      'smart-plus.adgroup.locations.us-kept',
      'targeting_spec',
      'TikTok does not let a Smart+ ad group stop targeting the United States once it has. Put the United States back.',
    )
  return out
}
