/**
 * Which `targeting_spec` fields TikTok honours in each `targeting_optimization_mode`
 * ([DOC 1843314887930946]; notes tiktok-api-2026.md §2, High). TikTok ignores
 * the others silently, so the editor greys them and validation warns.
 * - AUTOMATIC honours the hard controls; with `suggestion_audience_enabled` it
 *   also reads the suggestion fields, as hints that do not narrow delivery.
 * - MANUAL honours the manual-style set: everything except the AUTOMATIC age
 *   floor `spc_audience_age` (MANUAL takes `age_groups`; an inference from the
 *   docs naming it only for AUTOMATIC, Medium).
 */
import { AGE_GROUPS, type AgeGroup, type TargetingOptimizationMode } from '../enums'
import type { TargetingSpec, TargetingSpecField } from './targeting-spec-schema'
import { TargetingSpecSchema } from './targeting-spec-schema'

export const HARD_CONTROL_FIELDS = [
  'location_ids',
  'zipcode_ids',
  'spc_audience_age',
  'languages',
  'operating_systems',
  'excluded_audience_ids',
] as const satisfies readonly TargetingSpecField[]

export const SUGGESTION_FIELDS = [
  'age_groups',
  'gender',
  'audience_ids',
  'interest_category_ids',
  'interest_keyword_ids',
  'purchase_intention_keyword_ids',
  'actions',
] as const satisfies readonly TargetingSpecField[]

const ALL_FIELDS = Object.keys(TargetingSpecSchema.shape) as TargetingSpecField[]
const AUTOMATIC_ONLY: readonly TargetingSpecField[] = ['spc_audience_age']

/** The fields TikTok reads in this mode. */
export function honouredFields(mode: TargetingOptimizationMode, suggestionsEnabled: boolean): ReadonlySet<TargetingSpecField> {
  if (mode === 'MANUAL') return new Set(ALL_FIELDS.filter((f) => !AUTOMATIC_ONLY.includes(f)))
  return new Set<TargetingSpecField>(suggestionsEnabled ? [...HARD_CONTROL_FIELDS, ...SUGGESTION_FIELDS] : HARD_CONTROL_FIELDS)
}

const isSet = (v: unknown) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0)

/** Fields that hold a value TikTok would ignore in this mode, in schema order. */
export function ignoredFields(spec: TargetingSpec, mode: TargetingOptimizationMode, suggestionsEnabled: boolean): TargetingSpecField[] {
  const honoured = honouredFields(mode, suggestionsEnabled)
  return ALL_FIELDS.filter((f) => isSet(spec[f]) && !honoured.has(f))
}

const ADULTS: readonly AgeGroup[] = AGE_GROUPS.filter((a) => a !== 'AGE_13_17')
/** The AUTOMATIC age floor (`spc_audience_age`) as the age groups it leaves open: the reach estimate and a switch to MANUAL read it. */
export const AGE_FLOOR_GROUPS: Readonly<Record<string, readonly AgeGroup[]>> = {
  OVER_EIGHTEEN: ADULTS,
  OVER_TWENTY_FIVE: ADULTS.filter((a) => a !== 'AGE_18_24'),
}

/**
 * The age groups a Smart+ ad group can deliver to: in AUTOMATIC mode those its age floor leaves open, in MANUAL
 * its `age_groups`; with neither, every age (nothing bounds it, as a manual ad group with none chosen).
 */
export function deliverableAges(g: { targeting_optimization_mode: TargetingOptimizationMode; targeting_spec: TargetingSpec }): AgeGroup[] {
  const spec = g.targeting_spec
  if (g.targeting_optimization_mode === 'AUTOMATIC') return [...(spec.spc_audience_age ? AGE_FLOOR_GROUPS[spec.spc_audience_age]! : AGE_GROUPS)]
  return [...(spec.age_groups?.length ? spec.age_groups : AGE_GROUPS)]
}
