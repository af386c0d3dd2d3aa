import type { AdGroup, Campaign } from '../entities'
import { isLocalId } from '../entities'
import { checkBudgetPair } from './campaign-rules'
import type { ValidationContext } from './context'
import { MIN_BUDGET_USD } from '../limits'
import { aboveMinimumMessage, minimumBasis, reportMinimum } from './minimums'
import { formatMoney, type Reporter } from './report'
import { formatScheduleTime, parseScheduleTime, scheduledDays } from './schedule-time'

const TIME_ADVICE = 'use YYYY-MM-DD HH:MM:SS in UTC, e.g. 2026-12-01 00:00:00'
const DAYPARTING = /^[01]{336}$/

/** Schedule and dayparting. Returns the scheduled days when start and end are both usable. */
export function checkSchedule(report: Reporter, ag: AdGroup, ctx: ValidationContext): number | undefined {
  let start: number | undefined
  if (!ag.schedule_start_time) {
    report.error('adgroup.schedule.start-required', 'schedule_start_time', 'enter a start time.')
  } else {
    start = parseScheduleTime(ag.schedule_start_time)
    if (start === undefined)
      report.error('adgroup.schedule.start-format', 'schedule_start_time', `the start time “${ag.schedule_start_time}” is not valid: ${TIME_ADVICE}.`)
    else if (isLocalId(ag.adgroup_id) && start < ctx.now.getTime())
      // Only for new drafts: a running ad group downloaded from TikTok started in the past by design.
      report.warning(
        'adgroup.schedule.start-in-past',
        'schedule_start_time',
        `the start time ${ag.schedule_start_time} UTC has already passed (it is now ${formatScheduleTime(ctx.now.getTime())} UTC). Move the start to a future time.`,
      )
  }

  if (ag.budget_mode === 'BUDGET_MODE_TOTAL' && ag.schedule_type !== 'SCHEDULE_START_END')
    report.error('adgroup.schedule.total-needs-end', 'schedule_type', 'a lifetime budget needs a schedule with both a start and an end time.')

  let days: number | undefined
  if (ag.schedule_type === 'SCHEDULE_START_END') {
    if (!ag.schedule_end_time) {
      report.error('adgroup.schedule.end-required', 'schedule_end_time', 'a start-to-end schedule needs an end time.')
    } else {
      const end = parseScheduleTime(ag.schedule_end_time)
      if (end === undefined)
        report.error('adgroup.schedule.end-format', 'schedule_end_time', `the end time “${ag.schedule_end_time}” is not valid: ${TIME_ADVICE}.`)
      else if (start !== undefined && end <= start)
        report.error('adgroup.schedule.end-before-start', 'schedule_end_time', 'the end time must be after the start time.')
      else if (start !== undefined) days = scheduledDays(start, end)
    }
  }

  if (ag.dayparting !== undefined) {
    if (!DAYPARTING.test(ag.dayparting))
      report.error(
        'adgroup.dayparting.format',
        'dayparting',
        `the dayparting grid is damaged (it must be 336 half-hour slots of 0 or 1, it has ${ag.dayparting.length} characters). Reset it to “all day”.`,
      )
    else if (!ag.dayparting.includes('1'))
      report.error(
        'adgroup.dayparting.empty',
        'dayparting',
        'no hour of the week is selected, so the ad group would never deliver. Select at least one half-hour.',
      )
  }
  return days
}

/** The ad group's own budget, or a warning that it is unused when the campaign optimises the budget. */
export function checkAdGroupBudget(
  report: Reporter,
  ag: AdGroup,
  campaign: Campaign | undefined,
  days: number | undefined,
  ctx: ValidationContext,
): void {
  if (campaign?.budget_optimize_on) {
    if (ag.budget !== undefined)
      report.warning(
        'adgroup.budget.ignored-with-cbo',
        'budget',
        `campaign “${campaign.campaign_name}” shares its budget across its ad groups, so this ad group's budget is not used. Clear it to avoid confusion.`,
      )
    return
  }
  if (ag.budget_mode === 'BUDGET_MODE_INFINITE') {
    report.error('adgroup.budget.mode', 'budget_mode', 'without campaign budget optimisation an ad group needs a daily or lifetime budget.')
    return
  }
  if (!checkBudgetPair(report, 'adgroup', ag.budget_mode, ag.budget)) return
  const budget = ag.budget as number
  const money = (n: number) => formatMoney(n, ctx.currency)
  const basis = minimumBasis(ctx.currency)
  if (ag.budget_mode === 'BUDGET_MODE_TOTAL') {
    if (days === undefined) return // the schedule error already says what to fix
    const min = MIN_BUDGET_USD.adgroupPerDay * days
    if (budget < min)
      reportMinimum(
        report,
        basis,
        'adgroup.budget.min-lifetime',
        `lifetime budget must be at least ${money(min)} (${money(MIN_BUDGET_USD.adgroupPerDay)} × ${days} scheduled day${days === 1 ? '' : 's'}; it is ${money(budget)}).`,
        ctx.currency,
      )
  } else if (budget <= MIN_BUDGET_USD.adgroupDaily) {
    reportMinimum(
      report,
      basis,
      'adgroup.budget.min-daily',
      aboveMinimumMessage('daily budget', MIN_BUDGET_USD.adgroupDaily, budget, money),
      ctx.currency,
    )
  }
}
