/**
 * What delivers in the sandbox's reports: each manual ad, and each creative of an Upgraded Smart+ ad. TikTok reports
 * a Smart+ ad per creative under `ad_id` (the creative's id) and at ad level under `ad_id_v2` (notes
 * tiktok-api-2026.md §2 "Reports"), so the creative is the smallest unit and the ad is the sum of its creatives.
 */
import type { SandboxState, StoredObject } from './sandbox-state'
import { isDeletedObject } from './smart-plus-routes'
import { smartPlusAds } from './smart-plus-store'

type Body = Record<string, unknown>

export interface DeliveryUnit {
  /** What synthetic-report.ts cellsFor reads: ids, create_time; `ad_id` is the creative's id for Smart+. */
  ad: StoredObject
  /** The ad group, with a Smart+ ad group's `targeting_spec` and defaults read the way a manual one's fields are. */
  adgroup: StoredObject
  /** The Smart+ ad the unit belongs to; absent for manual ads. */
  smartPlusAdId?: string
  /** A Smart+ creative's main material: its video, first image or TikTok post. */
  mainMaterialId?: string
}

function mainMaterialOf(creative: Body): string | undefined {
  const info = (creative.creative_info ?? {}) as Body
  const video = (info.video_info as Body | undefined)?.video_id
  const image = (info.image_info as Body[] | undefined)?.[0]?.web_uri
  const post = info.tiktok_item_id
  const id = video ?? image ?? post
  return id === undefined ? undefined : String(id)
}

/**
 * A Smart+ ad group as the synthetic delivery reads an ad group: its locations come from `targeting_spec`, and left
 * out placements mean automatic placement ([DOC 1843314887930946]; notes §2). With CBO on the budget is the
 * campaign's, shared by its ad groups.
 */
function asDeliveringGroup(state: SandboxState, g: StoredObject): StoredObject {
  const spec = (g.targeting_spec ?? {}) as Body
  const campaign = state.get('campaign', String(g.campaign_id))
  const siblings = campaign ? state.list('adgroup', String(g.advertiser_id)).filter((x) => x.campaign_id === g.campaign_id).length : 1
  const budget = typeof g.budget === 'number' ? g.budget : typeof campaign?.budget === 'number' ? campaign.budget / Math.max(1, siblings) : undefined
  return {
    ...g,
    location_ids: spec.location_ids,
    placement_type: g.placement_type ?? 'PLACEMENT_TYPE_AUTOMATIC',
    ...(budget !== undefined && { budget }),
  }
}

/** The advertiser's delivery units that are not deleted, each with its (live) ad group. */
export function deliveryUnits(state: SandboxState, advertiserId: string): DeliveryUnit[] {
  const groups = new Map(state.list('adgroup', advertiserId).map((g) => [String(g.adgroup_id), g]))
  const live = (o: StoredObject) => !isDeletedObject(o)
  const units: DeliveryUnit[] = []
  for (const ad of state.list('ad', advertiserId).filter(live)) {
    const adgroup = groups.get(String(ad.adgroup_id))
    if (adgroup) units.push({ ad, adgroup })
  }
  for (const ad of smartPlusAds(state, advertiserId).filter(live)) {
    const group = groups.get(String(ad.adgroup_id))
    if (!group) continue
    const adgroup = asDeliveringGroup(state, group)
    for (const creative of (ad.creative_list as Body[] | undefined) ?? []) {
      if (creative.ad_material_id === undefined) continue
      units.push({
        ad: { ...ad, ad_id: String(creative.ad_material_id), campaign_id: group.campaign_id },
        adgroup,
        smartPlusAdId: String(ad.smart_plus_ad_id),
        mainMaterialId: mainMaterialOf(creative),
      })
    }
  }
  return units
}
