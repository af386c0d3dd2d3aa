/**
 * A plan's `audiences` list into the advertiser's audience list (audience-catalogue.ts; docs/plan-format.md),
 * for the CLI's `push` and the app's Import alike: a customer file only as its hashed file, TikTok's copy
 * of an audience it holds kept (the plan may add Adwright's own mark). A draft an earlier post created is
 * not saved again: the plan's local id is followed to TikTok's id (the audience list's post record), in
 * the ad groups too (withAudienceIds).
 */
import { existsSync } from 'node:fs'
import type { Audience } from '#shared/audiences/schemas'
import type { ImportRowError } from '#shared/domain/account'
import { isLocalId } from '#shared/domain/entities'
import type { AudienceCatalogueFile } from './audience-catalogue'

export interface PlanAudienceInput {
  audience: Audience
  /** A CUSTOMER_FILE's hashed file, when the caller read its CSV (the CLI); absent, the store must hold one. */
  hashed?: string
  path: string
}

/** Why entries cannot be imported, without saving anything: a customer-file draft with neither its hashed text nor one in this store. */
export function planAudienceProblems(entries: readonly PlanAudienceInput[], catalogue: AudienceCatalogueFile): ImportRowError[] {
  return entries.flatMap((r) => {
    const a = r.audience
    if (a.audience_type !== 'CUSTOMER_FILE' || !isLocalId(a.audience_id) || r.hashed !== undefined) return []
    if (catalogue.postedIdOf(a.audience_id) || existsSync(catalogue.hashedFileOf(a.audience_id))) return []
    return [
      {
        row: `${r.path}.file_path`,
        field: 'file_path',
        message: `Audience “${a.custom_audience_name}” (${r.path}): this store holds no hashed file for ${a.audience_id}. A customer file's CSV is hashed by \`npm run cli -- push\` (file_path) or the Audiences tab.`,
      },
    ]
  })
}

/** Saves the plan's audiences in the audience list; answers the drafts posted before (local id → TikTok's) and what could not be saved. */
export function importPlanAudiences(resolved: readonly PlanAudienceInput[], catalogue: AudienceCatalogueFile) {
  const posted = new Map<string, string>()
  const errors = planAudienceProblems(resolved, catalogue)
  if (errors.length) return { posted, errors }
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
    else if (a.audience_type === 'CUSTOMER_FILE')
      // Its hashed file is in the store (planAudienceProblems): the counts that went with it stay.
      catalogue.save({ ...a, hashing: known?.audience_type === 'CUSTOMER_FILE' ? (known.hashing ?? a.hashing) : a.hashing })
    else catalogue.save(a)
  }
  return { posted, errors }
}
