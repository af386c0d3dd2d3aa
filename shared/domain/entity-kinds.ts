/**
 * The entity kinds Adwright manages, one registry entry each: its schema, the
 * field names that hold its id, name and parent, what the user calls it, and
 * where TikTok's v1.3 API reads and writes it. Code that works on "any entity"
 * asks the registry instead of switching on the kind, so a new kind is a new entry.
 */
import type { z } from 'zod'
import { AdGroupSchema, AdSchema, CampaignSchema } from './entity-schemas'
import { SmartPlusAdGroupSchema } from './smart-plus/adgroup-schema'
import { SmartPlusAdSchema } from './smart-plus/ad-schema'
import { SmartPlusCampaignSchema } from './smart-plus/campaign-schema'

/** TikTok's endpoints for one kind, relative to the API root (`/open_api/v1.3`). */
export interface KindApi {
  get: string
  create: string
  update: string
  statusUpdate: string
  /** The `filtering` key of `get` that takes a list of ids, and the id list of `status/update`. */
  idsFilter: string
}

const api = (path: string, idsFilter: string): KindApi => ({
  get: `/${path}/get/`,
  create: `/${path}/create/`,
  update: `/${path}/update/`,
  statusUpdate: `/${path}/status/update/`,
  idsFilter,
})

export const ENTITY_KINDS = {
  campaign: {
    schema: CampaignSchema,
    idField: 'campaign_id',
    nameField: 'campaign_name',
    /** The parent's kind and the field holding its id; null for a top-level kind. */
    parent: null,
    /** The key of this kind's list in an EntitySet, a snapshot or a delta. */
    setKey: 'campaigns',
    label: { one: 'campaign', many: 'campaigns' },
    api: api('campaign', 'campaign_ids'),
  },
  adgroup: {
    schema: AdGroupSchema,
    idField: 'adgroup_id',
    nameField: 'adgroup_name',
    parent: { kind: 'campaign', field: 'campaign_id' },
    setKey: 'adgroups',
    label: { one: 'ad group', many: 'ad groups' },
    api: api('adgroup', 'adgroup_ids'),
  },
  ad: {
    schema: AdSchema,
    idField: 'ad_id',
    nameField: 'ad_name',
    parent: { kind: 'adgroup', field: 'adgroup_id' },
    setKey: 'ads',
    label: { one: 'ad', many: 'ads' },
    api: api('ad', 'ad_ids'),
  },
  /*
   * Upgraded Smart+ objects live under `/smart_plus/…` (notes tiktok-api-2026.md §2, [SDK] yml_files/smart_plus_*.yml):
   * their own create/update/get/status endpoints and bodies, so they are kinds of their own rather than flags on the
   * manual ones. A Smart+ ad's id is `smart_plus_ad_id`; its creatives have TikTok ids of their own (ad_material_id).
   */
  smart_plus_campaign: {
    schema: SmartPlusCampaignSchema,
    idField: 'campaign_id',
    nameField: 'campaign_name',
    parent: null,
    setKey: 'smartPlusCampaigns',
    label: { one: 'Smart+ campaign', many: 'Smart+ campaigns' },
    api: api('smart_plus/campaign', 'campaign_ids'),
  },
  smart_plus_adgroup: {
    schema: SmartPlusAdGroupSchema,
    idField: 'adgroup_id',
    nameField: 'adgroup_name',
    parent: { kind: 'smart_plus_campaign', field: 'campaign_id' },
    setKey: 'smartPlusAdgroups',
    label: { one: 'Smart+ ad group', many: 'Smart+ ad groups' },
    api: api('smart_plus/adgroup', 'adgroup_ids'),
  },
  smart_plus_ad: {
    schema: SmartPlusAdSchema,
    idField: 'smart_plus_ad_id',
    nameField: 'ad_name',
    parent: { kind: 'smart_plus_adgroup', field: 'adgroup_id' },
    setKey: 'smartPlusAds',
    label: { one: 'Smart+ ad', many: 'Smart+ ads' },
    api: api('smart_plus/ad', 'smart_plus_ad_ids'),
  },
} as const satisfies Record<string, KindEntry>

interface KindEntry {
  schema: z.ZodObject
  idField: string
  nameField: string
  parent: { kind: string; field: string } | null
  setKey: string
  label: { one: string; many: string }
  api: KindApi
}

export type EntityKind = keyof typeof ENTITY_KINDS
/** Every kind, parents before children (the order creations are posted in). */
export const KINDS = Object.keys(ENTITY_KINDS) as EntityKind[]

export type EntityOf<K extends EntityKind> = z.infer<(typeof ENTITY_KINDS)[K]['schema']>
/** An entity of any kind; code holding one keeps its kind beside it. */
export type Entity = EntityOf<EntityKind>

/** Campaigns, ad groups and ads as one set: a download, an import, a snapshot's entities. */
export type EntitySet = { [K in EntityKind as (typeof ENTITY_KINDS)[K]['setKey']]: EntityOf<K>[] }

