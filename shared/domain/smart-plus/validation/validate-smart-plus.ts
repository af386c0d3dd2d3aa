import type { Problem } from '../../problems'
import type { SmartPlusAdGroup } from '../adgroup-schema'
import type { SmartPlusCampaign } from '../campaign-schema'
import { validateSmartPlusAd } from './ad-rules'
import { validateSmartPlusAdGroup } from './adgroup-rules'
import { validateSmartPlusCampaign } from './campaign-rules'
import { checkCboConsistency } from './cbo-rules'
import type { SmartPlusEntities, SmartPlusValidationContext } from './context'

/** The objects of each parent id, in the given order. */
function byParent<T>(items: readonly T[], parentId: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>()
  for (const t of items) out.set(parentId(t), [...(out.get(parentId(t)) ?? []), t])
  return out
}

/** Every problem in the Smart+ part of an account: campaigns, then ad groups (with CBO consistency), then ads. */
export function validateSmartPlus(entities: SmartPlusEntities, ctx: SmartPlusValidationContext): Problem[] {
  const campaigns = new Map<string, SmartPlusCampaign>(entities.campaigns.map((c) => [c.campaign_id, c]))
  const adgroups = new Map<string, SmartPlusAdGroup>(entities.adgroups.map((g) => [g.adgroup_id, g]))
  const groupsByCampaign = byParent(entities.adgroups, (g) => g.campaign_id)
  const adsByGroup = byParent(entities.ads, (a) => a.adgroup_id)

  const out: Problem[] = []
  for (const c of entities.campaigns) out.push(...validateSmartPlusCampaign(c, groupsByCampaign.get(c.campaign_id)?.length ?? 0, ctx))
  for (const g of entities.adgroups)
    out.push(...validateSmartPlusAdGroup(g, campaigns.get(g.campaign_id), adsByGroup.get(g.adgroup_id)?.length ?? 0, ctx))
  for (const c of entities.campaigns) out.push(...checkCboConsistency(c, groupsByCampaign.get(c.campaign_id) ?? []))
  for (const ad of entities.ads) {
    const g = adgroups.get(ad.adgroup_id)
    out.push(...validateSmartPlusAd(ad, g, g && campaigns.get(g.campaign_id), ctx))
  }
  return out
}
