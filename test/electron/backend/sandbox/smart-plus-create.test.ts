/** The sandbox's Smart+ create endpoints over real HTTP, against TikTok's documented rules (notes tiktok-api-2026.md §2). */
import { describe, expect, it } from 'vitest'
import { toApiTime } from '#shared/domain/defaults'
import { TEST_NOW } from '#test/helpers/clock'
import { useSandbox } from '#test/helpers/sandbox'
import { adBody, adgroupBody, api, campaignBody, campaignWithAdGroup, creative } from './smart-plus-http'

const sandbox = useSandbox()
/** Enough requests per second to fill a parent to its limit (TikTok's QPS limits are tested elsewhere). */
const MANY = { default: 1000 }

describe('/smart_plus/campaign/create/', () => {
  it('requires request_id and marks the campaign UPGRADED_SMART_PLUS, CBO on by default', async () => {
    const call = api(await sandbox())
    const { request_id: _omit, ...noKey } = campaignBody()
    expect(await call.post('/smart_plus/campaign/create/', noKey)).toMatchObject({
      code: 40002,
      message: 'request_id: Missing data for required field.',
    })
    const { budget_optimize_on: _cbo, budget_mode: _mode, ...defaults } = campaignBody()
    const made = await call.post('/smart_plus/campaign/create/', defaults)
    expect(made).toMatchObject({
      code: 0,
      data: { campaign_automation_type: 'UPGRADED_SMART_PLUS', budget_optimize_on: true, budget_mode: 'BUDGET_MODE_DYNAMIC_DAILY_BUDGET' },
    })
    expect(made.data).not.toHaveProperty('request_id')
  })

  it('takes only Smart+ objectives', async () => {
    const call = api(await sandbox())
    expect((await call.post('/smart_plus/campaign/create/', campaignBody({ objective_type: 'TRAFFIC' }))).code).toBe(40002)
  })

  it('allows the CBO budget modes with CBO on and the others with it off', async () => {
    const call = api(await sandbox())
    const on = await call.post('/smart_plus/campaign/create/', campaignBody({ budget_mode: 'BUDGET_MODE_DAY' }))
    expect(on).toMatchObject({ code: 40002, message: expect.stringMatching(/^budget_mode: /) })
    const off = await call.post(
      '/smart_plus/campaign/create/',
      campaignBody({ budget_optimize_on: false, budget_mode: 'BUDGET_MODE_DYNAMIC_DAILY_BUDGET' }),
    )
    expect(off.code).toBe(40002)
    const offDefault = await call.post(
      '/smart_plus/campaign/create/',
      campaignBody({ budget_optimize_on: false, budget_mode: undefined, budget: undefined }),
    )
    expect(offDefault).toMatchObject({ code: 0, data: { budget_mode: 'BUDGET_MODE_INFINITE' } })
  })

  it('makes one campaign per request_id: a repeat echoes the first, a different body under the key is refused', async () => {
    const server = await sandbox()
    const call = api(server)
    const body = campaignBody()
    const first = await call.post('/smart_plus/campaign/create/', body)
    const again = await call.post('/smart_plus/campaign/create/', body)
    expect(again).toMatchObject({ code: 0, data: { campaign_id: first.data.campaign_id } })
    expect(await call.post('/smart_plus/campaign/create/', { ...body, campaign_name: 'Other' })).toMatchObject({ code: 40050 })
    const listed = await call.get('/smart_plus/campaign/get/')
    expect(listed.data.list?.map((c) => c.campaign_id)).toEqual([first.data.campaign_id])
  })

  it('can answer every repeat with 40050 instead (TikTok does not document the answer)', async () => {
    const call = api(await sandbox({ idempotency: 'duplicate-error' }))
    const body = campaignBody()
    expect((await call.post('/smart_plus/campaign/create/', body)).code).toBe(0)
    expect(await call.post('/smart_plus/campaign/create/', body)).toMatchObject({ code: 40050 })
    expect((await call.get('/smart_plus/campaign/get/')).data.list).toHaveLength(1)
  })
})

