/**
 * Creations, parents first. Campaign and ad group creates carry a request_id
 * written to the journal before the request leaves, so any retry — in this run
 * or after a crash — is the same request and TikTok makes one object; what
 * TikTok answers to the repeat is not relied on (see createOne). Ad creates
 * have no such key: after an ambiguous failure the ad group's ads are read back
 * and matched to the creatives before anything is sent again. Each ad is
 * created with its planned status, never created live and paused afterwards
 * ([SDK] adcreate_creatives.py; notes tiktok-api-2026.md §3).
 */
import { isLocalId } from '#shared/domain/entities'
import { sameEntity } from '#shared/domain/entity-equality'
import { ENTITY_KINDS, parentFieldOf, parentIdOf, withFields, type EntityKind } from '#shared/domain/entity-kinds'
import { entityKey } from '../accounts/store/store-types'
import { fetchAll } from '../tiktok-api/client'
import { AmbiguousRequestError, DuplicateRequestError } from '../tiktok-api/errors'
import { newRequestId } from '../tiktok-api/entity-endpoints'
import { withMaterialIdsFrom } from '#shared/domain/smart-plus/material-ids'
import { adMarker, apiIdOf, createBody, creativeOf, type KeyedKind } from './entity-mapping'
import { findCreated } from './find-created'
import { failure, isAuthFailure, isDefiniteRejection } from './outcome'
import type { PostRun } from './post-run'
import type { JournalEntry } from './sync-journal'
import type { PlanItem } from './sync-plan'
import { reconcileSmartPlusAd } from './post-smart-plus-ads'

const AD_BATCH = 20
const AD_RECONCILE_ROUNDS = 3

/** Records TikTok's id for a posted creation; the baseline is what was sent, so later edits stay pending. */
export function recordCreate(run: PostRun, kind: EntityKind, localId: string, serverId: string, sent: Record<string, unknown>) {
  const { store } = run
  const working = store.workingEntity(kind, localId)
  if (!working || store.pendingFor(kind, localId)?.change !== 'created') return
  run.merge(store.recordPostedCreate(kind, localId, serverId))
  run.createdIds.set(entityKey(kind, localId), serverId)
  run.onCreated?.(kind, localId, serverId)
  // What was sent, under TikTok's id, with the parent id recordPostedCreate just repointed.
  const parentField = parentFieldOf(kind)
  const recorded = store.workingEntity(kind, serverId)!
  const posted = withFields(working, {
    ...sent,
    [ENTITY_KINDS[kind].idField]: serverId,
    ...(parentField ? { [parentField]: parentIdOf(kind, recorded) } : {}),
  })
  if (sameEntity(posted, recorded)) return
  // Ids TikTok gave parts of the object (a Smart+ ad's creatives) go into the working copy too, so they are not an edit.
  const assigned = withMaterialIdsFrom(kind, recorded, posted)
  if (assigned !== recorded) run.merge(store.takeServerBaseline({ kind, id: serverId }, posted, assigned))
  else run.merge(store.recordPostedVersion({ kind, id: serverId }, posted))
}

/** TikTok's object for a campaign or ad group create: recorded in the journal and the store, reported posted. */
function adopt(run: PostRun, item: PlanItem & { kind: KeyedKind }, entry: JournalEntry, made: Record<string, unknown>) {
  const serverId = apiIdOf(item.kind, made)
  run.journal.created(entry.key, [serverId])
  recordCreate(run, item.kind, item.id, serverId, entry.params)
  run.meta.modifyTimes[entityKey(item.kind, serverId)] = String(made.modify_time)
  run.posted(item, serverId, item.id)
}

/**
 * Campaign or ad group. A create whose outcome is unknown — the answer lost, a
 * 5xx, or a repeat TikTok refused as a duplicate (40050) — is never given up
 * and never made twice: TikTok is read back for the object the first request
 * made (find-created.ts). Only when a 40050 comes and no such object exists is
 * the create sent again, under a new request_id journaled first.
 */
export async function createOne(run: PostRun, item: PlanItem & { kind: KeyedKind }) {
  const { store, journal } = run
  const localId = item.id
  const entity = store.workingEntity(item.kind, localId)!
  const parentId = parentIdOf(item.kind, entity)
  if (parentId && isLocalId(parentId)) return run.skip(item, 'Its campaign was not posted, so it was not sent.')
  const key = entityKey(item.kind, localId)
  const fail = (error: unknown) => run.fail(failure(item.kind, localId, item.name, 'create', error, localId), error)
  const earlier = journal.get(key)
  if (!earlier) journal.intent({ kind: item.kind, key, localIds: [localId], requestId: newRequestId(), params: createBody(item.kind, entity) })
  else if (earlier.sent) {
    // Sent by an earlier post and never answered: look before sending anything.
    try {
      const made = await findCreated(run, item.kind, earlier)
      if (made) return adopt(run, item, earlier, made)
    } catch (readError) {
      return fail(readError)
    }
  }
  for (let round = 1; ; round++) {
    const entry = journal.get(key)!
    if (!entry.sent) journal.sent(key, run.now())
    try {
      const res = await sendCreate(run, item.kind, entry)
      return adopt(run, item, entry, res)
    } catch (error) {
      if (isAuthFailure(error)) return fail(error) // Says nothing of an earlier attempt: kept, and read back after reconnecting.
      if (isDefiniteRejection(error)) {
        journal.failed(key)
        return fail(error)
      }
      let made: Record<string, unknown> | null
      try {
        made = await findCreated(run, item.kind, entry)
      } catch (readError) {
        // Unconfirmed: the journal keeps the create, and the next post reads back before sending it again.
        return fail(readError)
      }
      if (made) return adopt(run, item, entry, made)
      // Nothing made after an unknown outcome: the next post sends the same request_id, harmless whatever the repeat answers.
      if (!(error instanceof DuplicateRequestError) || round > 1) return fail(error)
      journal.intent({ kind: item.kind, key, localIds: [localId], requestId: newRequestId(), params: entry.params })
    }
  }
}

/** One keyed create, through the manual or the Smart+ endpoint of its kind, with the journaled request_id. */
function sendCreate(run: PostRun, kind: KeyedKind, entry: JournalEntry): Promise<Record<string, unknown>> {
  const { client, advertiserId } = run
  const params = entry.params as never
  switch (kind) {
    case 'campaign':
      return client.createCampaign(advertiserId, params, entry.requestId)
    case 'adgroup':
      return client.createAdGroup(advertiserId, params, entry.requestId)
    default:
      return client.createSmartPlus(kind, advertiserId, entry.params, entry.requestId!)
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
      journal.sent(key, run.now())
      try {
        const res = await client.createAds(advertiserId, adgroupId, creatives as never)
        journal.created(key, res.ad_ids)
        localIds.forEach((id, i) => {
          recordCreate(run, 'ad', id, res.ad_ids[i]!, creatives[i]!)
          run.posted(byId.get(id)!, res.ad_ids[i]!, id)
        })
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
    if (entry.kind === 'smart_plus_ad') {
      if (!entry.sent) run.journal.failed(entry.key)
      else await reconcileSmartPlusAd(run, entry)
    }
  }
}
