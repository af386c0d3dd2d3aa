/**
 * What one committed step tells the windows: the entities it upserted or
 * removed and the pending entries it added, altered or dropped — changes, never
 * the whole state, so one edit after a 50,000-row import stays small.
 */
import type { AccountDelta, PendingChange } from '#shared/domain/account'
import { emptyEntitySet, entitiesOf } from '#shared/domain/entity-kinds'
import { sameValue } from '#shared/domain/entity-equality'
import { entityKey, type Change, type EntityRef } from './store-types'

/** Which pending entries `next` adds, alters or drops against `current`; read before `current` takes `next` in. */
export function pendingDelta(current: ReadonlyMap<string, PendingChange>, next: Map<string, PendingChange | null>): AccountDelta['pending'] {
  const out: AccountDelta['pending'] = { upserted: [], removed: [] }
  for (const [key, p] of next) {
    const was = current.get(key)
    if (p && !sameValue(p, was)) out.upserted.push(p)
    else if (!p && was) out.removed.push({ kind: was.kind, id: was.id })
  }
  return out
}

/** The entities a step's changes leave upserted or removed, each once, in its last state. */
export function entityDelta(changes: Change[]): Pick<AccountDelta, 'upserted' | 'removed'> {
  const upserted: AccountDelta['upserted'] = emptyEntitySet()
  const removed: EntityRef[] = []
  const last = new Map<string, Change>()
  for (const c of changes) last.set(entityKey(c.kind, c.id), c)
  for (const c of last.values()) {
    if (!c.after) removed.push({ kind: c.kind, id: c.id })
    else entitiesOf(upserted, c.kind).push(c.after)
  }
  return { upserted, removed }
}
