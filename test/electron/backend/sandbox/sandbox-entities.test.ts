/** The sandbox as a TikTok stand-in: paths, auth order, status changes, modify_time, persistence. */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SANDBOX_DEMO_TOKEN } from '#backend/sandbox/server'
import { fetchAll } from '#backend/tiktok-api/client'
import { ADVERTISER, adGroupFields, campaignFields, clientFor, fakeClock, useSandbox } from '#test/helpers/sandbox'
import { useTempDirs } from '#test/helpers/temp-dir'
import { apiTimeAfter, TEST_NOW } from '#test/helpers/clock'
import { createDemoAccount } from '#shared/domain/demo/index'

const sandbox = useSandbox()
/** What the sandbox is seeded with: the one demo account. */
const DEMO = createDemoAccount(ADVERTISER, TEST_NOW)
const tempDir = useTempDirs()

async function raw(url: string, init: RequestInit = {}) {
  const res = await fetch(url, { ...init, headers: { 'Access-Token': SANDBOX_DEMO_TOKEN, 'Content-Type': 'application/json', ...init.headers } })
  return { status: res.status, text: await res.text() }
}

describe('sandbox HTTP surface', () => {
  it('answers a path without its trailing slash with a bare 404, like TikTok', async () => {
    const server = await sandbox()
    expect((await raw(`${server.baseUrl}/campaign/get?advertiser_id=${ADVERTISER}`)).status).toBe(404)
    const ok = await raw(`${server.baseUrl}/campaign/get/?advertiser_id=${ADVERTISER}`)
    expect(ok.status).toBe(200)
    expect(JSON.parse(ok.text)).toMatchObject({
      code: 0,
      message: 'OK',
      request_id: expect.any(String),
      data: { page_info: { total_number: DEMO.campaigns.length } },
    })
  })

  it('reports errors with HTTP 200 and the code in the envelope', async () => {
    const server = await sandbox()
    const res = await raw(`${server.baseUrl}/campaign/create/`, { method: 'POST', body: JSON.stringify({ advertiser_id: ADVERTISER }) })
    expect(res.status).toBe(200)
    expect(JSON.parse(res.text)).toMatchObject({ code: 40002, message: 'campaign_name: Missing data for required field.' })
    const other = await raw(`${server.baseUrl}/tool/language/?advertiser_id=1`)
    expect(JSON.parse(other.text)).toMatchObject({ code: 40001 })
  })

  it('enforces its QPS limit per endpoint with 40100', async () => {
    const clock = fakeClock()
    const server = await sandbox({ clock, qps: { default: 3, endpoints: { '/tool/language/': 1 } } })
    const codes = async (path: string, n: number) => {
      const out: number[] = []
      for (let i = 0; i < n; i++) out.push(JSON.parse((await raw(`${server.baseUrl}${path}?advertiser_id=${ADVERTISER}`)).text).code)
      return out
    }
    expect(await codes('/tool/language/', 3)).toEqual([0, 40100, 40100])
    expect(await codes('/pixel/list/', 4)).toEqual([0, 0, 0, 40100])
    await clock.sleep(1000)
    expect(await codes('/tool/language/', 1)).toEqual([0])
    expect(server.stats('/tool/language/')).toEqual({ requests: 4, rejectedByQps: 2 })
  })
})

