/**
 * Reading TikTok's side: the whole account for "Get recent changes", or just
 * the entities with local edits or deletions before a post, and telling which
 * of them changed on TikTok in a way that collides with the user's change.
 */
import type { PendingChange } from '../../../shared/domain/account'
import type { EntityKind } from '../../../shared/domain/entities'
import { isLocalId } from '../../../shared/domain/entities'
import type { SyncConflict } from '../../../shared/domain/sync'
import type { AccountStore } from '../account-store/account-store'
import { entityKey, type Entity, type EntitySet } from '../account-store/store-types'
import { fetchAll, type TikTokClient } from '../tiktok-api/client'
import { fromApi, idOf, nameOf, pick } from './entity-mapping'

export type ServerObject = Record<string, unknown> & { modify_time: string; secondary_status?: string }

type Pages = (c: TikTokClient, advertiserId: string, filtering?: Record<string, unknown>) => AsyncIterable<ServerObject[]>
const PAGES: Record<EntityKind, Pages> = {
  campaign: (c, a, f) => c.campaignPages(a, { filtering: f }),
  adgroup: (c, a, f) => c.adgroupPages(a, { filtering: f }),
  ad: (c, a, f) => c.adPages(a, { filtering: f }),
}
const IDS_FILTER: Record<EntityKind, string> = { campaign: 'campaign_ids', adgroup: 'adgroup_ids', ad: 'ad_ids' }
/** TikTok's filters take at most 100 ids. */
const IDS_PER_GET = 100

export const isDeletedOnServer = (o: ServerObject) => typeof o.secondary_status === 'string' && o.secondary_status.endsWith('_DELETE')

/** Every campaign, ad group and ad (paused included, deleted not), all pages. */
export async function downloadAll(client: TikTokClient, advertiserId: string) {
  const objects = new Map<string, ServerObject>()
  const set: EntitySet = { campaigns: [], adgroups: [], ads: [] }
  for (const kind of ['campaign', 'adgroup', 'ad'] as const) {
    const list = await fetchAll(PAGES[kind](client, advertiserId))
    for (const o of list) {
      objects.set(entityKey(kind, idOf(kind, o)), o)
      const e = fromApi(kind, o)
      if (kind === 'campaign') set.campaigns.push(e as EntitySet['campaigns'][number])
      else if (kind === 'adgroup') set.adgroups.push(e as EntitySet['adgroups'][number])
      else set.ads.push(e as EntitySet['ads'][number])
    }
  }
  return { set, objects }
}

/** TikTok's current version (deleted ones too) of each posted entity with a local edit or deletion. */
export async function fetchPendingOnServer(client: TikTokClient, advertiserId: string, pending: PendingChange[]) {
  const out = new Map<string, ServerObject>()
  for (const kind of ['campaign', 'adgroup', 'ad'] as const) {
    const ids = pending.filter((p) => p.kind === kind && p.change !== 'created' && !isLocalId(p.id)).map((p) => p.id)
    for (let i = 0; i < ids.length; i += IDS_PER_GET) {
      const filtering = { [IDS_FILTER[kind]]: ids.slice(i, i + IDS_PER_GET), secondary_status: 'STATUS_ALL' }
      for (const o of await fetchAll(PAGES[kind](client, advertiserId, filtering)))
        out.set(entityKey(kind, idOf(kind, o)), o)
    }
  }
  return out
}

const rec = (e: unknown) => (e ?? {}) as Record<string, unknown>
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/**
 * A conflict is a field changed on TikTok since the baseline (its modify_time
 * moved and the value differs) that the user also changed locally — or any
 * change on TikTok to something the user deleted. Changes to other fields are
 * not conflicts: they are merged like a download.
 */
export function conflictFor(p: PendingChange, baseline: Entity | undefined, server: ServerObject, seenModifyTime: string | undefined, working: Entity | undefined): SyncConflict | null {
  if (seenModifyTime !== undefined && server.modify_time < seenModifyTime) return null
  const theirs = fromApi(p.kind, server)
  const changedThere = Object.keys({ ...rec(theirs), ...rec(baseline) }).filter((f) => !same(rec(theirs)[f], rec(baseline)[f]))
  const fields = p.change === 'deleted' ? changedThere : p.fields.filter((f) => changedThere.includes(f))
  if (fields.length === 0) return null
  return {
    kind: p.kind,
    id: p.id,
    name: nameOf(p.kind, working ?? theirs),
    fields,
    mine: working ? pick(working, fields) : null,
    theirs: pick(theirs, fields),
    serverModifiedAt: server.modify_time,
  }
}

/** The server's version with the user's changed fields put back: what the working copy is while a conflict is open or kept. */
export function mergeMine(server: Entity, working: Entity, fields: string[]): Entity {
  const out = { ...rec(server) }
  for (const f of fields) {
    if (f in rec(working)) out[f] = rec(working)[f]
    else delete out[f]
  }
  return out as unknown as Entity
}

export function pendingEditsAndDeletes(store: AccountStore) {
  return store.pendingList().filter((p) => p.change !== 'created')
}
