/**
 * TikTok's minimum budgets (shared/domain/limits.ts) are known in USD only, so
 * they are checked only for USD accounts rather than guessed for others.
 */
export const minimumsApply = (currency: string) => currency.toUpperCase() === 'USD'
