/**
 * How Upgraded Smart+ objects show up on the manual gets ([DOC 1854112742370306],
 * [DOC 1854103649826817]; notes tiktok-api-2026.md §2):
 * - `/campaign/get/` and `/adgroup/get/` return them by default, marked by
 *   `campaign_automation_type`, which is also a filter (objects without the mark are MANUAL);
 * - `/ad/get/` returns each Smart+ creative as a row (`ad_id` = the creative's
 *   `ad_material_id`, with `smart_plus_ad_id`, marked `UPGRADED_SMART_PLUS_CREATIVE`);
 *   with the `ad_ids_v2` filter it returns the Smart+ ads themselves, one row each,
 *   with `ad_id_v2` and the mark `UPGRADED_SMART_PLUS`.
 */
import { CAMPAIGN_AUTOMATION_TYPES, SMART_PLUS_CREATIVE_ROW_TYPE } from '#shared/domain/enums'
import { oneOf, paramError, stringArray } from './handler-kit'
import type { SandboxState, StoredObject } from './sandbox-state'
import { smartPlusAds, UPGRADED } from './smart-plus-store'

/** Whether `o` passes the `campaign_automation_type` filter (absent: every type). */
export function automationTypeMatches(o: StoredObject, filtering: Record<string, unknown>): boolean {
  const want = oneOf(filtering, 'campaign_automation_type', CAMPAIGN_AUTOMATION_TYPES)
  if (want === undefined) return true
  const type = String(o.campaign_automation_type ?? 'MANUAL')
  // Creative rows belong to Upgraded Smart+ ads.
  return type === want || (want === UPGRADED && type === SMART_PLUS_CREATIVE_ROW_TYPE)
}

type Body = Record<string, unknown>

function creativeRows(ad: StoredObject): StoredObject[] {
  const landing = (ad.landing_page_url_list as Body[] | undefined)?.[0]?.landing_page_url
  return ((ad.creative_list as Body[] | undefined) ?? []).map((c) => {
    const info = (c.creative_info ?? {}) as Body
    const video = (info.video_info as Body | undefined)?.video_id
    const images = (info.image_info as Body[] | undefined)?.map((i) => i.web_uri)
    return {
      advertiser_id: ad.advertiser_id,
      campaign_id: ad.campaign_id,
      adgroup_id: ad.adgroup_id,
      ad_id: c.ad_material_id,
      smart_plus_ad_id: ad.smart_plus_ad_id,
      campaign_automation_type: SMART_PLUS_CREATIVE_ROW_TYPE,
      ad_name: ad.ad_name,
      operation_status: ad.operation_status,
      secondary_status: ad.secondary_status,
      ad_format: info.ad_format,
      ...(video !== undefined && { video_id: video }),
      ...(images && { image_ids: images }),
      ...(info.identity_type !== undefined && { identity_type: info.identity_type, identity_id: info.identity_id }),
      ...(landing !== undefined && { landing_page_url: landing }),
      create_time: ad.create_time,
      modify_time: ad.modify_time,
    }
  })
}

/** The rows `/ad/get/` lists before its other filters: manual ads and Smart+ creatives, or Smart+ ads for `ad_ids_v2`. */
export function adGetRows(state: SandboxState, advertiserId: string, filtering: Record<string, unknown>): StoredObject[] {
  const v2 = stringArray(filtering, 'ad_ids_v2')
  if (v2 !== undefined) {
    if (v2.length === 0) throw paramError('ad_ids_v2', 'Must list at least one id.')
    return smartPlusAds(state, advertiserId)
      .filter((a) => v2.includes(String(a.smart_plus_ad_id)))
      .map((a) => ({ ...a, ad_id_v2: a.smart_plus_ad_id, campaign_automation_type: UPGRADED }))
  }
  return [...state.list('ad', advertiserId), ...smartPlusAds(state, advertiserId).flatMap(creativeRows)]
}
