import type { Ad, AdGroup, Campaign } from '#shared/domain/entities'

/**
 * Which ad groups each campaign holds and which ads each ad group holds, so a
 * delta that changes a parent finds the children to re-validate without walking
 * all 50,000 rows. Kept beside the account store's maps and updated with them;
 * an id listed here that is no longer in the maps is skipped by the reader.
 */
export function createChildIndex() {
  const groupsOf = new Map<string, Set<string>>()
  const adsOf = new Map<string, Set<string>>()
  const link = (of: Map<string, Set<string>>, parent: string, child: string) => {
    const set = of.get(parent)
    if (set) set.add(child)
    else of.set(parent, new Set([child]))
  }
  return {
    groupsOf: (campaignId: string): Iterable<string> => groupsOf.get(campaignId) ?? [],
    adsOf: (adgroupId: string): Iterable<string> => adsOf.get(adgroupId) ?? [],
    reset(adgroups: Iterable<AdGroup>, ads: Iterable<Ad>) {
      groupsOf.clear()
      adsOf.clear()
      for (const g of adgroups) link(groupsOf, g.campaign_id, g.adgroup_id)
      for (const a of ads) link(adsOf, a.adgroup_id, a.ad_id)
    },
    /** An ad group upserted; `before` is the version it replaces, if any (it may have moved). */
    putGroup(g: AdGroup, before: AdGroup | undefined) {
      if (before && before.campaign_id !== g.campaign_id) groupsOf.get(before.campaign_id)?.delete(g.adgroup_id)
      link(groupsOf, g.campaign_id, g.adgroup_id)
    },
    putAd(a: Ad, before: Ad | undefined) {
      if (before && before.adgroup_id !== a.adgroup_id) adsOf.get(before.adgroup_id)?.delete(a.ad_id)
      link(adsOf, a.adgroup_id, a.ad_id)
    },
    remove(removed: Campaign | AdGroup | Ad) {
      if ('ad_id' in removed) adsOf.get(removed.adgroup_id)?.delete(removed.ad_id)
      else if ('adgroup_id' in removed) {
        groupsOf.get(removed.campaign_id)?.delete(removed.adgroup_id)
        adsOf.delete(removed.adgroup_id)
      } else groupsOf.delete(removed.campaign_id)
    },
  }
}
