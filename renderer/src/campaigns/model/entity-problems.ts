/**
 * The problems of one entity: the business rules of shared/domain/validation (or,
 * for Upgraded Smart+ objects, of shared/domain/smart-plus/validation), with its
 * parents and siblings looked up from the account, and for manual ad groups the
 * market and consent rules (shared/markets/compliance), which also block posting.
 * Structure (types, enums) needs no check here: the back end refuses an edit that
 * breaks an entity schema.
 */
import type { Ad, AdGroup, Campaign, Entity, EntityKind } from '#shared/domain/entities'
import { isSmartPlusKind } from '#shared/domain/entity-kinds'
import type { Problem } from '#shared/domain/problems'
import { isReadOnly } from '#shared/domain/read-only'
import type { SmartPlusAd, SmartPlusAdGroup, SmartPlusCampaign } from '#shared/domain/smart-plus/index'
import { smartPlusProblemsOf } from '#shared/domain/smart-plus/validation/index'
import { validateAd, validateAdGroup, validateCampaign, type ValidationContext } from '#shared/domain/validation/index'
import { checkCompliance } from '#shared/markets/compliance/check'
import { DEFAULT_COMPLIANCE_CONTEXT } from '#shared/markets/compliance/rule'

export interface Parents {
  campaign(id: string): Campaign | undefined
  adgroup(id: string): AdGroup | undefined
  /** Any kind's entity by id (Smart+ rules read Smart+ parents). */
  entity(kind: EntityKind, id: string): Entity | undefined
  /** The children of one kind under a parent, in account order. */
  children(kind: EntityKind, parentId: string): readonly Entity[]
}

export function entityProblems(kind: EntityKind, entity: Entity, parents: Parents, ctx: ValidationContext): Problem[] {
  if (isSmartPlusKind(kind))
    return smartPlusProblemsOf(
      kind,
      entity,
      {
        campaign: (id) => parents.entity('smart_plus_campaign', id) as SmartPlusCampaign | undefined,
        adgroup: (id) => parents.entity('smart_plus_adgroup', id) as SmartPlusAdGroup | undefined,
        adgroupsOf: (id) => parents.children('smart_plus_adgroup', id) as SmartPlusAdGroup[],
        adsOf: (id) => parents.children('smart_plus_ad', id) as SmartPlusAd[],
      },
      ctx,
    )
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