/** A table with one value per kind, e.g. the field names of each kind's schema. */
export const byKind = <T>(value: (kind: EntityKind) => T) => Object.fromEntries(KINDS.map((kind) => [kind, value(kind)])) as Record<EntityKind, T>

/** Fields each kind's schema lets an entity leave unset. */
const OPTIONAL = byKind(
  (kind) =>
    new Set(
      Object.entries(ENTITY_KINDS[kind].schema.shape)
        .filter(([, f]) => f.safeParse(undefined).success)
        .map(([field]) => field),
    ),
)

/**
 * Whether an entity may leave `field` unset. An edit clears such a field by
 * sending `null` for it (JSON has no `undefined`); required fields cannot be cleared.
 */
export const isOptionalField = (kind: EntityKind, field: string): boolean => OPTIONAL[kind].has(field)

export const emptyEntitySet = (): EntitySet => ({
  campaigns: [],
  adgroups: [],
  ads: [],
  smartPlusCampaigns: [],
  smartPlusAdgroups: [],
  smartPlusAds: [],
})

/** Just the entity lists of `source` (an import result, a snapshot), in a new set. */
export const entitySetOf = (source: EntitySet): EntitySet =>
  Object.fromEntries(KINDS.map((kind) => [ENTITY_KINDS[kind].setKey, [...entitiesOf(source, kind)]])) as EntitySet

/** The Upgraded Smart+ kinds, posted through `/smart_plus/…`. */
export const SMART_PLUS_KINDS = ['smart_plus_campaign', 'smart_plus_adgroup', 'smart_plus_ad'] as const satisfies readonly EntityKind[]
export type SmartPlusKind = (typeof SMART_PLUS_KINDS)[number]
export type ManualKind = Exclude<EntityKind, SmartPlusKind>
export const isSmartPlusKind = (kind: EntityKind): kind is SmartPlusKind => (SMART_PLUS_KINDS as readonly EntityKind[]).includes(kind)
/** The level a kind sits at (campaign, ad group or ad), whichever family it belongs to. */
export const LEVEL_OF: Record<EntityKind, ManualKind> = {
  campaign: 'campaign',
  adgroup: 'adgroup',
  ad: 'ad',
  smart_plus_campaign: 'campaign',
  smart_plus_adgroup: 'adgroup',
  smart_plus_ad: 'ad',
}

/**
 * The list of one kind in a set. Typed as a list of any entity so generic code
 * can read and append to it; appending an entity of another kind is the caller's bug.
 */
export const entitiesOf = (set: EntitySet, kind: EntityKind): Entity[] => set[ENTITY_KINDS[kind].setKey]

/** An entity's fields by name, for code that handles fields it does not know statically. */
export const fieldsOf = (e: Entity): Readonly<Record<string, unknown>> => e

export const idOf = (kind: EntityKind, e: Entity): string => String(fieldsOf(e)[ENTITY_KINDS[kind].idField])
export const nameOf = (kind: EntityKind, e: Entity): string => String(fieldsOf(e)[ENTITY_KINDS[kind].nameField] ?? '')

export const parentKindOf = (kind: EntityKind): EntityKind | null => ENTITY_KINDS[kind].parent?.kind ?? null
export const parentFieldOf = (kind: EntityKind): string | null => ENTITY_KINDS[kind].parent?.field ?? null
/** The parent's id, or undefined for a top-level kind. */
export const parentIdOf = (kind: EntityKind, e: Entity): string | undefined => {
  const field = parentFieldOf(kind)
  return field ? (fieldsOf(e)[field] as string | undefined) : undefined
}

const CHILD_KINDS = byKind((kind) => KINDS.filter((k) => parentKindOf(k) === kind))
/** The kinds whose parent is `kind` (an ad group's are ads). */
export const childKindsOf = (kind: EntityKind): readonly EntityKind[] => CHILD_KINDS[kind]

/** "Ad group" — the singular label, capitalised to start a sentence. */
export const titleOf = (kind: EntityKind): string => {
  const one = ENTITY_KINDS[kind].label.one
  return one.charAt(0).toUpperCase() + one.slice(1)
}

/**
 * A copy of `e` with `fields` set, and removed where the value is undefined.
 * The result is trusted to still be an entity of the same kind (callers set known fields to
 * values of the right type); schemas check entities at the app's edges, not here.
 */
export function withFields(e: Entity, fields: Readonly<Record<string, unknown>>): Entity {
  const out: Record<string, unknown> = { ...e }
  for (const [f, v] of Object.entries(fields)) {
    if (v === undefined) delete out[f]
    else out[f] = v
  }
  return out as Entity
}

/** `base` with the values of `fields` taken from `from` (absent there = absent in the result). */
export const withFieldsOf = (base: Entity, from: Entity, fields: readonly string[]): Entity =>
  withFields(base, Object.fromEntries(fields.map((f) => [f, fieldsOf(from)[f]])))
