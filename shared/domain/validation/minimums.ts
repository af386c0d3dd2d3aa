/**
 * TikTok's minimum budgets, known only in USD (the per-currency table was not
 * available), so they are checked only for USD accounts rather than guessed.
 */
export const MIN_BUDGET_USD = {
  /** Campaign daily or lifetime budget must be above this. */
  campaign: 50,
  /** Ad group daily budget must be above this. */
  adgroupDaily: 20,
  /** Ad group lifetime budget must be at least this per scheduled day. */
  adgroupPerDay: 20,
} as const

export const minimumsApply = (currency: string) => currency.toUpperCase() === 'USD'
