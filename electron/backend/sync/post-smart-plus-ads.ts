/**
 * Upgraded Smart+ ads: one `/smart_plus/ad/create/` per ad, which takes no
 * request_id (notes tiktok-api-2026.md §2), so a lost answer is never answered by
 * sending again. The intent is journaled before the request leaves; after an
 * unknown outcome — now or after a crash — the ad group's Smart+ ads are read
 * back and one TikTok has not given to anything else, holding what was sent, is
 * adopted. Only when none exists does the next post create it again.
 */
import { sameValue } from '#shared/domain/entity-equality'
import { isLocalId } from '#shared/domain/entities'
import { parentIdOf } from '#shared/domain/entity-kinds'
import { entityKey } from '../accounts/store/store-types'
import { fetchAll } from '../tiktok-api/client'
import { AmbiguousRequestError } from '../tiktok-api/errors'
import { createBody, withoutMaterialIds } from './entity-mapping'
import { failure } from './outcome'
import type { PostRun } from './post-run'
import { recordCreate } from './post-creates'
import type { JournalEntry } from './sync-journal'
import type { PlanItem } from './sync-plan'

type Loose = Record<string, unknown>

/** The lists that make an ad what it is; an empty `ad_name` is left out, since TikTok names such an ad itself. */
const MARKER_LISTS = ['creative_list', 'ad_text_list', 'call_to_action_list', 'landing_page_url_list'] as const

function holdsAd(o: Loose, sent: Loose): boolean {
  if (sent.ad_name && o.ad_name !== sent.ad_name) return false
  const theirs = withoutMaterialIds(o)
  return MARKER_LISTS.every((f) => sent[f] === undefined || sameValue(theirs[f] ?? [], sent[f]))
}

/** What the store records as posted: the body, with TikTok's creatives (they carry each `ad_material_id`). */
const postedFields = (sent: Loose, made: Loose): Loose => (Array.isArray(made.creative_list) ? { ...sent, creative_list: made.creative_list } : sent)

function adopt(run: PostRun, entry: JournalEntry, made: Loose) {
  const localId = entry.localIds[0]!
  const serverId = String(made.smart_plus_ad_id)
  run.journal.created(entry.key, [serverId])
  recordCreate(run, 'smart_plus_ad', localId, serverId, postedFields(entry.params, made))
  run.meta.modifyTimes[entityKey('smart_plus_ad', serverId)] = String(made.modify_time)
  return serverId
}

/**
 * The Smart+ ad a journaled create made, adopted; false when TikTok has none (the journal entry is dropped, so
 * the next post creates the ad anew). Ads the store already holds are never claimed twice.
 */
export async function reconcileSmartPlusAd(run: PostRun, entry: JournalEntry): Promise<string | null> {
  const { client, advertiserId, store } = run
  const adgroupId = String(entry.params.adgroup_id)
  const listed: Loose[] = await fetchAll(client.smartPlusPages('smart_plus_ad', advertiserId, { filtering: { adgroup_ids: [adgroupId] } }))
  const found = listed
    .filter(
      (o) => !store.workingEntity('smart_plus_ad', String(o.smart_plus_ad_id)) && !store.baselineEntity('smart_plus_ad', String(o.smart_plus_ad_id)),
    )
    .filter((o) => holdsAd(o, entry.params))
    .sort(
      (a, b) => String(a.create_time).localeCompare(String(b.create_time)) || String(a.smart_plus_ad_id).localeCompare(String(b.smart_plus_ad_id)),
    )[0]
  if (found) return adopt(run, entry, found)
  run.journal.failed(entry.key)
  return null
}

export async function createSmartPlusAd(run: PostRun, item: PlanItem) {
  const { store, journal, client, advertiserId } = run
  const entity = store.workingEntity('smart_plus_ad', item.id)!
  const adgroupId = parentIdOf('smart_plus_ad', entity)!
  if (isLocalId(adgroupId)) return run.skip(item, 'Its ad group was not posted, so it was not sent.')
  const fail = (error: unknown) => run.fail(failure(item.kind, item.id, item.name, 'create', error, item.id), error)
  const key = entityKey('smart_plus_ad', item.id)
  const earlier = journal.get(key)
  if (earlier?.sent) {
    // Sent by an earlier post and never answered: look before sending anything.
    try {
      const serverId = await reconcileSmartPlusAd(run, earlier)
      if (serverId) return run.posted(item, serverId, item.id)
    } catch (readError) {
      return fail(readError)
    }
  }
  const params = createBody('smart_plus_ad', entity)
  journal.intent({ kind: 'smart_plus_ad', key, localIds: [item.id], params })
  journal.sent(key, run.now())
  try {
    const made = await client.createSmartPlusAd(advertiserId, params)
    run.posted(item, adopt(run, journal.get(key)!, made), item.id)
  } catch (error) {
    if (!(error instanceof AmbiguousRequestError)) {
      journal.failed(key)
      return fail(error)
    }
    try {
      const serverId = await reconcileSmartPlusAd(run, journal.get(key)!)
      if (serverId) return run.posted(item, serverId, item.id)
      fail(error)
    } catch (readError) {
      // Unconfirmed: the journal keeps the create, and the next post reads back before sending it again.
      fail(readError)
    }
  }
}
