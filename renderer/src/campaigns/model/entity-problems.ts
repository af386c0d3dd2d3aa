/**
 * The problems of one entity: the business rules of shared/domain/validation,
 * with its parents looked up from the account, and for ad groups the market and
 * consent rules (shared/markets/compliance), which also block posting. Structure (types, enums) needs no
 * check here: the back end refuses an edit that breaks an entity schema.
 */
import type { Ad, AdGroup, Campaign, Entity, EntityKind } from '#shared/domain/entities'
import type { Problem } from '#shared/domain/problems'
import { isReadOnly } from '#shared/domain/read-only'
import { validateAd, validateAdGroup, validateCampaign, type ValidationContext } from '#shared/domain/validation/index'
import { checkCompliance } from '#shared/markets/compliance/check'
import { DEFAULT_COMPLIANCE_CONTEXT } from '#shared/markets/compliance/rule'

export interface Parents {
  campaign(id: string): Campaign | undefined
  adgroup(id: string): AdGroup | undefined
}

export function entityProblems(kind: EntityKind, entity: Entity, parents: Parents, ctx: ValidationContext): Problem[] {
  if (kind === 'campaign') return validateCampaign(entity as Campaign, ctx)
  if (kind === 'adgroup') {
    const g = entity as AdGroup
    return [
      ...validateAdGroup(g, parents.campaign(g.campaign_id), ctx),
      ...(isReadOnly('adgroup', g) ? [] : checkCompliance(g, { ...DEFAULT_COMPLIANCE_CONTEXT, audiences: ctx.audiences })),
    ]
  }
  const a = entity as Ad
  const g = parents.adgroup(a.adgroup_id)
  return validateAd(a, g, g && parents.campaign(g.campaign_id), ctx)
}
