/**
 * Smart+ campaigns placed straight into the sandbox's state, where the sandbox keeps them
 * (/work/shared/notes/tiktok-api-2026.md §2; electron/backend/sandbox/smart-plus-store.ts):
 * - `UPGRADED_SMART_PLUS` (the default): campaign and ad groups beside the manual ones,
 *   marked by `campaign_automation_type`, targeting nested in `targeting_spec`; each ad a
 *   Smart+ ad holding two creatives, which the manual `/ad/get/` shows as creative rows;
 * - `SMART_PLUS` (the older, non-upgraded kind): campaign and ad groups marked so, with
 *   manual-style ads — Adwright shows these read-only.
 */
import { apiTime, type StoredObject } from '#backend/sandbox/sandbox-state'
import type { SandboxServer } from '#backend/sandbox/server'
import { nextSmartPlusId, smartPlusData } from '#backend/sandbox/smart-plus-store'

export type SmartPlusType = 'UPGRADED_SMART_PLUS' | 'SMART_PLUS'

export function putSmartPlus(
  server: SandboxServer,
  advertiserId: string,
  at: Date,
  name = 'Smart+ spring',
  type: SmartPlusType = 'UPGRADED_SMART_PLUS',
) {
  const time = apiTime(at.getTime())
  const stamped = (o: Omit<StoredObject, 'advertiser_id' | 'create_time' | 'modify_time'>): StoredObject => ({
    advertiser_id: advertiserId,
    create_time: time,
    modify_time: time,
    ...o,
  })
  const campaign_id = server.state.nextId('campaign')
  server.state.put(
    'campaign',
    stamped({
      campaign_id,
      campaign_name: name,
      objective_type: 'WEB_CONVERSIONS',
      budget_mode: 'BUDGET_MODE_DYNAMIC_DAILY_BUDGET',
      budget: 500,
      budget_optimize_on: true,
      sales_destination: 'WEBSITE',
      operation_status: 'ENABLE',
      secondary_status: 'CAMPAIGN_STATUS_ENABLE',
      campaign_automation_type: type,
      smart_plus_adgroup_mode: 'MULTIPLE',
    }),
  )
  const adgroups: string[] = []
  const ads: string[] = []
  for (let g = 1; g <= 2; g++) {
    const adgroup_id = server.state.nextId('adgroup')
    adgroups.push(adgroup_id)
    server.state.put(
      'adgroup',
      stamped({
        campaign_id,
        adgroup_id,
        adgroup_name: `${name} group ${g}`,
        operation_status: 'ENABLE',
        secondary_status: 'ADGROUP_STATUS_DELIVERY_OK',
        campaign_automation_type: type,
        promotion_type: 'WEBSITE',
        optimization_goal: 'CONVERT',
        optimization_event: 'SHOPPING',
        pixel_id: '7302000000000000501',
        billing_event: 'OCPM',
        bid_type: 'BID_TYPE_NO_BID',
        targeting_optimization_mode: 'AUTOMATIC',
        // Smart+ nests targeting here: no location_ids, age_groups, actions… at the top level.
        targeting_spec: { location_ids: ['6252001'], spc_audience_age: 'OVER_EIGHTEEN' },
        schedule_type: 'SCHEDULE_FROM_NOW',
        schedule_start_time: time,
      }),
    )
    for (let a = 1; a <= 2; a++) {
      const ad_name = `${name} ad ${g}.${a}`
      if (type === 'SMART_PLUS') {
        const ad_id = server.state.nextId('ad')
        ads.push(ad_id)
        server.state.put(
          'ad',
          // A manual-style ad as /ad/get/ lists one, with its creative fields.
          stamped({
            campaign_id,
            adgroup_id,
            ad_id,
            ad_name,
            operation_status: 'ENABLE',
            secondary_status: 'AD_STATUS_DELIVERY_OK',
            ad_format: 'SINGLE_VIDEO',
            ad_text: 'Run further this spring',
            call_to_action: 'SHOP_NOW',
            landing_page_url: 'https://example.com/spring',
            identity_type: 'TT_USER',
            identity_id: '7301000000000009001',
            video_id: `v${g}${a}`,
            image_ids: [],
          }),
        )
        continue
      }
      const smart_plus_ad_id = nextSmartPlusId(server.state, 'ad')
      ads.push(smart_plus_ad_id)
      const creative = (n: number) => ({
        creative_info: {
          ad_format: 'SINGLE_VIDEO',
          video_info: { video_id: `v${g}${a}${n}` },
          identity_type: 'TT_USER',
          identity_id: '7301000000000009001',
        },
        ad_material_id: nextSmartPlusId(server.state, 'material'),
      })
      smartPlusData(server.state).ads[smart_plus_ad_id] = stamped({
        campaign_id,
        adgroup_id,
        smart_plus_ad_id,
        ad_name,
        operation_status: 'ENABLE',
        secondary_status: 'AD_STATUS_DELIVERY_OK',
        creative_list: [creative(1), creative(2)],
        ad_text_list: [{ ad_text: 'Run further this spring' }],
        call_to_action_list: [{ call_to_action: 'SHOP_NOW' }],
        landing_page_url_list: [{ landing_page_url: 'https://example.com/spring' }],
      })
    }
  }
  return { campaign_id, adgroups, ads }
}