describe('/smart_plus/adgroup/create/', () => {
  it('requires request_id and a Smart+ campaign', async () => {
    const call = api(await sandbox())
    const c = await call.post('/smart_plus/campaign/create/', campaignBody())
    expect((await call.post('/smart_plus/adgroup/create/', adgroupBody(c.data.campaign_id, { request_id: undefined }))).message).toBe(
      'request_id: Missing data for required field.',
    )
    const manual = (await call.get('/campaign/get/', { filtering: { campaign_automation_type: 'MANUAL' } })).data.list?.[0]
    expect(manual).toBeDefined()
    expect((await call.post('/smart_plus/adgroup/create/', adgroupBody(manual?.campaign_id))).code).toBe(40007)
    expect(await call.post('/smart_plus/adgroup/create/', adgroupBody(c.data.campaign_id))).toMatchObject({
      code: 0,
      data: { campaign_automation_type: 'UPGRADED_SMART_PLUS', targeting_optimization_mode: 'AUTOMATIC' },
    })
  })

  it('bills CPC only for CLICK and needs pixel and event for CONVERT', async () => {
    const call = api(await sandbox())
    const c = await call.post(
      '/smart_plus/campaign/create/',
      campaignBody({ budget_optimize_on: false, budget_mode: 'BUDGET_MODE_INFINITE', budget: undefined }),
    )
    const id = c.data.campaign_id
    expect((await call.post('/smart_plus/adgroup/create/', adgroupBody(id, { billing_event: 'CPC' }))).message).toMatch(
      /^billing_event: Must be OCPM/,
    )
    expect((await call.post('/smart_plus/adgroup/create/', adgroupBody(id, { optimization_goal: 'CLICK' }))).message).toMatch(
      /^billing_event: Must be CPC/,
    )
    expect((await call.post('/smart_plus/adgroup/create/', adgroupBody(id, { pixel_id: undefined }))).message).toMatch(/^pixel_id: /)
    const click = adgroupBody(id, { optimization_goal: 'CLICK', billing_event: 'CPC', pixel_id: undefined, optimization_event: undefined })
    expect((await call.post('/smart_plus/adgroup/create/', click)).code).toBe(0)
  })

  it('keeps a CBO campaign’s ad groups consistent, and not a non-CBO one’s', async () => {
    const call = api(await sandbox())
    const { campaignId } = await campaignWithAdGroup(call)
    const differ = await call.post('/smart_plus/adgroup/create/', adgroupBody(campaignId, { optimization_event: 'ON_WEB_CART' }))
    expect(differ).toMatchObject({ code: 40002, message: expect.stringMatching(/^optimization_event: /) })
    expect(
      (await call.post('/smart_plus/adgroup/create/', adgroupBody(campaignId, { adgroup_name: 'US manual', targeting_optimization_mode: 'MANUAL' })))
        .code,
    ).toBe(0)
    const off = await campaignWithAdGroup(call, { budget_optimize_on: false, budget_mode: 'BUDGET_MODE_INFINITE', budget: undefined })
    expect((await call.post('/smart_plus/adgroup/create/', adgroupBody(off.campaignId, { optimization_event: 'ON_WEB_CART' }))).code).toBe(0)
  })

  it('takes at most 30 ad groups per campaign', async () => {
    const call = api(await sandbox({ qps: MANY }))
    const c = await call.post('/smart_plus/campaign/create/', campaignBody())
    for (let i = 0; i < 30; i++) expect((await call.post('/smart_plus/adgroup/create/', adgroupBody(c.data.campaign_id))).code).toBe(0)
    expect(await call.post('/smart_plus/adgroup/create/', adgroupBody(c.data.campaign_id))).toMatchObject({
      code: 40002,
      message: expect.stringContaining('at most 30'),
    })
  })

  it('lets the start lie at most 12 hours in the past (the sandbox runs at the pinned test time)', async () => {
    const call = api(await sandbox())
    const c = await call.post('/smart_plus/campaign/create/', campaignBody())
    const hoursAgo = (h: number) => toApiTime(new Date(TEST_NOW.getTime() - h * 3_600_000))
    expect((await call.post('/smart_plus/adgroup/create/', adgroupBody(c.data.campaign_id, { schedule_start_time: hoursAgo(13) }))).message).toMatch(
      /^schedule_start_time: /,
    )
    expect((await call.post('/smart_plus/adgroup/create/', adgroupBody(c.data.campaign_id, { schedule_start_time: hoursAgo(11) }))).code).toBe(0)
  })
})

