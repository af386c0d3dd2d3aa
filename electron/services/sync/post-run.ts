/** The state of one post while it runs: outcomes, progress, the merged account delta, cancellation. */
import type { AccountDelta } from '../../../shared/domain/account'
import type { EntityOutcome, SyncPhase, SyncProgress } from '../../../shared/domain/sync'
import type { AccountStore } from '../account-store/account-store'
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
  const key = (kind: string, id: string) => `${kind}/${id}`
  const up = new Map<string, { kind: 'campaign' | 'adgroup' | 'ad'; e: unknown }>()
  const add = (d: AccountDelta) => {
    for (const e of d.upserted.campaigns) up.set(key('campaign', e.campaign_id), { kind: 'campaign', e })
    for (const e of d.upserted.adgroups) up.set(key('adgroup', e.adgroup_id), { kind: 'adgroup', e })
    for (const e of d.upserted.ads) up.set(key('ad', e.ad_id), { kind: 'ad', e })
  }
  add(into)
  const removed = new Map(into.removed.map((r) => [key(r.kind, r.id), r]))
  for (const r of next.removed) {
    up.delete(key(r.kind, r.id))
    removed.set(key(r.kind, r.id), r)
  }
  add(next)
  for (const k of up.keys()) removed.delete(k)
  const list = (kind: string) => [...up.values()].filter((u) => u.kind === kind).map((u) => u.e)
  return {
    upserted: { campaigns: list('campaign') as never, adgroups: list('adgroup') as never, ads: list('ad') as never },
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
