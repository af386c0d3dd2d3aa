/** The sandbox's /advertiser/info/, /identity/get/ and its Custom Identity rule on /ad/create/, over real HTTP. */
import { describe, expect, it } from 'vitest'
import { SANDBOX_DEMO_TOKEN } from '#backend/sandbox/server'
import { fetchAll } from '#backend/tiktok-api/client'
import { DEMO_BC_ID, DEMO_TT_USER_ID } from '#shared/domain/demo/index'
import { ADVERTISER, adGroupFields, campaignFields, clientFor, fakeClock, useSandbox } from '#test/helpers/sandbox'

const sandbox = useSandbox()

async function get(baseUrl: string, path: string, query: Record<string, unknown>) {
  const q = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]))
  const res = await fetch(`${baseUrl}${path}?${q}`, { headers: { 'Access-Token': SANDBOX_DEMO_TOKEN } })
  return (await res.json()) as { code: number; message: string; data: Record<string, unknown> }
}

const creative = (over: Record<string, unknown> = {}) => ({
  ad_name: 'Spark test',
  ad_format: 'SINGLE_VIDEO' as const,
  ad_text: 'Trail ready.',
  call_to_action: 'SHOP_NOW' as const,
  identity_type: 'CUSTOMIZED_USER' as const,
  display_name: 'Northwind',
  video_id: 'v1',
  image_ids: [],
  ...over,
})

describe('/advertiser/info/', () => {
  it('answers currency, time zone and can_use_custom_identity for the demo advertiser, following the mode', async () => {
    const server = await sandbox()
    const client = clientFor(server)
    const [info] = await client.advertiserInfo([ADVERTISER])
    expect(info).toMatchObject({ advertiser_id: ADVERTISER, currency: 'USD', timezone: 'Etc/GMT', can_use_custom_identity: true, country: 'US' })
    expect(info!.display_timezone).toEqual(expect.any(String))
    server.faults.setCustomIdentity('refused')
    expect((await client.advertiserInfo([ADVERTISER]))[0]!.can_use_custom_identity).toBe(false)
  })

  it('takes advertiser_ids as a JSON array, answers only the fields asked, and refuses unknown fields and foreign advertisers', async () => {
    const server = await sandbox()
    const some = await get(server.baseUrl, '/advertiser/info/', { advertiser_ids: [ADVERTISER], fields: ['currency'] })
    expect(some).toMatchObject({ code: 0, data: { list: [{ advertiser_id: ADVERTISER, currency: 'USD' }] } })
    expect(Object.keys((some.data.list as object[])[0]!)).toEqual(['advertiser_id', 'currency'])
    expect(await get(server.baseUrl, '/advertiser/info/', {})).toMatchObject({
      code: 40002,
      message: 'advertiser_ids: Missing data for required field.',
    })
    expect(await get(server.baseUrl, '/advertiser/info/', { advertiser_ids: [ADVERTISER], fields: ['colour'] })).toMatchObject({ code: 40002 })
    expect(await get(server.baseUrl, '/advertiser/info/', { advertiser_ids: ['1'] })).toMatchObject({ code: 40001 })
  })
})

describe('/identity/get/', () => {
  it('lists one identity of each type, filters by type, and needs the Business Center for BC_AUTH_TT', async () => {
    const server = await sandbox()
    const client = clientFor(server)
    const all = await fetchAll(client.identityPages(ADVERTISER))
    expect(all.map((i) => i.identity_type).sort()).toEqual(['AUTH_CODE', 'BC_AUTH_TT', 'CUSTOMIZED_USER', 'TT_USER'])
    expect(all.find((i) => i.identity_type === 'TT_USER')).toMatchObject({ identity_id: DEMO_TT_USER_ID, display_name: expect.any(String) })
    const tt = await fetchAll(client.identityPages(ADVERTISER, { identity_type: 'TT_USER' }))
    expect(tt.map((i) => i.identity_id)).toEqual([DEMO_TT_USER_ID])
    const noBc = await get(server.baseUrl, '/identity/get/', { advertiser_id: ADVERTISER, identity_type: 'BC_AUTH_TT' })
    expect(noBc).toMatchObject({ code: 40002, message: 'identity_authorized_bc_id: Missing data for required field.' })
    const bc = await fetchAll(client.identityPages(ADVERTISER, { identity_type: 'BC_AUTH_TT', identity_authorized_bc_id: DEMO_BC_ID }))
    expect(bc).toEqual([expect.objectContaining({ identity_type: 'BC_AUTH_TT', identity_authorized_bc_id: DEMO_BC_ID })])
    expect(await get(server.baseUrl, '/identity/get/', { advertiser_id: ADVERTISER, identity_type: 'SOMEONE' })).toMatchObject({ code: 40002 })
  })
})

