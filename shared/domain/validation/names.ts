import { hasEmoji, NAME_LIMIT, weightedLength } from '../limits'
import type { Reporter } from './report'

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
