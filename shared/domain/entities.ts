/**
 * Campaign → ad group → ad, with TikTok v1.3 field names, as Adwright drafts and
 * stores them. IDs are strings everywhere (v1.3 ids exceed 2^53). An entity not
 * yet posted has a local id (`local-…`) that sync replaces with TikTok's id.
 */
import type { z } from 'zod'
import type { EntityOf } from './entity-kinds'
import type { ActionTargetingSchema, TargetingSchema } from './entity-schemas'

export type { Entity, EntityKind, EntityOf, EntitySet } from './entity-kinds'

export const LOCAL_ID_PREFIX = 'local-'
export const isLocalId = (id: string) => id.startsWith(LOCAL_ID_PREFIX)

export type Campaign = EntityOf<'campaign'>
export type AdGroup = EntityOf<'adgroup'>
export type Ad = EntityOf<'ad'>
export type ActionTargeting = z.infer<typeof ActionTargetingSchema>
/** The targeting part of an ad group — what the reach estimator reads. */
export type Targeting = z.infer<typeof TargetingSchema>

type OptionalKeys<T> = { [P in keyof T]-?: undefined extends T[P] ? P : never }[keyof T]
/** A patch: any subset of the fields, with `null` clearing an optional one. */
export type PatchFields<T> = { [P in keyof T]?: T[P] | (P extends OptionalKeys<T> ? null : never) }

/**
 * Targeting that narrows nothing: any gender, language, interest, behaviour,
 * operating system, network and device price. New arrays on every call, so two
 * drafts never share a list.
 */
export function openTargeting(): Pick<
  Targeting,
  | 'gender'
  | 'languages'
  | 'interest_category_ids'
  | 'interest_keyword_ids'
  | 'actions'
  | 'operating_systems'
  | 'network_types'
  | 'device_price_ranges'
> {
  return {
    gender: 'GENDER_UNLIMITED',
    languages: [],
    interest_category_ids: [],
    interest_keyword_ids: [],
    actions: [],
    operating_systems: [],
    network_types: [],
    device_price_ranges: [],
  }
}
