/**
 * The reach playground's targeting and a manual ad group's, both ways: what loading copies out of an ad group, and
 * the one patch that writes the playground back (only the fields that differ, so the undo step and the pending
 * change name just those).
 */
import { isLocalId, openTargeting, type AdGroup } from '../domain/entities'
import { isOptionalField } from '../domain/entity-kinds'
import { sameValue } from '../domain/entity-equality'
import type { ReachInput } from './estimate'

/** Every field the playground holds: ReachInput's keys, listed so code can walk them (checked against the type below). */
export const PLAYGROUND_FIELDS = [
  'placement_type',
  'placements',
  'location_ids',
  'age_groups',
  'gender',
  'languages',
  'interest_category_ids',
  'interest_keyword_ids',
  'actions',
  'operating_systems',
  'network_types',
  'device_price_ranges',
  'audience_ids',
  'excluded_audience_ids',
] as const satisfies ReadonlyArray<keyof ReachInput>
type Missing = Exclude<keyof ReachInput, (typeof PLAYGROUND_FIELDS)[number]>
const everyField: Missing extends never ? true : Missing = true
void everyField

/** Where the playground starts: the United States, adults, TikTok only, nothing else narrowed. */
export function playgroundStart(): ReachInput {
  return {
    placement_type: 'PLACEMENT_TYPE_NORMAL',
    placements: ['PLACEMENT_TIKTOK'],
    location_ids: ['6252001'],
    age_groups: ['AGE_18_24', 'AGE_25_34', 'AGE_35_44', 'AGE_45_54', 'AGE_55_100'],
    ...openTargeting(),
  }
}

/** A manual ad group's targeting, copied (no list shared with the ad group, so editing one never changes the other). */
export function targetingOfAdGroup(g: AdGroup): ReachInput {
  return structuredClone({
    placement_type: g.placement_type,
    placements: g.placements,
    location_ids: g.location_ids,
    age_groups: g.age_groups,
    gender: g.gender,
    languages: g.languages,
    interest_category_ids: g.interest_category_ids,
    interest_keyword_ids: g.interest_keyword_ids,
    actions: g.actions,
    operating_systems: g.operating_systems,
    network_types: g.network_types,
    device_price_ranges: g.device_price_ranges,
    audience_ids: g.audience_ids ?? [],
    excluded_audience_ids: g.excluded_audience_ids ?? [],
  })
}

/** Lists compare as sets (a box unticked and ticked again moves to the end but changes nothing); absent reads as empty. */
function asSet(v: unknown): unknown {
  if (v === undefined) return []
  if (!Array.isArray(v)) return v
  const key = (x: unknown) => JSON.stringify(x)
  return [...(v as unknown[])].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
}

/** Whether two values of a targeting field mean the same to TikTok: lists as sets, absent as empty. */
export const sameTargeting = (a: unknown, b: unknown): boolean => sameValue(asSet(a), asSet(b))

/**
 * The fields of `t` that differ from the ad group, ready for one `update` edit. An emptied optional list (the
 * audiences) is cleared with null rather than saved as [], as the editor does (isOptionalField).
 */
export function adGroupPatch(g: AdGroup, t: ReachInput): Partial<Record<(typeof PLAYGROUND_FIELDS)[number], unknown>> {
  const patch: Partial<Record<(typeof PLAYGROUND_FIELDS)[number], unknown>> = {}
  for (const field of PLAYGROUND_FIELDS) {
    const next = t[field]
    if (sameTargeting(next, g[field])) continue
    const empty = next === undefined || (Array.isArray(next) && next.length === 0)
    patch[field] = empty && isOptionalField('adgroup', field) ? null : structuredClone(next)
  }
  return patch
}

/**
 * Why the playground cannot be written onto this ad group, or null when it can. TikTok refuses switching between
 * automatic and selected placements once an ad group exists there (the editor's rule adgroup.placement-type.immutable).
 */
export function applyBlocker(g: AdGroup, t: ReachInput): string | null {
  if (!isLocalId(g.adgroup_id) && t.placement_type !== g.placement_type)
    return `“${g.adgroup_name}” is posted, and TikTok does not allow switching between automatic and selected placements after creation. Set Placements back to ${g.placement_type === 'PLACEMENT_TYPE_AUTOMATIC' ? 'Automatic' : 'Choose'} to apply.`
  if (Object.keys(adGroupPatch(g, t)).length === 0) return `Nothing to apply: the targeting matches “${g.adgroup_name}”.`
  return null
}
