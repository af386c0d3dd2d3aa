/**
 * Sync's writes to the account store beyond account-sync.ts's download and
 * create hooks: a posted update or deletion becomes the baseline, and a
 * conflict's server version is taken in. Each is one durable transaction, and
 * like every sync write it ends the undo history.
 */
import type { AccountDelta } from '../../../shared/domain/account'
import type { AccountStore } from '../account-store/account-store'
import type { Entity } from '../../../shared/domain/entity-kinds'
import type { Change, EntityRef } from '../account-store/store-types'

function syncCommit(store: AccountStore, changes: Change[], puts: Array<[EntityRef, Entity]>, removes: EntityRef[]): AccountDelta {
  const { history, drop } = store.clearedHistory()
  return store.commit(changes, history, [], drop, { puts, removes })
}

/** TikTok now holds `posted` for this entity: it becomes the baseline (pending only if the working copy differs). */
export const recordPostedVersion = (store: AccountStore, ref: EntityRef, posted: Entity) => syncCommit(store, [], [[ref, posted]], [])

/** Deleted on TikTok: the tombstones (the entity and its children) stop being pending. */
export const recordPostedDeletes = (store: AccountStore, refs: EntityRef[]) => syncCommit(store, [], [], refs)

/**
 * A conflict: TikTok's version becomes the baseline. `working` is what the
 * working copy becomes: the user's version kept on top ("keep mine", or while
 * undecided) or the server's ("take theirs").
 */
export function takeServerBaseline(store: AccountStore, ref: EntityRef, server: Entity, working: Entity | null): AccountDelta {
  const before = store.workingEntity(ref.kind, ref.id) ?? null
  return syncCommit(store, [{ ...ref, before, after: working }], [[ref, server]], [])
}
