/** The state of one post while it runs: outcomes, progress, the merged account delta, cancellation. */
import type { AccountDelta } from '../../../shared/domain/account'
import { KINDS, emptyEntitySet, entitiesOf, idOf, type Entity, type EntityKind } from '../../../shared/domain/entity-kinds'
import type { EntityOutcome, SyncPhase, SyncProgress } from '../../../shared/domain/sync'
import type { AccountStore } from '../account-store/account-store'
import { entityKey } from '../account-store/store-types'
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
  isCancelled: () => boolean
}

function mergeDeltas(into: AccountDelta | null, next: AccountDelta): AccountDelta {
  if (!into) return next
  const up = new Map<string, { kind: EntityKind; e: Entity }>()
  const add = (d: AccountDelta) => {
    for (const kind of KINDS) for (const e of entitiesOf(d.upserted, kind)) up.set(entityKey(kind, idOf(kind, e)), { kind, e })
  }
  add(into)
  const removed = new Map(into.removed.map((r) => [entityKey(r.kind, r.id), r]))
  for (const r of next.removed) {
    up.delete(entityKey(r.kind, r.id))
    removed.set(entityKey(r.kind, r.id), r)
  }
  add(next)
  for (const k of up.keys()) removed.delete(k)
  const upserted = emptyEntitySet()
  for (const u of up.values()) entitiesOf(upserted, u.kind).push(u.e)
  return {
    upserted,
    removed: [...removed.values()],
    pending: next.pending,
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
