/**
 * TikTok's published limits, written once: the client's validation
 * (shared/domain/validation) warns about them and the embedded sandbox
 * (electron/backend/sandbox), which imitates TikTok, enforces them, so
 * the two cannot disagree. Each number names where it comes from.
 */

/**
 * Longest campaign, ad group or ad name, in weighted characters (`weightedLength`).
 * Campaign names: at most 512, no emoji, CJK counting as two, per the campaign
 * create docs (bububa/tiktok-business model/campaign/create.go, translating the
 * official page) and again for Smart+ campaigns in 2026
 * (https://business-api.tiktok.com/portal/docs?id=1843312852800706). TikTok
 * documents no separate limit for ad group and ad names; we assume the same.
 */
export const NAME_LIMIT = 512

/**
 * TikTok counts each CJK character as two towards a name's limit. Script
 * extensions also catch the marks these scripts share (ー, 々, 。).
 */
const CJK = /[\p{Script_Extensions=Han}\p{Script_Extensions=Hiragana}\p{Script_Extensions=Katakana}\p{Script_Extensions=Hangul}]/u
const EMOJI = /\p{Extended_Pictographic}/u
const PLAIN = /^[\x20-\x7e]*$/

/** A name's length as TikTok measures it: code points, with CJK counting double. */
export function weightedLength(name: string): number {
  if (PLAIN.test(name)) return name.length // the common case, without a per-character scan
  let n = 0
  for (const ch of name) n += CJK.test(ch) ? 2 : 1
  return n
}

/** TikTok refuses emoji in names (same sources as NAME_LIMIT). */
export const hasEmoji = (text: string) => !PLAIN.test(text) && EMOJI.test(text)

/**
 * TikTok's minimum budgets, in USD only: https://ads.tiktok.com/help/article/budget
 * (as read in August 2025). The API docs point to a per-currency table that was
 * not available, so other currencies' minimums are unknown and not guessed.
 */
export const MIN_BUDGET_USD = {
  /** Campaign daily or lifetime budget must be above this. */
  campaign: 50,
  /** Ad group daily budget must be above this. */
  adgroupDaily: 20,
  /** Ad group lifetime budget must be at least this per scheduled day. */
  adgroupPerDay: 20,
} as const

/**
 * Ad text: 1–100 Latin characters (or 1–50 Asian ones), no emoji, `{ }` or `#`,
 * per https://ads.tiktok.com/help/article/video-ads-specifications (July 2024).
 */
export const AD_TEXT_LIMIT = 100

/**
 * The text as TikTok shows it within `limit` weighted characters (CJK counting
 * two, as for the ad text's 100 Latin or 50 Asian characters): where the ad
 * preview cuts it. `cut` says whether anything was left out.
 */
export function cutToWeightedLength(text: string, limit: number): { shown: string; cut: boolean } {
  if (weightedLength(text) <= limit) return { shown: text, cut: false }
  let n = 0
  let shown = ''
  for (const ch of text) {
    n += CJK.test(ch) ? 2 : 1
    if (n > limit) break
    shown += ch
  }
  return { shown, cut: true }
}
