import type { Audience } from '../../audiences/schemas'
import { ENTITY_KINDS, fieldsOf, type Entity, type EntityKind, type EntitySet } from '../entity-kinds'
import { exportPlanAudiences } from './plan-audiences'

/**
 * Field order in a plan file: the schemas' order, which follows TikTok's
 * create bodies. Ids of the advertiser and parents are left out of nested
 * entries because the nesting already says them.
 */
const keysOf = (kind: EntityKind) => {
  const parent = ENTITY_KINDS[kind].parent?.field
  // A Smart+ ad group's mark repeats its campaign's; the campaign entry carries it (docs/plan-format.md).
  const implied = kind === 'smart_plus_adgroup' ? 'campaign_automation_type' : undefined
  return Object.keys(ENTITY_KINDS[kind].schema.shape).filter((k) => k !== 'advertiser_id' && k !== parent && k !== implied)
}
const CAMPAIGN_KEYS = keysOf('campaign')
const ADGROUP_KEYS = keysOf('adgroup')
const AD_KEYS = keysOf('ad')
const SP_CAMPAIGN_KEYS = keysOf('smart_plus_campaign')
const SP_ADGROUP_KEYS = keysOf('smart_plus_adgroup')
const SP_AD_KEYS = keysOf('smart_plus_ad')

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
 * entities in the account's order, manual campaigns then Upgraded Smart+ ones
 * (marked by `campaign_automation_type`, with the Smart+ bodies' field names). Ad
 * groups or ads whose parent is missing cannot be nested and are left out
 * (validation reports them as orphans). The advertiser's `audiences`, when given, come first as the
 * plan's `audiences` list (plan-audiences.ts: TikTok's fields, never a raw customer file).
 */
export function exportPlan(account: EntitySet, advertiserId: string, audiences: readonly Audience[] = []): string {
  const adsByAdgroup = groupBy(account.ads, (a) => a.adgroup_id)
  const adgroupsByCampaign = groupBy(account.adgroups, (a) => a.campaign_id)
  const spAds = groupBy(account.smartPlusAds, (a) => a.adgroup_id)
  const spAdgroups = groupBy(account.smartPlusAdgroups, (a) => a.campaign_id)
  const plan = {
    advertiser_id: advertiserId,
    ...(audiences.length ? { audiences: exportPlanAudiences(audiences) } : {}),
    campaigns: [
      ...account.campaigns.map((c) => ({
        ...ordered(c, CAMPAIGN_KEYS),
        adgroups: (adgroupsByCampaign.get(c.campaign_id) ?? []).map((ag) => ({
          ...ordered(ag, ADGROUP_KEYS),
          ads: (adsByAdgroup.get(ag.adgroup_id) ?? []).map((ad) => ordered(ad, AD_KEYS)),
        })),
      })),
      ...account.smartPlusCampaigns.map((c) => ({
        ...ordered(c, SP_CAMPAIGN_KEYS),
        adgroups: (spAdgroups.get(c.campaign_id) ?? []).map((ag) => ({
          ...ordered(ag, SP_ADGROUP_KEYS),
          ads: (spAds.get(ag.adgroup_id) ?? []).map((ad) => ordered(ad, SP_AD_KEYS)),
        })),
      })),
    ],
  }
  return `${JSON.stringify(plan, null, 2)}\n`
}