describe('/ad/create/ identity rule', () => {
  async function groups(refused: boolean) {
    const server = await sandbox(refused ? { faults: { customIdentity: 'refused' } } : {})
    const client = clientFor(server, { clock: fakeClock() })
    const { campaign_id } = await client.createCampaign(ADVERTISER, campaignFields())
    const make = async (over: Parameters<typeof adGroupFields>[1]) =>
      (await client.createAdGroup(ADVERTISER, adGroupFields(campaign_id, over))).adgroup_id
    return {
      server,
      client,
      tiktok: await make({ placements: ['PLACEMENT_TIKTOK', 'PLACEMENT_PANGLE'] }),
      automatic: await make({ placement_type: 'PLACEMENT_TYPE_AUTOMATIC', placements: [] }),
      pangle: await make({ placements: ['PLACEMENT_PANGLE', 'PLACEMENT_GLOBAL_APP_BUNDLE'] }),
    }
  }

  it('refuses a new Custom Identity ad on TikTok placements for an advertiser that may no longer use one', async () => {
    const { client, tiktok, automatic, pangle } = await groups(true)
    for (const g of [tiktok, automatic]) {
      const error = await client.createAds(ADVERTISER, g, [creative()]).catch((e: Error) => e)
      expect(error).toMatchObject({ field: 'creatives[0].identity_type' })
      expect((error as Error).message).toContain('TT_USER, BC_AUTH_TT or AUTH_CODE')
    }
    // Pangle / Global App Bundle only: not affected.
    expect((await client.createAds(ADVERTISER, pangle, [creative()])).ad_ids).toHaveLength(1)
    // A Spark identity is fine on TikTok.
    expect((await client.createAds(ADVERTISER, tiktok, [creative({ identity_type: 'TT_USER', identity_id: DEMO_TT_USER_ID })])).ad_ids).toHaveLength(
      1,
    )
  })

  it('accepts Custom Identity ads while the advertiser is allowed, and can be switched at run time', async () => {
    const { server, client, tiktok } = await groups(false)
    expect((await client.createAds(ADVERTISER, tiktok, [creative()])).ad_ids).toHaveLength(1)
    server.faults.setCustomIdentity('refused')
    server.faults.clear() // clearing faults does not change the advertiser played
    await expect(client.createAds(ADVERTISER, tiktok, [creative()])).rejects.toMatchObject({ field: 'creatives[0].identity_type' })
  })

  it('keeps existing Custom Identity ads editable when refused', async () => {
    const server = await sandbox({ faults: { customIdentity: 'refused' } })
    const client = clientFor(server, { clock: fakeClock() })
    const ad = server.state.list('ad', ADVERTISER).find((a) => a.identity_type === 'CUSTOMIZED_USER')!
    const res = await client.updateAds(ADVERTISER, String(ad.adgroup_id), [{ ad_id: String(ad.ad_id), ad_text: 'Edited after the phase-out.' }])
    expect(res.ad_ids).toEqual([ad.ad_id])
  })

  it('needs identity_authorized_bc_id with a BC_AUTH_TT identity', async () => {
    const { client, tiktok } = await groups(false)
    const bcAd = creative({ identity_type: 'BC_AUTH_TT', identity_id: '7304000000000000202' })
    await expect(client.createAds(ADVERTISER, tiktok, [bcAd])).rejects.toMatchObject({ field: 'creatives[0].identity_authorized_bc_id' })
    expect((await client.createAds(ADVERTISER, tiktok, [{ ...bcAd, identity_authorized_bc_id: DEMO_BC_ID }])).ad_ids).toHaveLength(1)
  })
})