describe('/smart_plus/ad/create/', () => {
  it('has no request_id: each call makes a new ad, each creative gets its own ad_material_id', async () => {
    const call = api(await sandbox())
    const { adgroupId } = await campaignWithAdGroup(call)
    const first = await call.post('/smart_plus/ad/create/', adBody(adgroupId))
    const second = await call.post('/smart_plus/ad/create/', adBody(adgroupId))
    expect(first.code).toBe(0)
    expect(second.data.smart_plus_ad_id).not.toBe(first.data.smart_plus_ad_id)
    const materials = (first.data.creative_list as Array<{ ad_material_id: string }>).map((c) => c.ad_material_id)
    expect(new Set(materials).size).toBe(3)
  })

  it('can be created paused', async () => {
    const call = api(await sandbox())
    const { adgroupId } = await campaignWithAdGroup(call)
    expect(await call.post('/smart_plus/ad/create/', adBody(adgroupId, { operation_status: 'DISABLE' }))).toMatchObject({
      code: 0,
      data: { operation_status: 'DISABLE', secondary_status: 'AD_STATUS_DISABLE' },
    })
  })

  it('takes 1–50 creatives, ≤ 5 texts, ≤ 3 CTAs and ≤ 1 landing page', async () => {
    const call = api(await sandbox())
    const { adgroupId } = await campaignWithAdGroup(call)
    const refused = async (over: Record<string, unknown>) => (await call.post('/smart_plus/ad/create/', adBody(adgroupId, over))).message
    expect(await refused({ creative_list: [] })).toMatch(/^creative_list: /)
    expect(await refused({ creative_list: Array.from({ length: 51 }, (_, i) => creative(`v${i}`)) })).toMatch(/^creative_list: /)
    expect(await refused({ ad_text_list: Array.from({ length: 6 }, (_, i) => ({ ad_text: `t${i}` })) })).toMatch(/^ad_text_list: /)
    expect(await refused({ call_to_action_list: ['SHOP_NOW', 'LEARN_MORE', 'SIGN_UP', 'ORDER_NOW'].map((c) => ({ call_to_action: c })) })).toMatch(
      /^call_to_action_list: /,
    )
    expect(await refused({ landing_page_url_list: [{ landing_page_url: 'https://a.example' }, { landing_page_url: 'https://b.example' }] })).toMatch(
      /^landing_page_url_list: /,
    )
    expect(
      (await call.post('/smart_plus/ad/create/', adBody(adgroupId, { creative_list: Array.from({ length: 50 }, (_, i) => creative(`v${i}`)) }))).code,
    ).toBe(0)
  })

  it('needs Spark identities on TikTok placements (automatic placement included), not on Pangle only', async () => {
    const call = api(await sandbox())
    const custom = creative('v9', { identity_type: 'CUSTOMIZED_USER', identity_id: 'c-1' })
    const auto = await campaignWithAdGroup(call)
    expect((await call.post('/smart_plus/ad/create/', adBody(auto.adgroupId, { creative_list: [creative('v1'), custom] }))).message).toMatch(
      /^creative_list\[1\]\.creative_info\.identity_type: /,
    )
    const pangle = await campaignWithAdGroup(call, {}, { placement_type: 'PLACEMENT_TYPE_NORMAL', placements: ['PLACEMENT_PANGLE'] })
    expect((await call.post('/smart_plus/ad/create/', adBody(pangle.adgroupId, { creative_list: [custom] }))).code).toBe(0)
  })

  it('takes at most 30 ads per ad group', async () => {
    const call = api(await sandbox({ qps: MANY }))
    const { adgroupId } = await campaignWithAdGroup(call)
    for (let i = 0; i < 30; i++) expect((await call.post('/smart_plus/ad/create/', adBody(adgroupId))).code).toBe(0)
    expect((await call.post('/smart_plus/ad/create/', adBody(adgroupId))).message).toContain('at most 30')
  })
})
