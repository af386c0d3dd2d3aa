/**
 * Reading TikTok's side: the whole account for "Get recent changes", or just
 * the entities with local edits or deletions before a post, and telling which
 * of them changed on TikTok in a way that collides with the user's change.
 */
import type { PendingChange } from '#shared/domain/account'
import { isLocalId } from '#shared/domain/entities'
import { changedFields } from '#shared/domain/entity-equality'
import { ENTITY_KINDS, KINDS, emptyEntitySet, entitiesOf, fieldsOf, nameOf, type Entity, type EntityKind } from '#shared/domain/entity-kinds'
import { MANUAL_AUTOMATION_TYPE } from '#shared/domain/read-only'
import type { SyncConflict } from '#shared/domain/sync'
import type { AccountStore } from '../accounts/store/account-store'
import { entityKey } from '../accounts/store/store-types'
import { fetchAll, type TikTokClient } from '../tiktok-api/client'
import { apiIdOf, fromApi, pick } from './entity-mapping'

export type ServerObject = Record<string, unknown> & { modify_time: string; secondary_status?: string }

type Pages = (c: TikTokClient, advertiserId: string, filtering?: Record<string, unknown>) => AsyncIterable<ServerObject[]>
const PAGES: Record<EntityKind, Pages> = {
  campaign: (c, a, f) => c.campaignPages(a, { filtering: f }),
  adgroup: (c, a, f) => c.adgroupPages(a, { filtering: f }),
  ad: (c, a, f) => c.adPages(a, { filtering: f }),
  smart_plus_campaign: (c, a, f) => c.smartPlusPages('smart_plus_campaign', a, { filtering: f }),
  smart_plus_adgroup: (c, a, f) => c.smartPlusPages('smart_plus_adgroup', a, { filtering: f }),
  smart_plus_ad: (c, a, f) => c.smartPlusPages('smart_plus_ad', a, { filtering: f }),
}

/**
 * The manual gets return Upgraded Smart+ campaigns and ad groups too, by default; `campaign_automation_type` filters
 * them (notes tiktok-api-2026.md §2), so the manual kinds ask for manual objects and the older, non-upgraded Smart+
 * ones (shown read-only), and Upgraded Smart+ comes once, through `/smart_plus/…/get/`.
 */
const MANUAL_GET_TYPES = [MANUAL_AUTOMATION_TYPE, 'SMART_PLUS'] as const
/** `/ad/get/` lists each Upgraded Smart+ creative as a row of its own; the Smart+ ad itself comes from `/smart_plus/ad/get/`. */
const isSmartPlusCreativeRow = (o: ServerObject) => o.smart_plus_ad_id !== undefined && o.smart_plus_ad_id !== null

async function listForDownload(client: TikTokClient, advertiserId: string, kind: EntityKind): Promise<ServerObject[]> {
  if (kind === 'campaign' || kind === 'adgroup') {
    const out: ServerObject[] = []
    for (const type of MANUAL_GET_TYPES) out.push(...(await fetchAll(PAGES[kind](client, advertiserId, { campaign_automation_type: type }))))
    return out
  }
  const list = await fetchAll(PAGES[kind](client, advertiserId))
  return kind === 'ad' ? list.filter((o) => !isSmartPlusCreativeRow(o)) : list
}
/** TikTok's filters take at most 100 ids. */
const IDS_PER_GET = 100

export const isDeletedOnServer = (o: ServerObject) => typeof o.secondary_status === 'string' && o.secondary_status.endsWith('_DELETE')

/** Every campaign, ad group and ad (paused included, deleted not), all pages. */
export async function downloadAll(client: TikTokClient, advertiserId: string) {
  const objects = new Map<string, ServerObject>()
  const set = emptyEntitySet()
  for (const kind of KINDS) {
    for (const o of await listForDownload(client, advertiserId, kind)) {
      objects.set(entityKey(kind, apiIdOf(kind, o)), o)
      entitiesOf(set, kind).push(fromApi(kind, o))
    }
  }
  return { set, objects }
}

/** TikTok's current version (deleted ones too) of each posted entity with a local edit or deletion. */
export async function fetchPendingOnServer(client: TikTokClient, advertiserId: string, pending: PendingChange[]) {
  const out = new Map<string, ServerObject>()
  for (const kind of KINDS) {
    const ids = pending.filter((p) => p.kind === kind && p.change !== 'created' && !isLocalId(p.id)).map((p) => p.id)
    for (let i = 0; i < ids.length; i += IDS_PER_GET) {
      // STATUS_ALL is a primary_status value, the one that includes deleted objects (notes: tiktok-api-2026.md §3).
      const filtering = { [ENTITY_KINDS[kind].api.idsFilter]: ids.slice(i, i + IDS_PER_GET), primary_status: 'STATUS_ALL' }
      for (const o of await fetchAll(PAGES[kind](client, advertiserId, filtering))) out.set(entityKey(kind, apiIdOf(kind, o)), o)
    }
  }
  return out
}

/**
 * A conflict is a field changed on TikTok since the baseline (its modify_time
 * moved and the value differs) that the user also changed locally — or any
 * change on TikTok to something the user deleted. Changes to other fields are
 * not conflicts: they are merged like a download.
 */
export function conflictFor(
  p: PendingChange,
  baseline: Entity | undefined,
  server: ServerObject,
  seenModifyTime: string | undefined,
  working: Entity | undefined,
): SyncConflict | null {
  if (seenModifyTime !== undefined && server.modify_time < seenModifyTime) return null
  const theirs = fromApi(p.kind, server)
  const changedThere = changedFields(fieldsOf(theirs), baseline ? fieldsOf(baseline) : {})
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

export function pendingEditsAndDeletes(store: AccountStore) {
  return store.pendingList().filter((p) => p.change !== 'created')
}
