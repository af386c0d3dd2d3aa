/** Between TikTok's objects and the account store's entities, and the bodies of create/update requests. */
import { ENTITY_KINDS, byKind, fieldsOf, type Entity, type EntityKind } from '#shared/domain/entity-kinds'

const DOMAIN_KEYS = byKind((kind) => Object.keys(ENTITY_KINDS[kind].schema.shape))

type Loose = Record<string, unknown>

/**
 * TikTok's object as a store entity: only the fields Adwright models (no times,
 * no secondary status). Trusted to fit the kind's schema: it is TikTok's answer
 * to a request the client already checked against the response schemas.
 */
export function fromApi(kind: EntityKind, o: Loose): Entity {
  const out: Loose = {}
  for (const k of DOMAIN_KEYS[kind]) if (o[k] !== undefined && o[k] !== null) out[k] = o[k]
  return out as Entity
}

/** An id from TikTok's object (before it is mapped to an entity). */
export const apiIdOf = (kind: EntityKind, o: Loose) => String(o[ENTITY_KINDS[kind].idField])

/** The body of a campaign or ad group create: everything but ids the server assigns and the advertiser (sent apart). */
export function createBody(kind: 'campaign' | 'adgroup', e: Entity): Loose {
  const { advertiser_id: _a, [ENTITY_KINDS[kind].idField]: _id, ...rest } = fieldsOf(e)
  return rest
}

/**
 * One creative of an ad create, with the ad's status: each creative takes
 * `operation_status`, so a paused ad is born paused ([SDK] adcreate_creatives.py;
 * notes tiktok-api-2026.md §3).
 */
export function creativeOf(ad: Entity): Loose {
  const { advertiser_id: _a, ad_id: _id, adgroup_id: _g, ...rest } = fieldsOf(ad)
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
  'video_id',
  'image_ids',
]
export const adMarker = (o: Loose) => JSON.stringify(AD_MARKER_FIELDS.map((f) => o[f] ?? null))

/** Fields each update endpoint takes; the status goes through status/update. */
const UPDATABLE: Record<EntityKind, (f: string) => boolean> = {
  campaign: (f) => ['campaign_name', 'budget', 'special_industries'].includes(f),
  adgroup: (f) => !['advertiser_id', 'campaign_id', 'adgroup_id', 'placement_type', 'operation_status'].includes(f),
  ad: (f) => !['advertiser_id', 'adgroup_id', 'ad_id', 'operation_status'].includes(f),
}
export const updatableFields = (kind: EntityKind, fields: string[]) => fields.filter(UPDATABLE[kind])
/** Changed fields no endpoint can change (e.g. a campaign's objective): posting them would silently do nothing. */
export const frozenFields = (kind: EntityKind, fields: string[]) => fields.filter((f) => f !== 'operation_status' && !UPDATABLE[kind](f))

/** The values of `fields`, null for those absent (how a conflict shows them). */
export function pick(e: Entity, fields: string[]): Loose {
  const o = fieldsOf(e)
  return Object.fromEntries(fields.map((f) => [f, o[f] ?? null]))
}
