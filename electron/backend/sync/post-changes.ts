/**
 * "Post changes": finish what an earlier post left in the journal, refresh
 * TikTok's version of everything edited or deleted (new conflicts are held
 * back, deletions already done there are recorded), then send creations,
 * updates, status changes and deletions in that order, one request at a time
 * under the client's rate limits. A cancel lets the request in flight finish.
 */
import type { AccountDelta } from '#shared/domain/account'
import { sameEntity } from '#shared/domain/entity-equality'
import {
  ENTITY_KINDS,
  fieldsOf,
  isSmartPlusKind,
  parentIdOf,
  parentKindOf,
  withFields,
  withFieldsOf,
  type EntityKind,
} from '#shared/domain/entity-kinds'
import type { PostResult, SyncProgress } from '#shared/domain/sync'
import type { ValidationContext } from '#shared/domain/validation/index'
import type { AccountStore } from '../accounts/store/account-store'
import { entityKey, type EntityRef } from '../accounts/store/store-types'
import type { TikTokClient } from '../tiktok-api/client'
import { AmbiguousRequestError } from '../tiktok-api/errors'
import { conflictFor, fetchPendingOnServer, isDeletedOnServer, pendingEditsAndDeletes } from './server-versions'
import { fromApi, updateValue, withoutMaterialIds } from './entity-mapping'
import { createSmartPlusAd } from './post-smart-plus-ads'
import { heldByAudience, postAudiences } from './post-audiences'
import type { AudienceCatalogueFile } from '../accounts/audience-catalogue'
import { failure } from './outcome'
import { createAds, createOne, resumeJournal } from './post-creates'
import { confirmedStatuses, confirmedUpdates } from './read-back'
import { createPostRun, type PostRun } from './post-run'
import type { SyncJournal } from './sync-journal'
import type { SyncMeta } from './sync-meta'
import { buildPlan, type ExtraChecks, type PlanItem } from './sync-plan'

export interface PostDeps {
  store: AccountStore
  client: TikTokClient
  advertiserId: string
  journal: SyncJournal
  meta: SyncMeta
  validation: ValidationContext
  extraChecks?: ExtraChecks
  onProgress?: (p: SyncProgress) => void
  onCreated?: (kind: EntityKind, localId: string, serverId: string) => void
  isCancelled: () => boolean
  now: () => Date
  /** The advertiser's audience list: drafted audiences the ad groups use are posted first. */
  audiences?: AudienceCatalogueFile
}

const STATUS_BATCH = 20
const HELD = {
  error: 'Not sent: it has errors. Fix them and post again.',
  parent: 'Not sent: its parent has errors.',
  conflict: 'Not sent: it changed on TikTok too. Choose "Keep mine" or "Take theirs".',
} as const

/** Takes in what changed on TikTok since the baseline, handing each store write's delta to `merge` so the windows hear of it. */
export async function refreshFromServer(deps: Pick<PostDeps, 'store' | 'client' | 'advertiserId' | 'meta'>, merge: (d: AccountDelta) => void) {
  const { store, meta } = deps
  const pending = pendingEditsAndDeletes(store)
  const server = await fetchPendingOnServer(deps.client, deps.advertiserId, pending)
  const open = new Set(meta.conflicts.map((c) => entityKey(c.kind, c.id)))
  const goneThere: EntityRef[] = []
  for (const p of pending) {
    const key = entityKey(p.kind, p.id)
    const o = server.get(key)
    if (!o || open.has(key)) continue
    if (isDeletedOnServer(o)) {
      if (p.change === 'deleted') goneThere.push({ kind: p.kind, id: p.id })
      continue
    }
    const baseline = store.baselineEntity(p.kind, p.id)
    const working = store.workingEntity(p.kind, p.id)
    const conflict = conflictFor(p, baseline, o, meta.modifyTimes[key], working)
    const theirs = fromApi(p.kind, o)
    if (!sameEntity(theirs, baseline))
      // While the conflict is open the working copy is the server's version with the user's changed fields put back.
      merge(store.takeServerBaseline(p, theirs, working ? withFieldsOf(theirs, working, p.fields) : null))
    meta.modifyTimes[key] = o.modify_time
    if (conflict) meta.conflicts.push(conflict)
  }
  if (goneThere.length) merge(store.recordPostedDeletes(withTombstonedChildren(store, goneThere)))
}

/** A deleted parent's children are tombstones too; TikTok deleted them with it. */
function withTombstonedChildren(store: AccountStore, refs: EntityRef[]): EntityRef[] {
  const tombs = store.tombstones()
  const out = new Map(refs.map((r) => [entityKey(r.kind, r.id), r]))
  for (let grew = true; grew;) {
    grew = false
    for (const t of tombs) {
      const parentKind = parentKindOf(t.kind)
      if (!parentKind || out.has(entityKey(t.kind, t.id))) continue
      if (out.has(entityKey(parentKind, parentIdOf(t.kind, t.entity)!))) {
        out.set(entityKey(t.kind, t.id), { kind: t.kind, id: t.id })
        grew = true
      }
    }
  }
  return [...out.values()]
}

