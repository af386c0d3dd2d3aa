import {
  ENTITY_KINDS,
  LEVEL_OF,
  fieldsOf,
  isSmartPlusKind,
  KINDS,
  childKindsOf,
  entitiesOf,
  idOf,
  nameOf,
  parentFieldOf,
  parentIdOf,
  withFields,
  withFieldsOf,
  type Entity,
  type EntityKind,
  type EntitySet,
} from '#shared/domain/entity-kinds'
import { changedFields, sameEntity } from '#shared/domain/entity-equality'
import type { PendingChange } from '#shared/domain/account'
import type { DownloadLoss } from '#shared/domain/sync'
import { ServiceError } from '#backend/app/service-error'
import { entityKey, type Change, type EntityRef } from './store-types'

/*
 * What sync (download and post) does to a store, planned from what the store
 * shows of itself; the store commits the plan (AccountStore.applyDownload,
 * recordPostedCreate). Both rewrite the baseline, so the undo history ends
 * there: undoing an edit made before a download would silently overwrite what
 * the server just said.
 */

/** What the plans read of the store: its public read methods. */
export interface SyncView {
  workingEntity(kind: EntityKind, id: string): Entity | undefined
  workingEntities(kind: EntityKind): Iterable<Entity>
  pendingFor(kind: EntityKind, id: string): PendingChange | undefined
  readBaseline(): EntitySet
}

/** Working-copy changes and baseline rewrites that a sync operation commits together. */
export interface SyncWrite {
  changes: Change[]
  createdIds: string[]
  baseline: { puts: Array<[EntityRef, Entity]>; removes: EntityRef[]; downloadedAt?: string | null }
}

function keyed(set: EntitySet): Map<string, [EntityRef, Entity]> {
  const m = new Map<string, [EntityRef, Entity]>()
  for (const kind of KINDS) for (const e of entitiesOf(set, kind)) m.set(entityKey(kind, idOf(kind, e)), [{ kind, id: idOf(kind, e) }, e])
  return m
}

/**
 * Replaces the baseline with a fresh download. Entities the user has not
 * touched take the server's version (or disappear if the server no longer has
 * them); an edited entity takes the server's version of the fields the user did
 * not change and keeps the user's values for the fields they did, so local
 * edits survive a refresh. Local creations and deletions stay pending; a local
 * deletion of something the server no longer has simply stops being pending.
 */
export function planDownload(store: SyncView, download: EntitySet, at: Date): SyncWrite {
  const incoming = keyed(download)
  const old = keyed(store.readBaseline())
  const changes: Change[] = []
  for (const [ref, server] of incoming.values()) {
    const pending = store.pendingFor(ref.kind, ref.id)
    const local = store.workingEntity(ref.kind, ref.id) ?? null
    // The server's entity, or for a local edit the server's entity with the fields the user changed put back.
    const after = !pending ? server : pending.change === 'edited' && local ? withFieldsOf(server, local, pending.fields) : null
    // What TikTok did not change stays out of the delta, so a download sends the windows what changed, not 50,000 rows.
    if (after && !sameEntity(local, after)) changes.push({ ...ref, before: local, after })
  }
  const removes: EntityRef[] = []
  for (const [key, [ref]] of old) {
    if (incoming.has(key)) continue
    removes.push(ref)
    const local = store.workingEntity(ref.kind, ref.id)
    if (local && !store.pendingFor(ref.kind, ref.id)) changes.push({ ...ref, before: local, after: null })
  }
  return { changes, createdIds: [], baseline: { puts: [...incoming.values()], removes, downloadedAt: at.toISOString() } }
}

/**
 * What a planned download takes from the buyer, read off the plan itself so
 * that nothing it commits goes unasked: every local entity it removes, every
 * local change whose fields it would set to another value, and every edited
 * entity it would cut loose from TikTok (it would be created again on posting).
 */
export function downloadLosses(store: SyncView, write: SyncWrite): DownloadLoss[] {
  const out: DownloadLoss[] = []
  // An Upgraded Smart+ object an older download kept on a manual kind (read-only) now arrives as its Smart+ kind:
  // it moves, nothing is lost. Its creative rows (manual ads naming their Smart+ ad) go with it.
  const arriving = new Set(write.changes.filter((c) => c.after && isSmartPlusKind(c.kind)).map((c) => `${LEVEL_OF[c.kind]}/${c.id}`))
  const moves = (c: Change) =>
    !isSmartPlusKind(c.kind) &&
    (arriving.has(`${c.kind}/${c.id}`) || (c.kind === 'ad' && arriving.has(`ad/${String(fieldsOf(c.before!).smart_plus_ad_id)}`)))
  for (const c of write.changes) {
    if (!c.before) continue
    const parentId = parentIdOf(c.kind, c.before) ?? null
    if (!c.after && moves(c)) continue
    if (!c.after) {
      out.push({ kind: c.kind, id: c.id, name: nameOf(c.kind, c.before), loss: 'removed', fields: [], parentId })
      continue
    }
    const mine = store.pendingFor(c.kind, c.id)?.fields ?? []
    const lost = changedFields(c.after, c.before).filter((f) => mine.includes(f))
    if (lost.length) out.push({ kind: c.kind, id: c.id, name: nameOf(c.kind, c.before), loss: 'overwritten', fields: lost, parentId })
  }
  // Gone from TikTok but edited here: the working copy stays and, with no baseline, becomes a creation to post.
  for (const ref of write.baseline.removes) {
    const local = store.workingEntity(ref.kind, ref.id)
    const pending = store.pendingFor(ref.kind, ref.id)
    if (local && pending?.change === 'edited')
      out.push({ ...ref, name: nameOf(ref.kind, local), loss: 'recreated', fields: pending.fields, parentId: parentIdOf(ref.kind, local) ?? null })
  }
  return out
}

/**
 * Records that a locally created entity now exists on TikTok under `serverId`:
 * the entity is re-keyed, its children point at the new id, and the posted
 * version becomes its baseline (so it is no longer pending).
 */
export function planPostedCreate(store: SyncView, kind: EntityKind, localId: string, serverId: string): SyncWrite {
  const local = store.workingEntity(kind, localId)
  if (!local) throw new ServiceError('NOT_FOUND', `There is no ${kind} ${localId} in this account.`)
  if (store.pendingFor(kind, localId)?.change !== 'created')
    throw new ServiceError('CONFLICT', `The ${kind} ${localId} is not a local creation waiting to be posted.`)
  if (store.workingEntity(kind, serverId)) throw new ServiceError('CONFLICT', `A ${kind} ${serverId} already exists.`)
  const posted = withFields(local, { [ENTITY_KINDS[kind].idField]: serverId })
  const changes: Change[] = [
    { kind, id: localId, before: local, after: null },
    { kind, id: serverId, before: null, after: posted },
  ]
  for (const child of childKindsOf(kind))
    for (const c of store.workingEntities(child)) {
      if (parentIdOf(child, c) !== localId) continue
      changes.push({ kind: child, id: idOf(child, c), before: c, after: withFields(c, { [parentFieldOf(child)!]: serverId }) })
    }
  return { changes, createdIds: [serverId], baseline: { puts: [[{ kind, id: serverId }, posted]], removes: [] } }
}
