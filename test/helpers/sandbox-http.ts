/**
 * Plain HTTP to a started sandbox, the way any TikTok client would talk to it:
 * bodies are literals written from TikTok's spec, never built by Adwright's
 * client, so the conformance suite checks the sandbox against TikTok alone.
 */
import { afterAll, beforeAll, expect, it } from 'vitest'
import { SANDBOX_DEMO_TOKEN, startSandboxServer, type SandboxOptions, type SandboxServer } from '#backend/sandbox/server'
import { adBody as smartAdBody, api, campaignWithAdGroup } from '#test/electron/backend/sandbox/smart-plus-http'
import { apiTimeAfter, testNow } from './clock'

export type Body = Record<string, unknown>
export interface Envelope {
  code: number
  message: string
  data: Record<string, unknown>
}

/** GET sends arrays and objects as JSON strings in the query, as TikTok takes them (notes tiktok-api.md §2). */
export async function call(baseUrl: string, method: 'GET' | 'POST', path: string, body: Body, token = SANDBOX_DEMO_TOKEN): Promise<Envelope> {
  const headers: Record<string, string> = token === '' ? {} : { 'Access-Token': token }
  let url = `${baseUrl}${path}`
  let init: RequestInit = { method, headers }
  if (method === 'GET') {
    const q = new URLSearchParams()
    for (const [k, v] of Object.entries(body)) q.set(k, typeof v === 'string' ? v : JSON.stringify(v))
    url += `?${q}`
  } else init = { method, headers: { ...headers, 'Content-Type': 'application/json' }, body: JSON.stringify(body) }
  const res = await fetch(url, init)
  expect(res.status).toBe(200)
  return (await res.json()) as Envelope
}

/** One rule of TikTok's, with a body it accepts and one it refuses. */
export interface ConformanceRow<Ids> {
  rule: string
  /** Where the rule comes from: notes section, SDK file, DOC id. */
  source: string
  path: string
  method?: 'GET' | 'POST'
  accepted: (ids: Ids) => Body
  refused: (ids: Ids) => Body
  /** TikTok's code for the refusal. */
  code: number
  /** The refusal message names this field first (TikTok's param errors do). */
  field?: string
}

