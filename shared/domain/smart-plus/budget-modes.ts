/**
 * Which campaign budget modes Upgraded Smart+ allows, with campaign budget
 * optimisation (CBO) on or off, and each one's default ([DOC 1843312852800706];
 * notes tiktok-api-2026.md §2, High). The SDK's `budget_mode` enum lists only
 * the CBO pair; the docs' fuller list is followed. An editor switching CBO offers
 * these choices; validation and the sandbox check against them.
 */
import type { BudgetMode } from '../enums'

export const SMART_PLUS_BUDGET_MODES: Readonly<Record<'cboOn' | 'cboOff', { allowed: readonly BudgetMode[]; default: BudgetMode }>> = {
  cboOn: { allowed: ['BUDGET_MODE_DYNAMIC_DAILY_BUDGET', 'BUDGET_MODE_TOTAL'], default: 'BUDGET_MODE_DYNAMIC_DAILY_BUDGET' },
  cboOff: { allowed: ['BUDGET_MODE_INFINITE', 'BUDGET_MODE_DAY', 'BUDGET_MODE_TOTAL'], default: 'BUDGET_MODE_INFINITE' },
}

export const budgetModesFor = (cbo: boolean) => SMART_PLUS_BUDGET_MODES[cbo ? 'cboOn' : 'cboOff']

/** `CPC` for CLICK, `OCPM` for every other goal ([DOC 1843314887930946]; notes §2). */
export const billingEventFor = (optimizationGoal: string): 'CPC' | 'OCPM' => (optimizationGoal === 'CLICK' ? 'CPC' : 'OCPM')

/** Goals that need a pixel and an optimisation event on WEB_CONVERSIONS and LEAD_GENERATION (notes §2). */
export const PIXEL_GOALS: readonly string[] = ['CONVERT', 'VALUE']
export const PIXEL_OBJECTIVES: readonly string[] = ['WEB_CONVERSIONS', 'LEAD_GENERATION']

/**
 * Ad group fields that must be identical across a CBO campaign's ad groups
 * ([DOC 1843314887930946]; notes §2): promotion type, goal, event, billing, bid type and prices.
 */
export const CBO_SHARED_FIELDS = [
  'promotion_type',
  'optimization_goal',
  'optimization_event',
  'billing_event',
  'bid_type',
  'bid_price',
  'conversion_bid_price',
  'roas_bid',
] as const
