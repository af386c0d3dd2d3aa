/** The state of one post while it runs: outcomes, progress, the merged account delta, cancellation. */
import type { AccountDelta } from '#shared/domain/account'
import type { Now } from '#shared/time/clock'
import { KINDS, emptyEntitySet, entitiesOf, idOf, type Entity, type EntityKind } from '#shared/domain/entity-kinds'
import type { EntityOutcome, SyncPhase, SyncProgress } from '#shared/domain/sync'
import type { AccountStore } from '../accounts/store/account-store'
import { entityKey, type EntityRef } from '../accounts/store/store-types'
import type { TikTokClient } from '../tiktok-api/client'
import { isAuthFailure } from './outcome'
import type { SyncJournal } from './sync-journal'
import type { SyncMeta } from './sync-meta'
import type { PlanItem } from './sync-plan'

export interface PostRunDeps {
  store: AccountStore
  client: TikTokClient
  advertiserId: string
  journal: SyncJournal
  meta: SyncMeta
  total: number
  onProgress?: (p: SyncProgress) => void
  /** Called after the store re-keys a posted creation. */
  onCreated?: (kind: EntityKind, localId: string, serverId: string) => void
  isCancelled: () => boolean
  /** The injected clock: the journal stamps when each create left with it. */
  now: Now
}

const key = (r: EntityRef) => entityKey(r.kind, r.id)

/** Upserts and removals by entity over several steps, later ones winning: an upsert cancels an earlier removal and the reverse. */
function mergeByEntity<T extends EntityRef>(...steps: Array<{ upserted: T[]; removed: EntityRef[] }>) {
  const upserted = new Map<string, T>()
  const removed = new Map<string, EntityRef>()
  for (const step of steps) {
    for (const r of step.removed) {
      upserted.delete(key(r))
      removed.set(key(r), r)
    }
    for (const u of step.upserted) {
      removed.delete(key(u))
      upserted.set(key(u), u)
    }
  }
  return { upserted: [...upserted.values()], removed: [...removed.values()] }
}

/** Both halves of a delta are changes, so merging steps is the union of their changes, later steps winning. */
export function mergeDeltas(into: AccountDelta | null, next: AccountDelta): AccountDelta {
  if (!into) return next
  const entities = (d: AccountDelta) => ({
    upserted: KINDS.flatMap((kind) => entitiesOf(d.upserted, kind).map((e: Entity) => ({ kind, id: idOf(kind, e), e }))),
    removed: d.removed,
  })
  const merged = mergeByEntity(entities(into), entities(next))
  const upserted = emptyEntitySet()
  for (const u of merged.upserted) entitiesOf(upserted, u.kind).push(u.e)
  return {
    upserted,
    removed: merged.removed,
    pending: mergeByEntity(into.pending, next.pending),
    undo: next.undo,
    createdIds: [...into.createdIds, ...next.createdIds],
  }
}

export function createPostRun(deps: PostRunDeps) {
  const outcomes: EntityOutcome[] = []
  let delta: AccountDelta | null = null
  let phase: SyncPhase = 'create'
  let authFailed = false
  let failed = 0
  const report = () => deps.onProgress?.({ advertiserId: deps.advertiserId, phase, done: outcomes.length, total: deps.total, failed })
  const done = (o: EntityOutcome) => {
    outcomes.push(o)
    if (o.outcome === 'failed') failed++
    report()
  }
  return {
    ...deps,
    outcomes,
    createdIds: new Map<string, string>(),
    get delta() {
      return delta
    },
    merge(d: AccountDelta) {
      delta = mergeDeltas(delta, d)
    },
    setPhase(p: SyncPhase) {
      phase = p
      report()
    },
    /** Cancelled, or the token stopped working: nothing more is sent. */
    stopped: () => authFailed || deps.isCancelled(),
    posted(item: PlanItem, id: string, localId?: string) {
      done({ kind: item.kind, id, ...(localId ? { localId } : {}), name: item.name, action: item.action, outcome: 'posted' })
    },
    fail(outcome: EntityOutcome, error: unknown) {
      if (isAuthFailure(error)) authFailed = true
      done(outcome)
    },
    skip(item: PlanItem, message: string) {
      done({ kind: item.kind, id: item.id, name: item.name, action: item.action, outcome: 'skipped', message })
    },
  }
}
export type PostRun = ReturnType<typeof createPostRun>