/** One test per row: the accepted body answers 0, the refused one the row's code (and names its field). */
export function conformanceRows<Ids>(rows: ConformanceRow<Ids>[], env: () => { baseUrl: string; ids: Ids }) {
  it.each(rows.map((r) => [`${r.rule} (${r.source})`, r] as const))('%s', async (_name, row) => {
    const { baseUrl, ids } = env()
    const method = row.method ?? (/\/(get|list)\/$|^\/tool\//.test(row.path) ? 'GET' : 'POST')
    const ok = await call(baseUrl, method, row.path, row.accepted(ids))
    expect(ok, `accepted body of "${row.rule}"`).toMatchObject({ code: 0 })
    const refused = await call(baseUrl, method, row.path, row.refused(ids))
    expect(refused.code, `refused body of "${row.rule}": ${refused.message}`).toBe(row.code)
    if (row.field) expect(refused.message.startsWith(`${row.field}:`), refused.message).toBe(true)
  })
}

export const CONFORMANCE_ADVERTISER = '7301000000000000001'
const ADV = CONFORMANCE_ADVERTISER

/** A campaign/create body TikTok accepts (notes tiktok-api.md §1 "Campaign create"). */
export const campaignBody = (o: Body = {}): Body => ({
  advertiser_id: ADV,
  campaign_name: 'Conformance campaign',
  objective_type: 'TRAFFIC',
  budget_mode: 'BUDGET_MODE_DAY',
  budget: 100,
  ...o,
})

/** An adgroup/create body TikTok accepts: TRAFFIC takes promotion_type (notes tiktok-api-2026.md §3), times in UTC+0. */
export const adgroupBody = (campaignId: string, o: Body = {}): Body => ({
  advertiser_id: ADV,
  campaign_id: campaignId,
  adgroup_name: 'Conformance ad group',
  promotion_type: 'WEBSITE',
  placement_type: 'PLACEMENT_TYPE_NORMAL',
  placements: ['PLACEMENT_TIKTOK'],
  location_ids: ['6252001'],
  age_groups: ['AGE_18_24', 'AGE_25_34'],
  gender: 'GENDER_UNLIMITED',
  budget_mode: 'BUDGET_MODE_DAY',
  budget: 50,
  schedule_type: 'SCHEDULE_FROM_NOW',
  schedule_start_time: apiTimeAfter(1),
  optimization_goal: 'CLICK',
  billing_event: 'CPC',
  bid_type: 'BID_TYPE_NO_BID',
  pacing: 'PACING_MODE_SMOOTH',
  ...o,
})

/** One creative of ad/create: a Spark (TT_USER) video ad, since Custom Identity is closed on TikTok placements (notes tiktok-api-2026.md §1). */
export const creativeBody = (o: Body = {}): Body => ({
  ad_name: 'Conformance ad',
  ad_format: 'SINGLE_VIDEO',
  ad_text: 'Walk the trail',
  identity_type: 'TT_USER',
  identity_id: '7301000000000009001',
  video_id: 'v09044g40000conformance',
  call_to_action: 'LEARN_MORE',
  landing_page_url: 'https://example.com/trail',
  ...o,
})

export interface ConformanceIds {
  campaign: string
  adgroup: string
  /** A second ad group in the same campaign, with its own ad. */
  adgroup2: string
  ad: string
  ad2: string
  /** Upgraded Smart+ objects as `/campaign/get/`, `/adgroup/get/` and `/ad/get/` return them (notes tiktok-api-2026.md §2). */
  smartCampaign: string
  smartAdgroup: string
  /** The `ad_id` of a Smart+ creative row on `/ad/get/`. */
  smartAd: string
}

/** A row of the conformance suite, against the objects `seedConformance` makes. */
export type SandboxRule = ConformanceRow<ConformanceIds>

/** Creates manual and Smart+ objects over HTTP. */
export async function seedConformance(server: SandboxServer): Promise<ConformanceIds> {
  const post = async (path: string, body: Body) => {
    const r = await call(server.baseUrl, 'POST', path, body)
    if (r.code !== 0) throw new Error(`${path}: ${r.code} ${r.message}`)
    return r.data
  }
  const campaign = String((await post('/campaign/create/', campaignBody())).campaign_id)
  const adgroup = String((await post('/adgroup/create/', adgroupBody(campaign))).adgroup_id)
  const adgroup2 = String((await post('/adgroup/create/', adgroupBody(campaign, { adgroup_name: 'Second group' }))).adgroup_id)
  const adOf = async (g: string) =>
    String(((await post('/ad/create/', { advertiser_id: ADV, adgroup_id: g, creatives: [creativeBody()] })).ad_ids as string[])[0])
  const [ad, ad2] = [await adOf(adgroup), await adOf(adgroup2)]
  // Upgraded Smart+ objects through TikTok's own Smart+ endpoints, with that suite's bodies (notes tiktok-api-2026.md §2).
  const smart = await campaignWithAdGroup(api(server))
  const smartAdData = await post('/smart_plus/ad/create/', { advertiser_id: ADV, ...smartAdBody(smart.adgroupId) })
  // /ad/get/ lists each Smart+ creative as a row whose ad_id is its ad_material_id (smart-plus-ad-rows.ts).
  const smartAd = String((smartAdData.creative_list as Array<{ ad_material_id: string }>)[0]!.ad_material_id)
  const { campaignId: smartCampaign, adgroupId: smartAdgroup } = smart
  return { campaign, adgroup, adgroup2, ad, ad2, smartCampaign, smartAdgroup, smartAd }
}

/** A sandbox for a whole file of rows: seeded once, unlimited QPS, closed at the end. */
export function useConformanceSandbox(options: Partial<SandboxOptions> = {}) {
  let server: SandboxServer | undefined
  let ids: ConformanceIds | undefined
  beforeAll(async () => {
    server = await startSandboxServer({ now: testNow, seed: 7, seedDemo: false, qps: { default: Infinity }, ...options })
    ids = await seedConformance(server)
  })
  afterAll(async () => {
    await server?.close()
  })
  return () => ({ baseUrl: server!.baseUrl, ids: ids!, server: server! })
}
