import type { Reporter } from './report'

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

export const hasEmoji = (text: string) => !PLAIN.test(text) && EMOJI.test(text)

/** Name limits: 512 for campaigns is TikTok's documented limit; ad groups and ads use the same. */
export const NAME_LIMIT = 512

export function checkName(report: Reporter, prefix: string, field: string, name: string): void {
  if (!name.trim()) {
    report.error(`${prefix}.name.required`, field, 'give it a name.')
    return
  }
  const length = weightedLength(name)
  if (length > NAME_LIMIT)
    report.error(
      `${prefix}.name.too-long`,
      field,
      `the name is too long: ${length} of at most ${NAME_LIMIT} characters (Chinese, Japanese and Korean characters count as two). Shorten it.`,
    )
  if (hasEmoji(name)) report.error(`${prefix}.name.emoji`, field, 'TikTok does not accept emoji in names. Remove them.')
}
