/**
 * What "Get recent changes" would take away, in the words the Sync page's
 * confirm step and `adwright pull` both use: the local entities TikTok no
 * longer has, the local changes TikTok's version would replace, and the edited
 * entities that would become new creations.
 */
import { countsPhrase, fieldWord, joinWords } from './entity-words'
import type { EntityKind } from './entity-kinds'
import type { DownloadLoss } from './sync'

/** Names listed before "and N more". */
const NAMES_SHOWN = 5

function countsOf(losses: DownloadLoss[]): Partial<Record<EntityKind, number>> {
  const counts: Partial<Record<EntityKind, number>> = {}
  for (const l of losses) counts[l.kind] = (counts[l.kind] ?? 0) + 1
  return counts
}

function namesPhrase(names: string[]): string {
  const shown = names.slice(0, NAMES_SHOWN).map((n) => `“${n || '(no name)'}”`)
  return joinWords(names.length > NAMES_SHOWN ? [...shown, `${names.length - NAMES_SHOWN} more`] : shown)
}

/**
 * One sentence per kind of loss, e.g. "This download removes 1 campaign, 3 ad
 * groups and 6 ads you have locally, which TikTok no longer has: “Trail Shoes”."
 * A removed entity whose parent goes too is counted, not named.
 */
export function downloadLossSentences(losses: DownloadLoss[]): string[] {
  const out: string[] = []
  const removed = losses.filter((l) => l.loss === 'removed')
  if (removed.length) {
    const gone = new Set(removed.map((l) => l.id))
    const tops = removed.filter((l) => !l.parentId || !gone.has(l.parentId)).map((l) => l.name)
    out.push(`This download removes ${countsPhrase(countsOf(removed))} you have locally, which TikTok no longer has: ${namesPhrase(tops)}.`)
  }
  const overwritten = losses.filter((l) => l.loss === 'overwritten')
  if (overwritten.length) {
    const named = overwritten.map((l) => `${l.name} (${l.fields.map(fieldWord).join(', ')})`)
    out.push(`It replaces your local changes to ${countsPhrase(countsOf(overwritten))} with TikTok's version: ${namesPhrase(named)}.`)
  }
  const recreated = losses.filter((l) => l.loss === 'recreated')
  if (recreated.length) {
    const phrase = countsPhrase(countsOf(recreated))
    out.push(
      `TikTok no longer has ${phrase} you changed locally: ${namesPhrase(recreated.map((l) => l.name))}. Your version stays, as ${recreated.length === 1 ? 'a new one' : 'new ones'} that Post changes would create.`,
    )
  }
  return out
}
