/**
 * Creations, parents first. Campaign and ad group creates carry a request_id
 * written to the journal before the request leaves, so any retry — in this run
 * or after a crash — is the same request and TikTok makes one object. Ad
 * creates have no such key: after an ambiguous failure the ad group's ads are
 * read back and matched to the creatives before anything is sent again.
 */
import { isLocalId } from '#shared/domain/entities'
import { sameEntity } from '#shared/domain/entity-equality'
import { ENTITY_KINDS, parentFieldOf, parentIdOf, withFields, type EntityKind } from '#shared/domain/entity-kinds'
import { entityKey } from '../accounts/store/store-types'
import { fetchAll } from '../tiktok-api/client'
import { AmbiguousRequestError } from '../tiktok-api/errors'
import { newRequestId } from '../tiktok-api/entity-endpoints'
import { adMarker, apiIdOf, createBody, creativeOf } from './entity-mapping'
import { failure, isDefiniteRejection } from './outcome'
import type { PostRun } from './post-run'
import type { JournalEntry } from './sync-journal'
import type { PlanItem } from './sync-plan'

const AD_BATCH = 20
const AD_RECONCILE_ROUNDS = 3

/** Records TikTok's id for a posted creation; the baseline is what was sent, so later edits stay pending. */
export function recordCreate(run: PostRun, kind: EntityKind, localId: string, serverId: string, sent: Record<string, unknown>) {
  const { store } = run
  const working = store.workingEntity(kind, localId)
  if (!working || store.pendingFor(kind, localId)?.change !== 'created') return
  run.merge(store.recordPostedCreate(kind, localId, serverId))
  run.createdIds.set(entityKey(kind, localId), serverId)
  // What was sent, under TikTok's id, with the parent id recordPostedCreate just repointed.
  const parentField = parentFieldOf(kind)
  const recorded = store.workingEntity(kind, serverId)!
  const posted = withFields(working, {
    ...sent,
    [ENTITY_KINDS[kind].idField]: serverId,
    ...(parentField ? { [parentField]: parentIdOf(kind, recorded) } : {}),
  })
  if (!sameEntity(posted, recorded)) run.merge(store.recordPostedVersion({ kind, id: serverId }, posted))
}

/** Campaign or ad group. */
export async function createOne(run: PostRun, item: PlanItem & { kind: 'campaign' | 'adgroup' }) {
  const { store, journal, client, advertiserId } = run
  const localId = item.id
  const entity = store.workingEntity(item.kind, localId)!
  const parentId = parentIdOf(item.kind, entity)
  if (parentId && isLocalId(parentId)) return run.skip(item, 'Its campaign was not posted, so it was not sent.')
  const key = entityKey(item.kind, localId)
  if (!journal.get(key))
    journal.intent({ kind: item.kind, key, localIds: [localId], requestId: newRequestId(), params: createBody(item.kind, entity) })
  const entry = journal.get(key)!
  if (!entry.sent) journal.sent(key)
  try {
    const res =
      item.kind === 'campaign'
        ? await client.createCampaign(advertiserId, entry.params as never, entry.requestId)
        : await client.createAdGroup(advertiserId, entry.params as never, entry.requestId)
    const serverId = apiIdOf(item.kind, res)
    journal.created(key, [serverId])
    recordCreate(run, item.kind, localId, serverId, entry.params)
    run.meta.modifyTimes[entityKey(item.kind, serverId)] = res.modify_time
    run.posted(item, serverId, localId)
  } catch (error) {
    if (isDefiniteRejection(error)) journal.failed(key)
    run.fail(failure(item.kind, localId, item.name, 'create', error, localId), error)
  }
}

/** Ads TikTok made from a journaled batch whose answer was lost, matched on their creative fields. */
async function reconcileAds(run: PostRun, entry: JournalEntry, adgroupId: string): Promise<string[]> {
  const { store, client, advertiserId, journal } = run
  const onServer: Array<Record<string, unknown>> = await fetchAll(client.adPages(advertiserId, { filtering: { adgroup_ids: [adgroupId] } }))
  const creatives = entry.params.creatives as Array<Record<string, unknown>>
  const unclaimed = onServer.filter((o) => !store.workingEntity('ad', String(o.ad_id)) && !store.baselineEntity('ad', String(o.ad_id)))
  const missing: string[] = []
  entry.localIds.forEach((localId, i) => {
    const at = unclaimed.findIndex((o) => adMarker(o) === adMarker(creatives[i]!))
    if (at < 0) return missing.push(localId)
    const [found] = unclaimed.splice(at, 1)
    recordCreate(run, 'ad', localId, String(found!.ad_id), creatives[i]!)
    run.meta.modifyTimes[entityKey('ad', String(found!.ad_id))] = String(found!.modify_time)
  })
  journal.failed(entry.key)
  return missing
}

