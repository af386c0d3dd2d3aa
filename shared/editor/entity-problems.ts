/**
 * Every problem of one entity: structural ones from its schema, then the
 * business rules of shared/domain/validation. A rule is skipped on a field the
 * schema already rejects, so the buyer reads one message per mistake.
 */
import type { Ad, AdGroup, Campaign, EntityKind } from '../domain/entities'
import type { Problem } from '../domain/problems'
import { validateAd, validateAdGroup, validateCampaign, type ValidationContext } from '../domain/validation'
import { schemaProblems } from './schema-problems'

export interface Parents {
  campaign(id: string): Campaign | undefined
  adgroup(id: string): AdGroup | undefined
}

export function entityProblems(kind: EntityKind, entity: Campaign | AdGroup | Ad, parents: Parents, ctx: ValidationContext): Problem[] {
  let structural: Problem[]
  let rules: Problem[]
  if (kind === 'campaign') {
    const c = entity as Campaign
    structural = schemaProblems('campaign', c, c.campaign_id)
    rules = validateCampaign(c, ctx)
  } else if (kind === 'adgroup') {
    const g = entity as AdGroup
    structural = schemaProblems('adgroup', g, g.adgroup_id)
    rules = validateAdGroup(g, parents.campaign(g.campaign_id), ctx)
  } else {
    const a = entity as Ad
    const g = parents.adgroup(a.adgroup_id)
    structural = schemaProblems('ad', a, a.ad_id)
    rules = validateAd(a, g, g && parents.campaign(g.campaign_id), ctx)
  }
  if (structural.length === 0) return rules
  const broken = new Set(structural.map((p) => p.field))
  return [...structural, ...rules.filter((p) => !broken.has(p.field))]
}
