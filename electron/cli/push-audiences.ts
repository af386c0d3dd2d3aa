/**
 * `push` and the plan's `audiences` list (docs/plan-format.md): each entry goes into the advertiser's
 * audience list (accounts/audience-catalogue.ts) — a customer file as its hashed file only — and drafts are
 * posted before the ad groups that use them (sync/post-audiences.ts). A draft an earlier push posted is
 * not created again: the plan's local id is followed to TikTok's id (the audience list's post record),
 * in the ad groups too. Drafts no manual ad group posts (unused yet, or named by Smart+ ad groups, which
 * the post does not re-point) are posted here first, seeds with them.
 */
import { existsSync } from 'node:fs'
import type { Audience } from '#shared/audiences/schemas'
import { isLocalId } from '#shared/domain/entities'
import type { ImportParseResult } from '#shared/domain/import-result'
import type { AudienceCatalogueFile } from '#backend/accounts/audience-catalogue'
import { postAudienceDrafts, type AudiencePostDeps } from '#backend/sync/post-audiences'
import type { ResolvedPlanAudience } from './plan-audiences'
import { withAudienceIds } from './plan-audiences'

/** Saves the plan's audiences in the audience list; answers the drafts posted before (local id → TikTok's) and what could not be saved. */
export function importPlanAudiences(resolved: readonly ResolvedPlanAudience[], catalogue: AudienceCatalogueFile) {
  const posted = new Map<string, string>()
  const errors: string[] = []
  const before = catalogue.byId()
  for (const r of resolved) {
    const id = r.audience.audience_id
    const tiktokId = isLocalId(id) ? catalogue.postedIdOf(id) : undefined
    if (tiktokId) {
      // On TikTok already: TikTok's copy stands, and the plan's name for it is followed.
      posted.set(id, tiktokId)
      continue
    }
    let a: Audience = r.audience
    if (a.audience_type === 'LOOKALIKE') {
      const seed = catalogue.postedIdOf(a.lookalike_spec.source_audience_id)
      if (seed) a = { ...a, lookalike_spec: { ...a.lookalike_spec, source_audience_id: seed } }
    }
    const known = before.get(id)
    if (!isLocalId(id)) {
      // An audience TikTok holds: what the list downloaded wins; the plan may add Adwright's own mark.
      catalogue.save(known ? { ...known, ...(a.special_category !== undefined ? { special_category: a.special_category } : {}) } : a)
    } else if (a.audience_type === 'CUSTOMER_FILE' && r.hashed !== undefined) catalogue.saveCustomerFile(a, r.hashed)
    else if (a.audience_type === 'CUSTOMER_FILE') {
      if (!existsSync(catalogue.hashedFileOf(id))) {
        errors.push(
          `${r.path}: customer file audience “${a.custom_audience_name}” has no file_path, and this store holds no hashed file for ${id}; name its CSV.`,
        )
        continue
      }
      catalogue.save({ ...a, hashing: known?.audience_type === 'CUSTOMER_FILE' ? (known.hashing ?? a.hashing) : a.hashing })
    } else catalogue.save(a)
  }
  return { posted, errors }
}

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
