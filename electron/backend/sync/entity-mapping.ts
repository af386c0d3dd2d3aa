/** Between TikTok's objects and the account store's entities, and the bodies of create/update requests. */
import { ENTITY_KINDS, LEVEL_OF, byKind, fieldsOf, isSmartPlusKind, type Entity, type EntityKind } from '#shared/domain/entity-kinds'
import { isUpdatable } from '#shared/domain/smart-plus/locked-fields'
import { AUDIENCE_SELECTION_FIELDS } from '#shared/domain/entity-schemas'

const DOMAIN_KEYS = byKind((kind) => Object.keys(ENTITY_KINDS[kind].schema.shape))

type Loose = Record<string, unknown>

/**
 * TikTok's object as a store entity: only the fields Adwright models (no times,
 * no secondary status). Trusted to fit the kind's schema: it is TikTok's answer
 * to a request the client already checked against the response schemas.
 */
export function fromApi(kind: EntityKind, o: Loose): Entity {
  const out: Loose = {}
  for (const k of DOMAIN_KEYS[kind]) if (o[k] !== undefined && o[k] !== null && !(CLEARED_BY_EMPTY.has(k) && isEmptyList(o[k]))) out[k] = o[k]
  return out as Entity
}

/**
 * Optional lists whose absence means "none" in the store (the ad group's audiences and Pangle packages):
 * TikTok answers [] for none, which is read as absent so a download equals the draft it came from, and
 * an update that removes them all sends [] — leaving the field out would keep TikTok's old list.
 */
const CLEARED_BY_EMPTY = new Set<string>(AUDIENCE_SELECTION_FIELDS)
const isEmptyList = (v: unknown) => Array.isArray(v) && v.length === 0

/** The value an update sends for a field of the working entity; undefined = leave it out. */
export const updateValue = (field: string, value: unknown) => (value === undefined && CLEARED_BY_EMPTY.has(field) ? [] : value)

/** An id from TikTok's object (before it is mapped to an entity). */
export const apiIdOf = (kind: EntityKind, o: Loose) => String(o[ENTITY_KINDS[kind].idField])

/** The kinds whose create carries a `request_id`: campaigns and ad groups, manual and Smart+ (notes tiktok-api-2026.md §2–3). */
export type KeyedKind = 'campaign' | 'adgroup' | 'smart_plus_campaign' | 'smart_plus_adgroup'
export const isKeyedKind = (kind: EntityKind): kind is KeyedKind => LEVEL_OF[kind] !== 'ad'

/**
 * The body of a create: everything but ids the server assigns, the advertiser (sent apart), the request_id (sent
 * from the journal) and what TikTok reports but no create takes — `campaign_automation_type`, a Smart+ campaign's
 * `smart_plus_adgroup_mode`, the creatives' `ad_material_id` ([SDK] campaign_create_body.py, adgroup_create_body.py,
 * smart_plus_*_create.yml).
 */
export function createBody(kind: EntityKind, e: Entity): Loose {
  const {
    advertiser_id: _a,
    [ENTITY_KINDS[kind].idField]: _id,
    campaign_automation_type: _t,
    smart_plus_adgroup_mode: _m,
    request_id: _r,
    ...rest
  } = fieldsOf(e)
  return withoutMaterialIds(rest)
}

/**
 * A Smart+ ad's creatives as the create and update bodies take them: `creative_info` only ([SDK]
 * smart_plus_ad_create.yml, smart_plus_ad_update.yml); `ad_material_id` is TikTok's answer, kept in the store.
 */
export function withoutMaterialIds(fields: Readonly<Loose>): Loose {
  if (!Array.isArray(fields.creative_list)) return { ...fields }
  return { ...fields, creative_list: (fields.creative_list as Loose[]).map((c) => ({ creative_info: c.creative_info })) }
}

/**
 * One creative of an ad create, with the ad's status: each creative takes
 * `operation_status`, so a paused ad is born paused ([SDK] adcreate_creatives.py;
 * notes tiktok-api-2026.md §3). `smart_plus_ad_id` is TikTok's, never sent.
 */
export function creativeOf(ad: Entity): Loose {
  const { advertiser_id: _a, ad_id: _id, adgroup_id: _g, smart_plus_ad_id: _p, ...rest } = fieldsOf(ad)
  return rest
}

/** Fields that identify an ad TikTok made from one of our creatives, when its answer was lost. */
const AD_MARKER_FIELDS = [
  'ad_name',
  'ad_format',
  'ad_text',
  'call_to_action',
  'landing_page_url',
  'display_name',
  'identity_type',
  'identity_id',
  'identity_authorized_bc_id',
  'video_id',
  'tiktok_item_id',
  'image_ids',
]
export const adMarker = (o: Loose) => JSON.stringify(AD_MARKER_FIELDS.map((f) => o[f] ?? null))

/**
 * Fields each update endpoint takes; the status goes through status/update. `/adgroup/update/` takes a narrower set
 * than create — no placements, budget mode, optimization goal/event, billing event, pixel or promotion type — so ad
 * groups list what it takes ([SDK] adgroup_update_body.py; the audience fields: java_sdk/docs/AdgroupUpdateBody.md) and any field not listed is reported as not updatable.
 */
const ADGROUP_UPDATABLE = new Set([
  ...['adgroup_name', 'budget', 'pacing', 'schedule_type', 'schedule_start_time', 'schedule_end_time', 'dayparting'],
  ...['bid_type', 'bid_price', 'conversion_bid_price', 'location_ids', 'age_groups', 'gender', 'languages', 'actions'],
  ...['interest_category_ids', 'interest_keyword_ids', 'operating_systems', 'network_types', 'device_price_ranges'],
  ...AUDIENCE_SELECTION_FIELDS,
])
const UPDATABLE: Record<EntityKind, (f: string) => boolean> = {
  campaign: (f) => ['campaign_name', 'budget', 'special_industries'].includes(f),
  adgroup: (f) => ADGROUP_UPDATABLE.has(f),
  ad: (f) => !['advertiser_id', 'adgroup_id', 'ad_id', 'operation_status', 'smart_plus_ad_id'].includes(f),
  // What `/smart_plus/…/update/` takes (locked-fields.ts); the status and Adwright's bookkeeping are not updates.
  smart_plus_campaign: (f) => smartPlusUpdatable('smart_plus_campaign', f),
  smart_plus_adgroup: (f) => smartPlusUpdatable('smart_plus_adgroup', f),
  smart_plus_ad: (f) => smartPlusUpdatable('smart_plus_ad', f),
}
function smartPlusUpdatable(kind: EntityKind, f: string): boolean {
  return isSmartPlusKind(kind) && !['operation_status', 'request_id', 'smart_plus_adgroup_mode'].includes(f) && isUpdatable(LEVEL_OF[kind], f)
}
export const updatableFields = (kind: EntityKind, fields: string[]) => fields.filter(UPDATABLE[kind])
/** Changed fields no endpoint can change (e.g. a campaign's objective): posting them would silently do nothing. */
export const frozenFields = (kind: EntityKind, fields: string[]) => fields.filter((f) => f !== 'operation_status' && !UPDATABLE[kind](f))

/** The values of `fields`, null for those absent (how a conflict shows them). */
export function pick(e: Entity, fields: string[]): Loose {
  const o = fieldsOf(e)
  return Object.fromEntries(fields.map((f) => [f, o[f] ?? null]))
}
