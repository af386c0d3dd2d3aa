/**
 * After an update or status change whose outcome is unknown (the client does
 * not repeat those), TikTok's objects are read back: an item counts as posted
 * only if TikTok now holds what was sent. Nothing is re-sent on a guess.
 */
import { sameValue } from '#shared/domain/entity-equality'
import { entityKey } from '../accounts/store/store-types'
import { fromApi, pick } from './entity-mapping'
import type { PostRun } from './post-run'
import { fetchPendingOnServer, isDeletedOnServer, type ServerObject } from './server-versions'
import type { PlanItem } from './sync-plan'

/** TikTok's current version of each item (deleted ones too), by entity key. */
async function readBack(run: PostRun, items: PlanItem[]): Promise<Map<string, ServerObject>> {
  const asPending = items.map((i) => ({ kind: i.kind, id: i.id, name: i.name, change: 'edited' as const, fields: i.fields }))
  return fetchPendingOnServer(run.client, run.advertiserId, asPending)
}

/** The items whose sent fields TikTok now holds. */
export async function confirmedUpdates(run: PostRun, items: PlanItem[]): Promise<Set<PlanItem>> {
  const server = await readBack(run, items)
  const out = new Set<PlanItem>()
  for (const i of items) {
    const o = server.get(entityKey(i.kind, i.id))
    const working = run.store.workingEntity(i.kind, i.id)
    if (!o || !working || isDeletedOnServer(o)) continue
    if (sameValue(pick(fromApi(i.kind, o), i.fields), pick(working, i.fields))) out.add(i)
  }
  return out
}

/** The items TikTok now shows with `status` (for DELETE: deleted, or no longer listed at all). */
export async function confirmedStatuses(run: PostRun, items: PlanItem[], status: 'ENABLE' | 'DISABLE' | 'DELETE'): Promise<Set<PlanItem>> {
  const server = await readBack(run, items)
  const out = new Set<PlanItem>()
  for (const i of items) {
    const o = server.get(entityKey(i.kind, i.id))
    const done = status === 'DELETE' ? !o || isDeletedOnServer(o) : !!o && !isDeletedOnServer(o) && o.operation_status === status
    if (done) out.add(i)
  }
  return out
}
