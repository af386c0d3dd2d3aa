import { isLocalId, type Campaign } from '../entities'
import type { BudgetMode } from '../enums'
import type { Problem } from '../problems'
import { isReadOnly } from '../read-only'
import type { ValidationContext } from './context'
import { MIN_BUDGET_USD } from '../limits'
import { aboveMinimumMessage, minimumBasis, reportMinimum } from './minimums'
import { checkName } from './names'
import { checkCampaignDrafting } from './promotion-rules'
import { creationPathFor } from '../smart-plus/creation-path'
import { formatMoney, reporter, type Reporter } from './report'

const BUDGET_MODE_WORDS: Record<BudgetMode, string> = {
  BUDGET_MODE_INFINITE: 'an unlimited budget',
  BUDGET_MODE_DAY: 'a daily budget',
  BUDGET_MODE_TOTAL: 'a lifetime budget',
  BUDGET_MODE_DYNAMIC_DAILY_BUDGET: 'a dynamic daily budget',
}

/**
 * The budget_mode/budget pairing shared by campaigns and ad groups: an
 * unlimited budget carries no amount, every other mode needs a positive one.
 * Returns whether the amount is usable for the minimum-budget checks.
 */
export function checkBudgetPair(report: Reporter, prefix: string, mode: BudgetMode, budget: number | undefined): boolean {
  if (mode === 'BUDGET_MODE_INFINITE') {
    if (budget !== undefined)
      report.error(
        `${prefix}.budget.not-allowed`,
        'budget',
        'an unlimited budget has no amount. Clear the budget or pick a daily or lifetime budget.',
      )
    return false
  }
  if (budget === undefined || !(budget > 0)) {
    report.error(`${prefix}.budget.required`, 'budget', `${BUDGET_MODE_WORDS[mode]} needs an amount. Enter the budget.`)
    return false
  }
  return true
}

export function validateCampaign(campaign: Campaign, ctx: ValidationContext): Problem[] {
  // Smart+ campaigns follow other rules and are never posted.
  if (isReadOnly('campaign', campaign)) return []
  const out: Problem[] = []
  const report = reporter('campaign', campaign.campaign_id, campaign.campaign_name, out)
  checkName(report, 'campaign', 'campaign_name', campaign.campaign_name)
  checkCampaignDrafting(report, campaign)
  // After TikTok's end of manual creation (creation-path.ts; notes tiktok-api-2026.md §1) a new manual campaign of a
  // Smart+ objective cannot be created: only a draft not yet on TikTok is affected, existing ones stay editable.
  if (isLocalId(campaign.campaign_id) && creationPathFor(campaign.objective_type, ctx.now) === 'smart_plus')
    report.error(
      'campaign.creation-path.smart-plus',
      'objective_type',
      `TikTok no longer creates manual ${campaign.objective_type} campaigns: convert the draft to Smart+ to post it.`,
    )

  if (campaign.objective_type === 'RF_REACH' && campaign.budget_mode !== 'BUDGET_MODE_INFINITE') {
    report.error(
      'campaign.budget.rf-reach-infinite',
      'budget_mode',
      'Reach & Frequency campaigns take only an unlimited budget; the budget is set when the reservation is booked.',
    )
  } else if (checkBudgetPair(report, 'campaign', campaign.budget_mode, campaign.budget)) {
    const budget = campaign.budget as number
    if (budget <= MIN_BUDGET_USD.campaign)
      reportMinimum(
        report,
        minimumBasis(ctx.currency),
        'campaign.budget.min',
        aboveMinimumMessage('the budget', MIN_BUDGET_USD.campaign, budget, (n) => formatMoney(n, ctx.currency)),
        ctx.currency,
      )
  }

  if (campaign.budget_optimize_on && campaign.budget_mode === 'BUDGET_MODE_INFINITE')
    report.error(
      'campaign.budget.cbo-needs-budget',
      'budget_optimize_on',
      'budget optimisation shares the campaign budget across ad groups, so it needs a daily or lifetime campaign budget.',
    )
  return out
}
