/**
 * Finds the campaign or ad group a journaled create made when its answer was
 * lost, or when TikTok refused the repeat as a duplicate (40050). What a
 * repeated request_id answers is not documented — an echo of the first object
 * or 40050 (notes tiktok-api-2026.md §3, idempotency row) — so the engine never
 * relies on the echo: it reads back by name, parent and creation window and
 * compares the fields it sent before adopting an object's id.
 */
import { sameValue } from '#shared/domain/entity-equality'
import { parseInstant } from '#shared/time/clock'
import { ENTITY_KINDS } from '#shared/domain/entity-kinds'
import { fetchAll } from '../tiktok-api/client'
import type { KeyedKind } from './entity-mapping'
import type { PostRun } from './post-run'
import type { JournalEntry } from './sync-journal'

/** Clock difference tolerated between Adwright's clock and TikTok's create_time. */
const CLOCK_SLACK_MS = 15 * 60_000

type Loose = Record<string, unknown>

/** How to list the objects a create of each kind may have made: by name for campaigns, by campaign for ad groups. */
function listCandidates(run: PostRun, kind: KeyedKind, sent: Loose): Promise<Loose[]> {
  const { client, advertiserId } = run
  const name = String(sent[ENTITY_KINDS[kind].nameField])
  const campaignIds = [String(sent.campaign_id)]
  switch (kind) {
    case 'campaign':
      // TikTok's name filter narrows the listing on a large account; the exact name is still compared below.
      return fetchAll(client.campaignPages(advertiserId, { filtering: { campaign_name: name } }))
    case 'adgroup':
      return fetchAll(client.adgroupPages(advertiserId, { filtering: { campaign_ids: campaignIds } }))
    case 'smart_plus_campaign':
      // `/smart_plus/campaign/get/` filters by ids and status only ([SDK] smart_plus_campaign_get.yml): every Smart+ campaign is listed.
      return fetchAll(client.smartPlusPages(kind, advertiserId))
    case 'smart_plus_adgroup':
      return fetchAll(client.smartPlusPages(kind, advertiserId, { filtering: { campaign_ids: campaignIds } }))
  }
}

/** TikTok's `YYYY-MM-DD HH:MM:SS` (UTC) in milliseconds, or NaN when it is not one. */
function apiTimeMs(text: unknown): number {
  if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(text)) return Number.NaN
  return parseInstant(`${text.replace(' ', 'T')}Z`).getTime()
}

/** Every field sent that TikTok shows back holds what was sent (fields TikTok does not return prove nothing either way). */
function holdsWhatWasSent(o: Loose, sent: Loose): boolean {
  const scalar = (v: unknown) => typeof v === 'number' || typeof v === 'string'
  // TikTok may answer a number as a string (or the reverse); anything else must be the same value.
  return Object.entries(sent).every(
    ([k, v]) => o[k] === undefined || o[k] === null || sameValue(o[k], v) || (scalar(o[k]) && scalar(v) && String(o[k]) === String(v)),
  )
}

/**
 * TikTok's object made by `entry`, or null when there is none. Objects the
 * store already knows (posted by an earlier create, or downloaded) are never
 * claimed twice; of several matches the earliest is taken, the one the first
 * request made.
 */
export async function findCreated(run: PostRun, kind: KeyedKind, entry: JournalEntry): Promise<Loose | null> {
  const { store } = run
  const sent = entry.params
  const { idField, nameField } = ENTITY_KINDS[kind]
  const name = sent[nameField]
  const listed = await listCandidates(run, kind, sent)
  const from = (entry.sentAt ? parseInstant(entry.sentAt).getTime() : Number.NEGATIVE_INFINITY) - CLOCK_SLACK_MS
  const to = run.now().getTime() + CLOCK_SLACK_MS
  const matches = listed.filter((o) => {
    const id = String(o[idField])
    if (store.workingEntity(kind, id) || store.baselineEntity(kind, id)) return false
    if (o[nameField] !== name) return false
    if (sent.campaign_id !== undefined && String(o.campaign_id) !== String(sent.campaign_id)) return false
    const created = apiTimeMs(o.create_time)
    if (!(created >= from && created <= to)) return false
    return holdsWhatWasSent(o, sent)
  })
  matches.sort((a, b) => apiTimeMs(a.create_time) - apiTimeMs(b.create_time) || String(a[idField]).localeCompare(String(b[idField])))
  return matches[0] ?? null
}
