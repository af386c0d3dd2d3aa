import type { Problem } from '../../problems'
import { checkBudgetPair } from '../../validation/campaign-rules'
import { checkName } from '../../validation/names'
import { reporter, type Reporter } from '../../validation/report'
import { budgetModesFor } from '../budget-modes'
import { cboOn, type SmartPlusCampaign } from '../campaign-schema'
import { SMART_PLUS_LIMITS } from '../limits'
import { lockedFieldChanges } from '../locked-fields'
import { PROBLEM_KIND, type SmartPlusValidationContext } from './context'

const MODE_WORDS: Record<string, string> = {
  BUDGET_MODE_DYNAMIC_DAILY_BUDGET: 'dynamic daily',
  BUDGET_MODE_TOTAL: 'lifetime',
  BUDGET_MODE_INFINITE: 'unlimited',
  BUDGET_MODE_DAY: 'daily',
}
const modeList = (modes: readonly string[]) => modes.map((m) => MODE_WORDS[m] ?? m).join(' or ')

/** Budget modes with and without CBO ([DOC 1843312852800706]; notes tiktok-api-2026.md §2). */
function checkBudgetMode(report: Reporter, c: SmartPlusCampaign): void {
  const cbo = cboOn(c)
  const { allowed } = budgetModesFor(cbo)
  if (!allowed.includes(c.budget_mode)) {
    report.error(
      'smart-plus.campaign.budget-mode',
      'budget_mode',
      cbo
        ? `with budget optimisation on, the budget must be ${modeList(allowed)} (it is ${MODE_WORDS[c.budget_mode]}). Pick one of those, or turn budget optimisation off.`
        : `with budget optimisation off, the budget must be ${modeList(allowed)} (it is ${MODE_WORDS[c.budget_mode]}). Pick one of those, or turn budget optimisation on.`,
    )
    return
  }
  checkBudgetPair(report, 'smart-plus.campaign', c.budget_mode, c.budget)
}

/** Locked once posted: the update endpoint takes only name, budget and PO number ([SDK] smart_plus_campaign_update.yml). */
export function checkLocked(report: Reporter, kind: 'campaign' | 'adgroup' | 'ad', posted: object | undefined, working: object): void {
  if (!posted) return
  for (const field of lockedFieldChanges(kind, posted as Record<string, unknown>, working as Record<string, unknown>))
    report.error(
      `smart-plus.${kind}.locked`,
      field,
      `TikTok does not let ${field} change after the ${kind === 'adgroup' ? 'ad group' : kind} is created. Undo the change, or duplicate it and change the copy.`,
    )
}

export function validateSmartPlusCampaign(c: SmartPlusCampaign, adgroupCount: number, ctx: SmartPlusValidationContext): Problem[] {
  const out: Problem[] = []
  const report = reporter(PROBLEM_KIND.campaign, c.campaign_id, c.campaign_name, out)
  checkName(report, 'smart-plus.campaign', 'campaign_name', c.campaign_name)
  checkBudgetMode(report, c)
  // App promotion names its kind of app campaign ([SDK] smart_plus_campaign_create.yml; notes §2–3).
  if (c.objective_type === 'APP_PROMOTION' && !c.app_promotion_type)
    report.error(
      'smart-plus.campaign.app-promotion-type',
      'app_promotion_type',
      'an app promotion campaign needs its app promotion type (App install).',
    )
  if (adgroupCount > SMART_PLUS_LIMITS.adgroupsPerCampaign)
    report.error(
      'smart-plus.campaign.adgroups.max',
      '',
      `TikTok takes at most ${SMART_PLUS_LIMITS.adgroupsPerCampaign} ad groups in a Smart+ campaign (it has ${adgroupCount}). Move some into another campaign.`,
    )
  checkLocked(report, 'campaign', ctx.posted?.campaign(c.campaign_id), c)
  return out
}
