/**
 * TikTok's minimum budgets (shared/domain/limits.ts) are published in USD only
 * (notes tiktok-api.md, minimum budgets: the per-currency table was not
 * retrieved). USD accounts get them as errors. Other currencies get a clearly
 * labelled fallback: the USD figure taken as the same number of the account's
 * currency, as a warning only — it never holds a draft back, since a guess
 * must not block a valid budget; TikTok's own answer on posting decides.
 */
export type MinimumBasis = 'published' | 'fallback'
export const minimumBasis = (currency: string): MinimumBasis => (currency.toUpperCase() === 'USD' ? 'published' : 'fallback')

/** Appended to a fallback warning, so the buyer knows the figure is not TikTok's. */
export const fallbackMinimumNote = (currency: string) =>
  ` Fallback check: TikTok's minimum for ${currency.toUpperCase()} is not published in Adwright's sources, so TikTok's USD minimum is used as the same number of ${currency.toUpperCase()}; TikTok decides when you post.`

/** Reports a budget under the minimum: an error on the published figure, a labelled warning on the fallback. */
export function reportMinimum(
  report: { error(ruleId: string, field: string, message: string): void; warning(ruleId: string, field: string, message: string): void },
  basis: MinimumBasis,
  ruleId: string,
  message: string,
  currency: string,
): void {
  if (basis === 'published') report.error(ruleId, 'budget', message)
  else report.warning(`${ruleId}-fallback`, 'budget', `${message}${fallbackMinimumNote(currency)}`)
}

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