describe('objects', () => {
  it('narrows campaigns by campaign_name, matching a part of the name', async () => {
    const client = clientFor(await sandbox({ seedDemo: false }))
    for (const name of ['Spring sale US', 'Spring sale EU', 'Autumn'])
      await client.createCampaign(ADVERTISER, campaignFields({ campaign_name: name }))
    const found = await fetchAll(client.campaignPages(ADVERTISER, { filtering: { campaign_name: 'Spring sale' } }))
    expect(found.map((c) => c.campaign_name).sort()).toEqual(['Spring sale EU', 'Spring sale US'])
  })

  it('updates modify_time on every write and keeps create_time', async () => {
    let wall = Date.parse('2026-11-20T10:00:00Z')
    const server = await sandbox({ now: () => new Date(wall) })
    const client = clientFor(server, { clock: fakeClock() })
    const c = await client.createCampaign(ADVERTISER, campaignFields())
    expect(c).toMatchObject({ create_time: '2026-11-20 10:00:00', modify_time: '2026-11-20 10:00:00', operation_status: 'ENABLE' })
    wall += 90_000
    const updated = await client.updateCampaign(ADVERTISER, c.campaign_id, { budget: 75 })
    expect(updated).toMatchObject({ budget: 75, create_time: '2026-11-20 10:00:00', modify_time: '2026-11-20 10:01:30' })
    await expect(client.updateCampaign(ADVERTISER, c.campaign_id, { budget: 50 })).rejects.toMatchObject({ field: 'budget' })
  })

  it('disables, re-enables and deletes through status/update; DELETE cascades and hides objects from get', async () => {
    const server = await sandbox()
    const client = clientFor(server, { clock: fakeClock() })
    const [campaign] = await fetchAll(client.campaignPages(ADVERTISER))
    const id = campaign!.campaign_id
    const groupsOf = DEMO.adgroups.filter((g) => g.campaign_id === id).map((g) => g.adgroup_id)
    expect(groupsOf.length).toBeGreaterThan(1)
    await client.updateStatus('campaign', ADVERTISER, [id], 'DISABLE')
    expect((await fetchAll(client.campaignPages(ADVERTISER, { filtering: { campaign_ids: [id] } })))[0]).toMatchObject({
      operation_status: 'DISABLE',
      secondary_status: 'CAMPAIGN_STATUS_DISABLE',
    })
    await client.updateStatus('campaign', ADVERTISER, [id], 'DELETE')
    expect(await fetchAll(client.campaignPages(ADVERTISER))).toHaveLength(DEMO.campaigns.length - 1)
    const deleted = await fetchAll(client.campaignPages(ADVERTISER, { filtering: { primary_status: 'STATUS_DELETE' } }))
    expect(deleted.map((c) => c.campaign_id)).toEqual([id])
    const groups = await fetchAll(client.adgroupPages(ADVERTISER, { filtering: { campaign_ids: [id], primary_status: 'STATUS_ALL' } }))
    expect(groups.map((g) => g.secondary_status)).toEqual(groupsOf.map(() => 'ADGROUP_STATUS_DELETE'))
    expect(await fetchAll(client.campaignPages(ADVERTISER, { filtering: { primary_status: 'STATUS_ALL' } }))).toHaveLength(DEMO.campaigns.length)
    // Without primary_status, deleted objects stay hidden even when the secondary status names them.
    expect(await fetchAll(client.campaignPages(ADVERTISER, { filtering: { secondary_status: 'CAMPAIGN_STATUS_DELETE' } }))).toEqual([])
    expect(await fetchAll(client.campaignPages(ADVERTISER, { filtering: { secondary_status: 'CAMPAIGN_STATUS_ALL' } }))).toHaveLength(
      DEMO.campaigns.length - 1,
    )
    // STATUS_ALL is a primary_status value; TikTok's secondary_status enum does not have it.
    await expect(fetchAll(client.campaignPages(ADVERTISER, { filtering: { secondary_status: 'STATUS_ALL' } }))).rejects.toMatchObject({
      field: 'secondary_status',
    })
    expect(await fetchAll(client.adPages(ADVERTISER))).toHaveLength(DEMO.ads.filter((a) => !groupsOf.includes(a.adgroup_id)).length)
    await expect(client.updateStatus('campaign', ADVERTISER, [id], 'ENABLE')).rejects.toMatchObject({ field: 'campaign_ids' })
    const many = Array.from({ length: 21 }, () => id)
    await expect(client.updateStatus('campaign', ADVERTISER, many, 'DISABLE')).rejects.toMatchObject({ code: 40011 })
  })

  it('keeps placement_type fixed after creation and validates creatives by index', async () => {
    const server = await sandbox()
    const client = clientFor(server, { clock: fakeClock() })
    const [group] = await fetchAll(client.adgroupPages(ADVERTISER))
    await expect(client.updateAdGroup(ADVERTISER, group!.adgroup_id, { placement_type: 'PLACEMENT_TYPE_AUTOMATIC' } as never)).rejects.toMatchObject({
      field: 'placement_type',
    })
    const renamed = await client.updateAdGroup(ADVERTISER, group!.adgroup_id, { adgroup_name: 'Renamed' })
    expect(renamed.adgroup_name).toBe('Renamed')
    const bad = {
      ad_name: 'x',
      ad_format: 'SINGLE_VIDEO' as const,
      ad_text: 't',
      call_to_action: 'SHOP_NOW' as const,
      identity_type: 'CUSTOMIZED_USER' as const,
      image_ids: [],
    }
    const error = await client.createAds(ADVERTISER, group!.adgroup_id, [bad]).catch((e: Error) => e)
    expect(error.message).toContain('creatives[0].video_id: Required for SINGLE_VIDEO ads (or tiktok_item_id for a Spark Ad).')
    expect(error).toMatchObject({ field: 'creatives[0].video_id' })
  })

  it('takes an ad/update creative as a full replacement unless patch_update is true', async () => {
    const server = await sandbox()
    const [ad] = server.state.list('ad', ADVERTISER)
    const update = (extra: Record<string, unknown>) =>
      raw(`${server.baseUrl}/ad/update/`, {
        method: 'POST',
        body: JSON.stringify({
          advertiser_id: ADVERTISER,
          adgroup_id: ad!.adgroup_id,
          creatives: [{ ad_id: ad!.ad_id, ad_name: 'Only the name' }],
          ...extra,
        }),
      })
    expect(JSON.parse((await update({})).text)).toMatchObject({ code: 40002, message: expect.stringMatching(/^creatives\[0\]\.ad_format: Missing/) })
    expect(JSON.parse((await update({ patch_update: true })).text)).toMatchObject({ code: 0, data: { ad_ids: [ad!.ad_id] } })
    expect(server.state.get('ad', String(ad!.ad_id))).toMatchObject({ ad_name: 'Only the name', ad_text: ad!.ad_text, ad_format: ad!.ad_format })
  })

  it('requires a lifetime ad group budget of 20 USD per scheduled day', async () => {
    const server = await sandbox()
    const client = clientFor(server, { clock: fakeClock() })
    const { campaign_id } = await client.createCampaign(ADVERTISER, campaignFields())
    const lifetime = {
      budget_mode: 'BUDGET_MODE_TOTAL' as const,
      schedule_type: 'SCHEDULE_START_END' as const,
      schedule_start_time: apiTimeAfter(8),
      schedule_end_time: apiTimeAfter(18),
    }
    await expect(client.createAdGroup(ADVERTISER, adGroupFields(campaign_id, { ...lifetime, budget: 150 }))).rejects.toThrow(
      /20 USD × 10 scheduled days/,
    )
    expect((await client.createAdGroup(ADVERTISER, adGroupFields(campaign_id, { ...lifetime, budget: 200 }))).budget).toBe(200)
  })

  it('keeps posted objects across a restart when given a state file', async () => {
    const file = join(tempDir(), 'sandbox.json')
    const first = await sandbox({ stateFile: file })
    const created = await clientFor(first, { clock: fakeClock() }).createCampaign(ADVERTISER, campaignFields({ campaign_name: 'Persisted' }), '777')
    await first.close()
    const second = await sandbox({ stateFile: file })
    const client = clientFor(second, { clock: fakeClock() })
    const names = (await fetchAll(client.campaignPages(ADVERTISER))).map((c) => c.campaign_name)
    expect(names.filter((n) => n === 'Persisted')).toHaveLength(1)
    // The idempotency keys survive too.
    expect((await client.createCampaign(ADVERTISER, campaignFields({ campaign_name: 'Persisted' }), '777')).campaign_id).toBe(created.campaign_id)
  })

  it('reseeds the demo account when the state file is unreadable', async () => {
    const file = join(tempDir(), 'sandbox.json')
    writeFileSync(file, '{"version": 1, "objec')
    const server = await sandbox({ stateFile: file })
    expect(await fetchAll(clientFor(server, { clock: fakeClock() }).campaignPages(ADVERTISER))).toHaveLength(DEMO.campaigns.length)
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ version: 1 })
  })
})
