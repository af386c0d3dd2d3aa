/**
 * An Upgraded Smart+ campaign placed straight into the sandbox's state, shaped
 * as TikTok's manual gets return one (/work/shared/notes/tiktok-api-2026.md §2):
 * `campaign_automation_type` on the campaign and ad groups, targeting nested in
 * `targeting_spec`, and one `/ad/get/` row per creative carrying `smart_plus_ad_id`.
 */
import { apiTime, type StoredObject } from '#backend/sandbox/sandbox-state'
import type { SandboxServer } from '#backend/sandbox/server'

export function putSmartPlus(server: SandboxServer, advertiserId: string, at: Date, name = 'Smart+ spring') {
  const time = apiTime(at.getTime())
  const put = (kind: 'campaign' | 'adgroup' | 'ad', o: Omit<StoredObject, 'advertiser_id' | 'create_time' | 'modify_time'>) =>
    server.state.put(kind, { advertiser_id: advertiserId, create_time: time, modify_time: time, ...o })
  const campaign_id = server.state.nextId('campaign')
  put('campaign', {
    campaign_id,
    campaign_name: name,
    objective_type: 'WEB_CONVERSIONS',
    budget_mode: 'BUDGET_MODE_DYNAMIC_DAILY_BUDGET',
    budget: 500,
    budget_optimize_on: true,
    operation_status: 'ENABLE',
    secondary_status: 'CAMPAIGN_STATUS_ENABLE',
    campaign_automation_type: 'UPGRADED_SMART_PLUS',
    smart_plus_adgroup_mode: 'MULTIPLE',
  })
  const adgroups: string[] = []
  const ads: string[] = []
  for (let g = 1; g <= 2; g++) {
    const adgroup_id = server.state.nextId('adgroup')
    adgroups.push(adgroup_id)
    put('adgroup', {
      campaign_id,
      adgroup_id,
      adgroup_name: `${name} group ${g}`,
      operation_status: 'ENABLE',
      secondary_status: 'ADGROUP_STATUS_DELIVERY_OK',
      budget_mode: 'BUDGET_MODE_INFINITE',
      campaign_automation_type: 'UPGRADED_SMART_PLUS',
      promotion_type: 'WEBSITE',
      optimization_goal: 'CONVERT',
      billing_event: 'OCPM',
      targeting_optimization_mode: 'AUTOMATIC',
      // Smart+ nests targeting here: no location_ids, age_groups, actions… at the top level.
      targeting_spec: { location_ids: ['6252001'], spc_audience_age: 'OVER_EIGHTEEN' },
      schedule_type: 'SCHEDULE_FROM_NOW',
      schedule_start_time: time,
    })
    for (let a = 1; a <= 2; a++) {
      const ad_id = server.state.nextId('ad')
      ads.push(ad_id)
      put('ad', {
        campaign_id,
        adgroup_id,
        ad_id,
        smart_plus_ad_id: `1800000000000000${g}${a}0`,
        ad_name: `${name} creative ${g}.${a}`,
        operation_status: 'ENABLE',
        secondary_status: 'AD_STATUS_DELIVERY_OK',
      })
    }
  }
  return { campaign_id, adgroups, ads }
}
