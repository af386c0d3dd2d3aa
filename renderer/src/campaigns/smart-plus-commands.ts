/**
 * Editor commands for Upgraded Smart+ (notes tiktok-api-2026.md §1–2): a new Smart+ campaign comes with one ad
 * group and one ad, as TikTok needs all three to deliver; Convert to Smart+ turns an unposted manual draft into
 * Smart+ as one undo step. Each sends one `account:edit`, as every editor command does (editor-commands.ts).
 */
import type { Edit } from '#shared/domain/account'
import type { SmartPlusObjectiveType } from '#shared/domain/enums'
import { defaultSparkIdentity, identityFields } from '#shared/domain/identities'
import { newSmartPlusAd, newSmartPlusAdGroup, newSmartPlusCampaign } from '#shared/domain/smart-plus/defaults'
import type { SmartPlusAdGroup, SmartPlusCampaign } from '#shared/domain/smart-plus/index'
import { parseRowKey, rowKey, type RowKey } from './model/tree-rows'
import { now } from '../app/clock'
import { create, entityOf, fail, localId, parentsOf, run } from './editor-commands'
import { useAccountStore } from './use-account-store'
import { useProfileStore } from './use-profile-store'
import { useTreeStore } from './use-tree-store'

/** The identity a new creative posts as: the first cached Spark identity, since Smart+ ads on TikTok must be Spark Ads. */
export function sparkIdentityFields() {
  const spark = defaultSparkIdentity(useProfileStore.getState().profile.identities)
  return spark ? identityFields(spark) : {}
}

/** A Smart+ campaign with one ad group and one ad, TikTok's defaults in each (smart-plus/defaults.ts), as one undo step. */
export async function createSmartPlusCampaign(objective: SmartPlusObjectiveType = 'WEB_CONVERSIONS') {
  const advertiserId = useAccountStore.getState().advertiserId
  if (!advertiserId) return fail('Open an advertiser account first.')
  const c = newSmartPlusCampaign(advertiserId, localId(), objective)
  const g = newSmartPlusAdGroup(c, localId(), now())
  const ad = newSmartPlusAd(g, localId())
  const edit: Edit = { type: 'create', smartPlusCampaigns: [c], smartPlusAdgroups: [g], smartPlusAds: [ad], label: 'New Smart+ campaign' }
  await create('smart_plus_campaign', edit, c.campaign_id, [], 'Smart+ campaign with an ad group and an ad')
  // The new tree is open down to the ad, so the buyer sees all three.
  useTreeStore.getState().toggle(rowKey('smart_plus_campaign', c.campaign_id), true)
  useTreeStore.getState().toggle(rowKey('smart_plus_adgroup', g.adgroup_id), true)
}

export async function createSmartPlusAdGroup(parent: RowKey) {
  const campaign = useAccountStore.getState().smartPlusCampaigns.get(parseRowKey(parent).id) as SmartPlusCampaign | undefined
  if (!campaign) return fail('Select a Smart+ campaign first: the new ad group goes into it.')
  const g = newSmartPlusAdGroup(campaign, localId(), now())
  await create(
    'smart_plus_adgroup',
    { type: 'create', smartPlusAdgroups: [g], label: 'New Smart+ ad group' },
    g.adgroup_id,
    [parent],
    'Smart+ ad group',
  )
}

export async function createSmartPlusAd(parent: RowKey) {
  const group = useAccountStore.getState().smartPlusAdgroups.get(parseRowKey(parent).id) as SmartPlusAdGroup | undefined
  if (!group) return fail('Select a Smart+ ad group first: the new ad goes into it.')
  const ad = newSmartPlusAd(group, localId())
  await create(
    'smart_plus_ad',
    { type: 'create', smartPlusAds: [ad], label: 'New Smart+ ad' },
    ad.smart_plus_ad_id,
    [parent, ...parentsOf(parent)],
    'Smart+ ad',
  )
}

/** Replaces an unposted manual draft with its Smart+ version (the back end maps it with convertToSmartPlus) and opens it. */
export async function convertToSmartPlusDraft(campaignId: string, name: string) {
  const created = await run({ type: 'convert-to-smart-plus', campaignId, label: `Convert “${name}” to Smart+` }, `“${name}” converted to Smart+`)
  if (!created) return
  const campaign = created.find((id) => useAccountStore.getState().smartPlusCampaigns.has(id))
  if (!campaign) return
  const key = rowKey('smart_plus_campaign', campaign)
  useTreeStore.getState().prune((k) => entityOf(k) !== undefined)
  useTreeStore.getState().reveal([key], [])
  useTreeStore.getState().toggle(key, true)
}
