import { fieldsOf, type Entity } from '../entity-kinds'
import { AdGroupSchema, AdSchema, CampaignSchema } from '../entity-schemas'
import type { AccountEntities } from '../validation'

/**
 * Field order in a plan file: the schemas' order, which follows TikTok's
 * create bodies. Ids of the advertiser and parents are left out of nested
 * entries because the nesting already says them.
 */
const CAMPAIGN_KEYS = Object.keys(CampaignSchema.shape).filter((k) => k !== 'advertiser_id')
const ADGROUP_KEYS = Object.keys(AdGroupSchema.shape).filter((k) => k !== 'advertiser_id' && k !== 'campaign_id')
const AD_KEYS = Object.keys(AdSchema.shape).filter((k) => k !== 'advertiser_id' && k !== 'adgroup_id')

function ordered(entity: Entity, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  const source = fieldsOf(entity)
  for (const k of keys) if (source[k] !== undefined) out[k] = source[k]
  return out
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>()
  for (const item of items) {
    const k = key(item)
    const list = map.get(k)
    if (list) list.push(item)
    else map.set(k, [item])
  }
  return map
}

/**
 * The account as a plan file: pretty JSON, campaigns → ad groups → ads nested,
 * entities in the account's order. Ad groups or ads whose parent is missing
 * cannot be nested and are left out (validation reports them as orphans).
 */
export function exportPlan(account: AccountEntities, advertiserId: string): string {
  const adsByAdgroup = groupBy(account.ads, (a) => a.adgroup_id)
  const adgroupsByCampaign = groupBy(account.adgroups, (a) => a.campaign_id)
  const plan = {
    advertiser_id: advertiserId,
    campaigns: account.campaigns.map((c) => ({
      ...ordered(c, CAMPAIGN_KEYS),
      adgroups: (adgroupsByCampaign.get(c.campaign_id) ?? []).map((ag) => ({
        ...ordered(ag, ADGROUP_KEYS),
        ads: (adsByAdgroup.get(ag.adgroup_id) ?? []).map((ad) => ordered(ad, AD_KEYS)),
      })),
    })),
  }
  return `${JSON.stringify(plan, null, 2)}\n`
}
