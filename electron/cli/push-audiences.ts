/**
 * `push` posts the plan's audience drafts that no manual ad group of the plan posts — unused yet, or named
 * by Smart+ ad groups, which the post does not re-point — before anything else, seeds with them; the rest
 * go before their ad groups in the post itself (sync/post-audiences.ts).
 */
import { isLocalId } from '#shared/domain/entities'
import type { ImportParseResult } from '#shared/domain/import-result'
import { withAudienceIds } from '#shared/domain/plan/plan-audiences'
import { postAudienceDrafts, type AudiencePostDeps } from '#backend/sync/post-audiences'

/**
 * Posts the plan's drafts that no manual ad group of the plan posts (with the seeds of lookalikes among them);
 * answers the plan with TikTok's ids in its ad groups, and why each draft that could not be posted was not.
 */
export async function postUnusedPlanAudiences<T extends Pick<ImportParseResult, 'adgroups' | 'smartPlusAdgroups'>>(
  deps: AudiencePostDeps,
  plan: T,
  planIds: readonly string[],
) {
  const manual = new Set(plan.adgroups.flatMap((g) => [...(g.audience_ids ?? []), ...(g.excluded_audience_ids ?? [])]))
  const byId = deps.catalogue.byId()
  const first = new Set(planIds.filter((id) => isLocalId(id) && byId.has(id) && !manual.has(id)))
  for (const id of [...first]) {
    const a = byId.get(id)
    if (a?.audience_type === 'LOOKALIKE' && isLocalId(a.lookalike_spec.source_audience_id)) first.add(a.lookalike_spec.source_audience_id)
  }
  if (!first.size) return { plan, failed: new Map<string, string>() }
  const r = await postAudienceDrafts(deps, first)
  return { plan: withAudienceIds(plan, r.posted), failed: r.failed }
}
