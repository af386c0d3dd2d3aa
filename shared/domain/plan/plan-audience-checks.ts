/**
 * Whether a plan's ad groups name audiences the plan can stand for (docs/plan-format.md): every id in
 * `audience_ids` / `excluded_audience_ids` (manual) or the Smart+ `targeting_spec`'s should be an entry of
 * the plan's `audiences` list. A local id that is not can never be posted; a TikTok id that is not may
 * still be one of the advertiser's, which only the account can tell, so it is a warning. The market,
 * consent and TikTok rules on the audiences themselves are the compliance rules' (shared/markets/compliance).
 */
import type { Audience } from '../../audiences/schemas'
import { isLocalId } from '../entities'
import type { ImportParseResult } from '../import-result'
import type { Problem } from '../problems'

export const PLAN_AUDIENCE_UNKNOWN = 'plan.audiences.unknown'

type Subject = { kind: 'adgroup' | 'smart_plus_adgroup'; id: string; name: string; lists: Array<[string, readonly string[] | undefined]> }

export function checkPlanAudienceReferences(
  plan: Pick<ImportParseResult, 'adgroups' | 'smartPlusAdgroups'>,
  audiences: ReadonlyMap<string, Audience>,
): Problem[] {
  const subjects: Subject[] = [
    ...plan.adgroups.map((g): Subject => ({
      kind: 'adgroup',
      id: g.adgroup_id,
      name: g.adgroup_name,
      lists: [
        ['audience_ids', g.audience_ids],
        ['excluded_audience_ids', g.excluded_audience_ids],
      ],
    })),
    ...plan.smartPlusAdgroups.map((g): Subject => ({
      kind: 'smart_plus_adgroup',
      id: g.adgroup_id,
      name: g.adgroup_name,
      lists: [
        ['targeting_spec.audience_ids', g.targeting_spec.audience_ids],
        ['targeting_spec.excluded_audience_ids', g.targeting_spec.excluded_audience_ids],
      ],
    })),
  ]
  return subjects.flatMap((s) =>
    s.lists.flatMap(([field, ids]) =>
      (ids ?? [])
        .filter((id) => !audiences.has(id))
        .map((id): Problem => ({
          severity: isLocalId(id) ? 'error' : 'warning',
          ruleId: PLAN_AUDIENCE_UNKNOWN,
          kind: s.kind,
          entityId: s.id,
          entityName: s.name,
          field,
          message: isLocalId(id)
            ? `Audience ${id} is not in the plan's audiences list, so it cannot be created or posted. Add an entry with "audience_id": "${id}", or remove it from ${field}.`
            : `Audience ${id} is not in the plan's audiences list: the plan cannot say what it is, so its consent and size rules are not checked here. Add its entry; TikTok refuses it on push if it is not one of the advertiser's.`,
        })),
    ),
  )
}
