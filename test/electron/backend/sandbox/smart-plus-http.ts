/** Raw HTTP calls to the sandbox's Smart+ endpoints, and create bodies with TikTok's field names (no client code involved). */
import { SANDBOX_DEMO_TOKEN, type SandboxServer } from '#backend/sandbox/server'
import { ADVERTISER } from '#test/helpers/sandbox'
import { apiTimeAfter } from '#test/helpers/clock'

export interface Envelope {
  code: number
  message: string
  data: Record<string, unknown> & { list?: Array<Record<string, unknown>> }
}

export function api(server: SandboxServer) {
  const call = async (path: string, init: RequestInit): Promise<Envelope> => {
    const res = await fetch(`${server.baseUrl}${path}`, {
      ...init,
      headers: { 'Access-Token': SANDBOX_DEMO_TOKEN, 'Content-Type': 'application/json' },
    })
    return (await res.json()) as Envelope
  }
  return {
    post: (path: string, body: Record<string, unknown>) =>
      call(path, { method: 'POST', body: JSON.stringify({ advertiser_id: ADVERTISER, ...body }) }),
    get: (path: string, query: Record<string, unknown> = {}) => {
      const params = new URLSearchParams({ advertiser_id: ADVERTISER })
      for (const [k, v] of Object.entries(query)) params.set(k, typeof v === 'string' ? v : JSON.stringify(v))
      return call(`${path}?${params.toString()}`, { method: 'GET' })
    },
  }
}

let key = 1000
/** A fresh request_id each call. */
export const requestId = () => String(++key)

export const campaignBody = (over: Record<string, unknown> = {}) => ({
  campaign_name: 'Smart+ winter',
  objective_type: 'WEB_CONVERSIONS',
  sales_destination: 'WEBSITE',
  budget_optimize_on: true,
  budget_mode: 'BUDGET_MODE_DYNAMIC_DAILY_BUDGET',
  budget: 200,
  request_id: requestId(),
  ...over,
})

export const adgroupBody = (campaignId: unknown, over: Record<string, unknown> = {}) => ({
  campaign_id: campaignId,
  adgroup_name: 'US automatic',
  request_id: requestId(),
  promotion_type: 'WEBSITE',
  targeting_optimization_mode: 'AUTOMATIC',
  targeting_spec: { location_ids: ['6252001'], spc_audience_age: 'OVER_EIGHTEEN' },
  schedule_type: 'SCHEDULE_FROM_NOW',
  schedule_start_time: apiTimeAfter(1),
  optimization_goal: 'CONVERT',
  optimization_event: 'SHOPPING',
  pixel_id: '7302000000000000001',
  billing_event: 'OCPM',
  bid_type: 'BID_TYPE_NO_BID',
  ...over,
})

export const creative = (videoId: string, identity: Record<string, unknown> = { identity_type: 'TT_USER', identity_id: 'tt-1' }) => ({
  creative_info: { ad_format: 'SINGLE_VIDEO', video_info: { video_id: videoId }, ...identity },
})

export const adBody = (adgroupId: unknown, over: Record<string, unknown> = {}) => ({
  adgroup_id: adgroupId,
  ad_name: 'Winter creatives',
  creative_list: [creative('v1'), creative('v2'), creative('v3')],
  ad_text_list: [{ ad_text: 'Warm coats, cold prices.' }, { ad_text: 'Up to 40% off.' }],
  call_to_action_list: [{ call_to_action: 'SHOP_NOW' }],
  landing_page_url_list: [{ landing_page_url: 'https://example.com/winter' }],
  ...over,
})

/** A Smart+ campaign with one ad group, made over HTTP; their ids. */
export async function campaignWithAdGroup(
  call: ReturnType<typeof api>,
  campaign: Record<string, unknown> = {},
  adgroup: Record<string, unknown> = {},
) {
  const c = await call.post('/smart_plus/campaign/create/', campaignBody(campaign))
  if (c.code !== 0) throw new Error(c.message)
  const g = await call.post('/smart_plus/adgroup/create/', adgroupBody(c.data.campaign_id, adgroup))
  if (g.code !== 0) throw new Error(g.message)
  return { campaignId: String(c.data.campaign_id), adgroupId: String(g.data.adgroup_id) }
}