/** Sets a created ad's status when it should start paused (ad/create takes no status). */
async function pauseCreated(run: PostRun, serverIds: string[]) {
  const paused = serverIds.filter((id) => (store(run, id)?.operation_status ?? 'ENABLE') === 'DISABLE')
  if (paused.length === 0) return
  for (const id of paused) run.merge(run.store.recordPostedVersion({ kind: 'ad', id }, { ...store(run, id)!, operation_status: 'ENABLE' }))
  try {
    await run.client.updateStatus('ad', run.advertiserId, paused, 'DISABLE')
    for (const id of paused) run.merge(run.store.recordPostedVersion({ kind: 'ad', id }, store(run, id)!))
  } catch {
    // The ads exist and run; the pause stays a pending change that the next post sends.
  }
}
const store = (run: PostRun, id: string) => run.store.workingEntity('ad', id)

/** The ads of one ad group, in batches of 20 creatives. */
export async function createAds(run: PostRun, items: PlanItem[]) {
  const { store: s, journal, client, advertiserId } = run
  const adgroupId = parentIdOf('ad', s.workingEntity('ad', items[0]!.id)!)!
  if (isLocalId(adgroupId)) return items.forEach((i) => run.skip(i, 'Its ad group was not posted, so it was not sent.'))
  const byId = new Map(items.map((i) => [i.id, i]))
  let todo = items.map((i) => i.id)
  for (let round = 0; todo.length > 0 && round < AD_RECONCILE_ROUNDS && !run.stopped(); round++) {
    const again: string[] = []
    for (let at = 0; at < todo.length && !run.stopped(); at += AD_BATCH) {
      const localIds = todo.slice(at, at + AD_BATCH)
      const key = `ad/${localIds[0]}`
      const creatives = localIds.map((id) => creativeOf(s.workingEntity('ad', id)!))
      journal.intent({ kind: 'ad', key, localIds, params: { adgroup_id: adgroupId, creatives } })
      journal.sent(key)
      try {
        const res = await client.createAds(advertiserId, adgroupId, creatives as never)
        journal.created(key, res.ad_ids)
        localIds.forEach((id, i) => {
          recordCreate(run, 'ad', id, res.ad_ids[i]!, creatives[i]!)
          run.posted(byId.get(id)!, res.ad_ids[i]!, id)
        })
        await pauseCreated(run, res.ad_ids)
      } catch (error) {
        if (!(error instanceof AmbiguousRequestError)) {
          journal.failed(key)
          for (const id of localIds) run.fail(failure('ad', id, byId.get(id)!.name, 'create', error, id), error)
          continue
        }
        try {
          const missing = await reconcileAds(run, journal.get(key)!, adgroupId)
          for (const id of localIds) if (!missing.includes(id)) run.posted(byId.get(id)!, serverIdOf(run, id), id)
          again.push(...missing)
        } catch (readError) {
          // Unconfirmed: the journal keeps the batch, and the next post reads back before sending it again.
          for (const id of localIds) run.fail(failure('ad', id, byId.get(id)!.name, 'create', readError, id), readError)
        }
      }
    }
    todo = again
  }
  for (const id of todo)
    run.fail(
      failure('ad', id, byId.get(id)!.name, 'create', new Error('TikTok did not confirm this ad after several tries; post again to retry.'), id),
      null,
    )
}

function serverIdOf(run: PostRun, localId: string): string {
  return run.createdIds.get(entityKey('ad', localId)) ?? localId
}

/** Finishes what a killed post left: answers recorded but not applied, and ad batches sent but never answered. */
export async function resumeJournal(run: PostRun) {
  for (const entry of run.journal.entries()) {
    if (entry.serverIds) {
      entry.localIds.forEach((localId, i) => {
        const creatives = entry.params.creatives as Array<Record<string, unknown>> | undefined
        recordCreate(run, entry.kind, localId, entry.serverIds![i]!, creatives ? creatives[i]! : entry.params)
      })
      continue
    }
    if (entry.kind === 'ad') {
      if (!entry.sent) run.journal.failed(entry.key)
      else await reconcileAds(run, entry, String(entry.params.adgroup_id))
    }
  }
}