async function sendUpdate(run: PostRun, items: PlanItem[]) {
  const { store, client, advertiserId } = run
  const first = items[0]!
  const patchOf = (i: PlanItem) => {
    const working = fieldsOf(store.workingEntity(i.kind, i.id)!)
    return Object.fromEntries(i.fields.map((f) => [f, updateValue(f, working[f])]).filter(([, v]) => v !== undefined))
  }
  try {
    if (isSmartPlusKind(first.kind)) await client.updateSmartPlus(first.kind, advertiserId, first.id, withoutMaterialIds(patchOf(first)))
    else if (first.kind === 'campaign') await client.updateCampaign(advertiserId, first.id, patchOf(first))
    else if (first.kind === 'adgroup') await client.updateAdGroup(advertiserId, first.id, patchOf(first))
    else {
      const adgroupId = parentIdOf('ad', store.workingEntity('ad', first.id)!)!
      await client.updateAds(
        advertiserId,
        adgroupId,
        items.map((i) => ({ ad_id: i.id, ...patchOf(i) })),
      )
    }
  } catch (error) {
    if (error instanceof AmbiguousRequestError)
      return afterUnknown(
        run,
        items,
        error,
        () => confirmedUpdates(run, items),
        (r, done) => done.forEach((i) => recordUpdate(r, i)),
      )
    if (items.length > 1 && !run.stopped()) {
      // One bad ad fails the whole request; send them one by one so the error lands on the right ad.
      for (const i of items) await sendUpdate(run, [i])
      return
    }
    for (const i of items) run.fail(failure(i.kind, i.id, i.name, 'update', error), error)
    return
  }
  for (const i of items) recordUpdate(run, i)
}

function recordUpdate(run: PostRun, i: PlanItem) {
  const { store } = run
  const baseline = store.baselineEntity(i.kind, i.id)!
  run.merge(store.recordPostedVersion(i, withFieldsOf(baseline, store.workingEntity(i.kind, i.id)!, i.fields)))
  run.posted(i, i.id)
}

/**
 * A request that may or may not have taken effect is not sent again: TikTok's
 * objects are read back, the confirmed items are recorded as posted, and the
 * rest fail so the next post (which reads TikTok first) decides.
 */
async function afterUnknown(
  run: PostRun,
  items: PlanItem[],
  error: AmbiguousRequestError,
  confirm: () => Promise<Set<PlanItem>>,
  record: (run: PostRun, items: PlanItem[]) => void,
) {
  let confirmed: Set<PlanItem>
  try {
    confirmed = await confirm()
  } catch (readError) {
    for (const i of items) run.fail(failure(i.kind, i.id, i.name, i.action, readError), readError)
    return
  }
  const done = items.filter((i) => confirmed.has(i))
  if (done.length) record(run, done)
  for (const i of items) if (!confirmed.has(i)) run.fail(failure(i.kind, i.id, i.name, i.action, error), error)
}

/**
 * The ids a Smart+ status update listed in `error_list`, with TikTok's message. The notes give no shape for the
 * entries, so an entry names its id under the kind's id field or under any field that holds one of the ids sent.
 */
function statusFailures(kind: EntityKind, errorList: ReadonlyArray<Record<string, unknown>>, ids: readonly string[]): Map<string, string> {
  const out = new Map<string, string>()
  for (const e of errorList) {
    const named = e[ENTITY_KINDS[kind].idField] ?? Object.values(e).find((v) => ids.includes(String(v)))
    if (named === undefined) continue
    const code = typeof e.code === 'number' ? ` (code ${e.code})` : ''
    out.set(String(named), `TikTok did not change it: ${typeof e.message === 'string' ? e.message : 'no reason given'}${code}.`)
  }
  return out
}

async function sendStatus(run: PostRun, items: PlanItem[], status: 'ENABLE' | 'DISABLE' | 'DELETE') {
  const { client, advertiserId } = run
  const kind = items[0]!.kind
  const ids = items.map((i) => i.id)
  let refused = new Map<string, string>()
  try {
    if (isSmartPlusKind(kind)) {
      // Code 0 with failures listed per id (notes tiktok-api-2026.md §2): each fails alone, the rest are done.
      const res = await client.updateSmartPlusStatus(kind, advertiserId, ids, status)
      refused = statusFailures(kind, res.error_list, ids)
    } else await client.updateStatus(kind, advertiserId, ids, status)
  } catch (error) {
    if (error instanceof AmbiguousRequestError)
      return afterUnknown(
        run,
        items,
        error,
        () => confirmedStatuses(run, items, status),
        (r, done) => recordStatus(r, done, status),
      )
    if (items.length > 1 && !run.stopped()) {
      for (const i of items) await sendStatus(run, [i], status)
      return
    }
    for (const i of items) run.fail(failure(i.kind, i.id, i.name, i.action, error), error)
    return
  }
  for (const i of items) {
    const message = refused.get(i.id)
    if (message) run.fail(failure(i.kind, i.id, i.name, i.action, new Error(message)), null)
  }
  const done = items.filter((i) => !refused.has(i.id))
  if (done.length) recordStatus(run, done, status)
}

