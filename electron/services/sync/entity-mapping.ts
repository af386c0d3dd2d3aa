/** Between TikTok's objects and the account store's entities, and the bodies of create/update requests. */
import { ID_FIELD, NAME_FIELD, type EntityKind } from '../../../shared/domain/entities'
import { ENTITY_SCHEMAS } from '../../../shared/domain/entity-schemas'
import type { Entity } from '../account-store/store-types'

const DOMAIN_KEYS: Record<EntityKind, readonly string[]> = {
  campaign: Object.keys(ENTITY_SCHEMAS.campaign.shape),
  adgroup: Object.keys(ENTITY_SCHEMAS.adgroup.shape),
  ad: Object.keys(ENTITY_SCHEMAS.ad.shape),
}

type Loose = Record<string, unknown>
const rec = (e: unknown) => e as Loose

/** TikTok's object as a store entity: only the fields Adwright models (no times, no secondary status). */
export function fromApi(kind: EntityKind, o: Loose): Entity {
  const out: Loose = {}
  for (const k of DOMAIN_KEYS[kind]) if (o[k] !== undefined && o[k] !== null) out[k] = o[k]
  return out as unknown as Entity
}

export const idOf = (kind: EntityKind, e: unknown) => String(rec(e)[ID_FIELD[kind]])
export const nameOf = (kind: EntityKind, e: unknown) => String(rec(e)[NAME_FIELD[kind]] ?? '')

/** The body of a campaign or ad group create: everything but ids the server assigns and the advertiser (sent apart). */
export function createBody(kind: 'campaign' | 'adgroup', e: Entity): Loose {
  const { advertiser_id: _a, [ID_FIELD[kind]]: _id, ...rest } = rec(e)
  return rest
}

/** One creative of an ad create; the status is set afterwards by status/update (ad/create takes none). */
export function creativeOf(ad: Entity): Loose {
  const { advertiser_id: _a, ad_id: _id, adgroup_id: _g, operation_status: _s, ...rest } = rec(ad)
  return rest
}

/** Fields that identify an ad TikTok made from one of our creatives, when its answer was lost. */
const AD_MARKER_FIELDS = ['ad_name', 'ad_format', 'ad_text', 'call_to_action', 'landing_page_url', 'display_name', 'identity_type', 'identity_id', 'video_id', 'image_ids']
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

export function pick(e: unknown, fields: string[]): Loose {
  const o = rec(e)
  return Object.fromEntries(fields.map((f) => [f, o[f] ?? null]))
}
