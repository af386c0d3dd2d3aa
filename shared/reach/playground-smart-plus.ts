/**
 * The reach playground written onto an Upgraded Smart+ ad group (notes tiktok-api-2026.md §2). In MANUAL targeting
 * TikTok reads the `targeting_spec` as a manual ad group's targeting, so the playground's fields go into the spec; in
 * AUTOMATIC it reads only the hard controls and takes ages, gender, interests and audiences as suggestions at most,
 * so writing the playground there would not mean what the estimate showed, and Apply says so instead. Only fields
 * that differ from what reach reads of the group are written (smart-plus-input.ts), so an untouched field keeps its
 * absent value and the undo step names just the change. Placements are locked once posted and set in the editor.
 */
import { isLocalId } from '../domain/entities'
import { sameValue } from '../domain/entity-equality'
import type { SmartPlusAdGroup } from '../domain/smart-plus/adgroup-schema'
import type { TargetingSpec } from '../domain/smart-plus/targeting-spec-schema'
import type { ReachInput } from './estimate'
import { PLAYGROUND_FIELDS, sameTargeting } from './playground-targeting'
import { smartPlusReachInput } from './smart-plus-input'

/** The playground fields a MANUAL spec holds under the same names: all but the placements, which are the ad group's own. */
const SPEC_FIELDS = PLAYGROUND_FIELDS.filter(
  (f): f is Exclude<(typeof PLAYGROUND_FIELDS)[number], 'placement_type' | 'placements'> => f !== 'placement_type' && f !== 'placements',
)

// Each of them is a targeting_spec field too: a playground field the spec lacks fails to compile here.
const specKeys: ReadonlyArray<keyof TargetingSpec> = SPEC_FIELDS
void specKeys

type Group = Pick<
  SmartPlusAdGroup,
  'adgroup_id' | 'adgroup_name' | 'targeting_optimization_mode' | 'targeting_spec' | 'placement_type' | 'placements'
>

/** The group's spec with the playground's changed fields in it; an emptied list or "any gender" is left out, as TikTok reads absent. */
export function smartPlusSpecWith(g: Group, t: ReachInput): TargetingSpec {
  const read = smartPlusReachInput(g)
  const next: Record<string, unknown> = { ...g.targeting_spec }
  for (const field of SPEC_FIELDS) {
    if (sameTargeting(t[field], read[field])) continue
    const v = t[field]
    if (v === undefined || (Array.isArray(v) && v.length === 0) || v === 'GENDER_UNLIMITED') delete next[field]
    else next[field] = structuredClone(v)
  }
  return next as TargetingSpec
}

/** Why the playground cannot be written onto this Smart+ ad group, or null when it can. */
export function smartPlusApplyBlocker(g: Group, t: ReachInput): string | null {
  const name = `“${g.adgroup_name}”`
  if (g.targeting_optimization_mode !== 'MANUAL')
    return `${name} uses automatic targeting, where TikTok reads ages, gender, interests and audiences only as suggestions. Switch it to manual targeting in its editor to apply the playground.`
  const read = smartPlusReachInput(g)
  if (t.placement_type !== read.placement_type || (t.placement_type === 'PLACEMENT_TYPE_NORMAL' && !sameTargeting(t.placements, read.placements)))
    return isLocalId(g.adgroup_id)
      ? `Set ${name}’s placements in its editor: a Smart+ ad group’s placements are chosen there.`
      : `${name} is posted, and TikTok does not allow a Smart+ ad group’s placements to change. Set Placements back to apply.`
  if (sameValue(smartPlusSpecWith(g, t), g.targeting_spec)) return `Nothing to apply: the targeting matches ${name}.`
  return null
}
