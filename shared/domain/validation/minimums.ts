/**
 * TikTok's minimum budgets (shared/domain/limits.ts) are known in USD only, so
 * they are checked only for USD accounts rather than guessed for others.
 */
export const minimumsApply = (currency: string) => currency.toUpperCase() === 'USD'

/**
 * TikTok's daily and campaign minimums are strict ("above $20", "above $50":
 * notes tiktok-api.md, minimum budgets), so a budget of exactly the minimum is
 * refused; the message says so, since "more than $20.00 (it is $20.00)" reads
 * as a contradiction to a buyer.
 */
export function aboveMinimumMessage(what: string, min: number, value: number, money: (n: number) => string): string {
  const smallest = Math.round(min * 100 + 1) / 100
  return value === min
    ? `${what} must be more than ${money(min)}: TikTok refuses exactly ${money(min)}, so use ${money(smallest)} or more.`
    : `${what} must be more than ${money(min)} (it is ${money(value)}).`
}
