import type { AdGroup, Campaign } from '../entities'
import type { Problem } from '../problems'
import { isReadOnly } from '../read-only'
import { checkDevices, checkLocations, checkPlacements } from './adgroup-targeting-rules'
import { checkAdGroupBudget, checkSchedule } from './adgroup-schedule-rules'
import type { ValidationContext } from './context'
import { checkName } from './names'
import { checkAdGroupPromotion } from './promotion-rules'
import { formatMoney, reporter, type Reporter } from './report'

/** Objectives optimised on a web pixel event. */
const PIXEL_OBJECTIVES = new Set(['WEB_CONVERSIONS', 'PRODUCT_SALES'])

function checkConversion(report: Reporter, ag: AdGroup, campaign: Campaign): void {
  if (!PIXEL_OBJECTIVES.has(campaign.objective_type)) return
  if (!ag.pixel_id) report.error('adgroup.pixel.required', 'pixel_id', 'this objective optimises on website events: choose the pixel to track them.')
  if (!ag.optimization_event)
    report.error('adgroup.optimization-event.required', 'optimization_event', 'choose the website event to optimise for (e.g. Purchase).')
}

function checkBid(report: Reporter, ag: AdGroup, currency: string): void {
  if (ag.bid_type !== 'BID_TYPE_CUSTOM') return
  if (ag.bid_price === undefined && ag.conversion_bid_price === undefined) {
    report.error('adgroup.bid.required', 'bid_price', 'a cost cap bid needs a bid amount. Enter one, or switch to maximum delivery.')
    return
  }
  for (const field of ['bid_price', 'conversion_bid_price'] as const) {
    const bid = ag[field]
    if (bid !== undefined && !(bid > 0))
      report.error('adgroup.bid.positive', field, `the bid must be more than ${formatMoney(0, currency)} (it is ${formatMoney(bid, currency)}).`)
  }
}

/**
 * Problems with one ad group. `campaign` is its parent as found in the account
 * (undefined when it does not exist): objective-dependent rules need it.
 */
export function validateAdGroup(ag: AdGroup, campaign: Campaign | undefined, ctx: ValidationContext): Problem[] {
  // Smart+ ad groups nest their targeting in targeting_spec (no manual fields) and are never posted.
  if (isReadOnly('adgroup', ag)) return []
  const out: Problem[] = []
  const report = reporter('adgroup', ag.adgroup_id, ag.adgroup_name, out)
  checkName(report, 'adgroup', 'adgroup_name', ag.adgroup_name)
  if (!campaign)
    report.error(
      'adgroup.campaign.missing',
      'campaign_id',
      `its campaign (${ag.campaign_id}) does not exist. Move the ad group to a campaign or delete it.`,
    )
  else {
    checkConversion(report, ag, campaign)
    checkAdGroupPromotion(report, ag, campaign)
  }

  const days = checkSchedule(report, ag, ctx)
  checkAdGroupBudget(report, ag, campaign, days, ctx)
  checkBid(report, ag, ctx.currency)
  checkPlacements(report, ag, ctx)
  checkLocations(report, ag, ctx)
  checkDevices(report, ag, campaign?.objective_type === 'APP_PROMOTION')
  return out
}
