import type { Entity, EntityKind } from '../../entity-kinds'
import type { Problem } from '../../problems'
import type { SmartPlusAd } from '../ad-schema'
import type { SmartPlusAdGroup } from '../adgroup-schema'
import type { SmartPlusCampaign } from '../campaign-schema'
import { validateSmartPlusAd } from './ad-rules'
import { validateSmartPlusAdGroup } from './adgroup-rules'
import { validateSmartPlusCampaign } from './campaign-rules'
import { checkCboConsistency } from './cbo-rules'
import type { SmartPlusEntities, SmartPlusValidationContext } from './context'

/** What one Smart+ object's rules read besides itself: its parents, and its campaign's ad groups (CBO) or its own children (counts). */
export interface SmartPlusLookup {
  campaign(id: string): SmartPlusCampaign | undefined
  adgroup(id: string): SmartPlusAdGroup | undefined
  /** A campaign's ad groups or an ad group's ads, in account order. */
  adgroupsOf(campaignId: string): readonly SmartPlusAdGroup[]
  adsOf(adgroupId: string): readonly SmartPlusAd[]
}

/**
 * The problems of one Smart+ object. An ad group's include the CBO consistency errors filed against it, which read its
 * siblings: when one ad group changes, the editor re-checks the others of the campaign too.
 */
export function smartPlusProblemsOf(kind: EntityKind, entity: Entity, lookup: SmartPlusLookup, ctx: SmartPlusValidationContext): Problem[] {
  switch (kind) {
    case 'smart_plus_campaign': {
      const c = entity as SmartPlusCampaign
      return validateSmartPlusCampaign(c, lookup.adgroupsOf(c.campaign_id).length, ctx)
    }
    case 'smart_plus_adgroup': {
      const g = entity as SmartPlusAdGroup
      const campaign = lookup.campaign(g.campaign_id)
      const own = validateSmartPlusAdGroup(g, campaign, lookup.adsOf(g.adgroup_id).length, ctx)
      if (!campaign) return own
      const cbo = checkCboConsistency(campaign, lookup.adgroupsOf(campaign.campaign_id)).filter((p) => p.entityId === g.adgroup_id)
      return [...own, ...cbo]
    }
    case 'smart_plus_ad': {
      const a = entity as SmartPlusAd
      const g = lookup.adgroup(a.adgroup_id)
      return validateSmartPlusAd(a, g, g && lookup.campaign(g.campaign_id), ctx)
    }
    default:
      return []
  }
}

/** The objects of each parent id, in the given order. */
function byParent<T>(items: readonly T[], parentId: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>()
  for (const t of items) {
    const list = out.get(parentId(t))
    if (list) list.push(t)
    else out.set(parentId(t), [t])
  }
  return out
}

/** Every problem in the Smart+ part of an account: campaigns, then ad groups (with CBO consistency), then ads. */
export function validateSmartPlus(entities: SmartPlusEntities, ctx: SmartPlusValidationContext): Problem[] {
  const campaigns = new Map(entities.campaigns.map((c) => [c.campaign_id, c]))
  const adgroups = new Map(entities.adgroups.map((g) => [g.adgroup_id, g]))
  const groupsByCampaign = byParent(entities.adgroups, (g) => g.campaign_id)
  const adsByGroup = byParent(entities.ads, (a) => a.adgroup_id)
  const lookup: SmartPlusLookup = {
    campaign: (id) => campaigns.get(id),
    adgroup: (id) => adgroups.get(id),
    adgroupsOf: (id) => groupsByCampaign.get(id) ?? [],
    adsOf: (id) => adsByGroup.get(id) ?? [],
  }
  return [
    ...entities.campaigns.flatMap((c) => smartPlusProblemsOf('smart_plus_campaign', c, lookup, ctx)),
    ...entities.adgroups.flatMap((g) => smartPlusProblemsOf('smart_plus_adgroup', g, lookup, ctx)),
    ...entities.ads.flatMap((a) => smartPlusProblemsOf('smart_plus_ad', a, lookup, ctx)),
  ]
}