function recordStatus(run: PostRun, items: PlanItem[], status: 'ENABLE' | 'DISABLE' | 'DELETE') {
  const { store } = run
  if (status === 'DELETE') run.merge(store.recordPostedDeletes(withTombstonedChildren(store, items)))
  else
    for (const i of items) {
      const baseline = store.baselineEntity(i.kind, i.id)!
      run.merge(store.recordPostedVersion(i, withFields(baseline, { operation_status: status })))
    }
  for (const i of items) run.posted(i, i.id)
}

/** Consecutive runs of items that can share one request. */
function batches(items: PlanItem[], sameRequest: (a: PlanItem, b: PlanItem) => boolean, max: number): PlanItem[][] {
  const out: PlanItem[][] = []
  for (const i of items) {
    const last = out[out.length - 1]
    if (last && last.length < max && sameRequest(last[0]!, i)) last.push(i)
    else out.push([i])
  }
  return out
}

export async function postChanges(deps: PostDeps): Promise<{ result: PostResult; delta: AccountDelta | null }> {
  const startedAt = deps.now().toISOString()
  const placeholder = createPostRun({ ...deps, total: 0 })
  await resumeJournal(placeholder)
  await refreshFromServer(deps, (d) => placeholder.merge(d))
  const plan = buildPlan(deps.store, deps.validation, deps.meta.conflicts, deps.extraChecks)
  const run = createPostRun({ ...deps, total: plan.items.length })
  if (placeholder.delta) run.merge(placeholder.delta)
  // Audiences before the ad groups that use them (their local ids become TikTok's in the store).
  const audiences = deps.audiences
    ? await postAudiences({ ...deps, catalogue: deps.audiences }, plan.items)
    : { failed: new Map<string, string>(), delta: null }
  if (audiences.delta) run.merge(audiences.delta)
  /** Whether the item may be sent; if not, it is recorded as skipped with the reason. */
  const ready = (i: PlanItem): boolean => {
    const reason = run.stopped()
      ? 'Not sent: the post was cancelled or stopped. Post again to finish.'
      : i.blockedBy
        ? HELD[i.blockedBy]
        : heldByAudience(deps.store, i, audiences.failed)
    if (reason) run.skip(i, reason)
    return !reason
  }
  const of = (action: PlanItem['action'], kind?: EntityKind) => plan.items.filter((i) => i.action === action && (!kind || i.kind === kind))

  run.setPhase('create')
  for (const kind of ['campaign', 'adgroup', 'smart_plus_campaign', 'smart_plus_adgroup'] as const)
    for (const item of of('create', kind)) if (ready(item)) await createOne(run, item as PlanItem & { kind: typeof kind })
  for (const item of of('create', 'smart_plus_ad')) if (ready(item)) await createSmartPlusAd(run, item)
  const adItems = of('create', 'ad').filter(ready)
  const adgroupOf = (i: PlanItem) => parentIdOf('ad', deps.store.workingEntity('ad', i.id)!)!
  for (const group of batches(adItems, (a, b) => adgroupOf(a) === adgroupOf(b), Number.POSITIVE_INFINITY))
    if (run.stopped()) group.forEach(ready)
    else await createAds(run, group)

  run.setPhase('update')
  const updates = of('update').filter(ready)
  for (const b of batches(updates, (a, c) => a.kind === 'ad' && c.kind === 'ad' && adgroupOf(a) === adgroupOf(c), STATUS_BATCH))
    if (run.stopped()) b.forEach(ready)
    else await sendUpdate(run, b)

  run.setPhase('status')
  const statuses = of('status').filter(ready)
  for (const b of batches(statuses, (a, c) => a.kind === c.kind && a.status === c.status, STATUS_BATCH))
    if (run.stopped()) b.forEach(ready)
    else await sendStatus(run, b, b[0]!.status as 'ENABLE' | 'DISABLE')

  run.setPhase('delete')
  const deletes = of('delete').filter(ready)
  for (const b of batches(deletes, (a, c) => a.kind === c.kind, STATUS_BATCH))
    if (run.stopped()) b.forEach(ready)
    else await sendStatus(run, b, 'DELETE')

  // Keep only what a later post still needs: creations that may have reached TikTok and are not yet recorded.
  deps.journal.compact((e) => e.localIds.some((id) => deps.store.pendingFor(e.kind, id)?.change === 'created'))
  const count = (o: string) => run.outcomes.filter((x) => x.outcome === o).length
  const result: PostResult = {
    advertiserId: deps.advertiserId,
    startedAt,
    finishedAt: deps.now().toISOString(),
    cancelled: deps.isCancelled(),
    posted: count('posted'),
    failed: count('failed'),
    skipped: count('skipped'),
    outcomes: run.outcomes,
  }
  run.setPhase('done')
  return { result, delta: run.delta }
}
