/** The sandbox's /identity/video/get/ and its Spark "pull" ad rules on /ad/create/ and /ad/update/, over real HTTP. */
import { describe, expect, it } from 'vitest'
import { SANDBOX_DEMO_TOKEN } from '#backend/sandbox/server'
import { fetchAll } from '#backend/tiktok-api/client'
import { DEMO_BC_ID, DEMO_TT_USER_ID } from '#shared/domain/demo/index'
import { ADVERTISER, adGroupFields, campaignFields, clientFor, fakeClock, useSandbox } from '#test/helpers/sandbox'

const sandbox = useSandbox()

const BC_USER = '7304000000000000202'
const AUTH_CODE_USER = '7304000000000000303'
const CUSTOM = '7304000000000000404'

type Answer = { code: number; message: string; data: { video_list: Array<Record<string, unknown>>; cursor: string; has_more: boolean } }

async function get(baseUrl: string, query: Record<string, unknown>): Promise<Answer> {
  const q = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]))
  const res = await fetch(`${baseUrl}/identity/video/get/?${q}`, { headers: { 'Access-Token': SANDBOX_DEMO_TOKEN } })
  return (await res.json()) as Answer
}

const ownAccount = { advertiser_id: ADVERTISER, identity_type: 'TT_USER', identity_id: DEMO_TT_USER_ID }

describe('/identity/video/get/', () => {
  it("lists a TT_USER identity's posts newest first, 20 at most per answer, paging by a time cursor", async () => {
    const server = await sandbox()
    const first = await get(server.baseUrl, { ...ownAccount, count: 50 })
    expect(first.code).toBe(0)
    // A count above 20 is ignored: at most 20 come back.
    expect(first.data.video_list).toHaveLength(20)
    expect(first.data.has_more).toBe(true)
    const [post] = first.data.video_list
    expect(post).toMatchObject({
      item_id: expect.stringMatching(/^\d{19}$/),
      item_type: 'VIDEO',
      text: expect.any(String),
      status: 'HESITATE_RECOMMEND',
      video_info: {
        poster_url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/sandbox-cdn\/posters\/\d{19}\.jpg$/),
        duration: expect.any(Number),
        width: 1080,
        height: 1920,
      },
    })
    expect(post).not.toHaveProperty('create_time')
    const second = await get(server.baseUrl, { ...ownAccount, count: 20, cursor: first.data.cursor })
    expect(second.data.has_more).toBe(false)
    const ids = [...first.data.video_list, ...second.data.video_list].map((p) => p.item_id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toHaveLength(24)
    // The same answer every time: the posts are seeded, not random.
    expect((await get(server.baseUrl, { ...ownAccount, count: 20 })).data.video_list.map((p) => p.item_id)).toEqual(ids.slice(0, 20))
  })

  it('pages an AUTH_CODE identity by a page cursor and searches it by keyword, which other types refuse', async () => {
    const server = await sandbox()
    const creator = { advertiser_id: ADVERTISER, identity_type: 'AUTH_CODE', identity_id: AUTH_CODE_USER }
    const one = await get(server.baseUrl, { ...creator, count: 1 })
    expect(one.data).toMatchObject({ cursor: '1', has_more: true })
    const rest = await get(server.baseUrl, { ...creator, count: 1, cursor: one.data.cursor })
    expect(rest.data).toMatchObject({ has_more: false })
    expect(rest.data.video_list[0]!.item_id).not.toBe(one.data.video_list[0]!.item_id)
    const byId = await get(server.baseUrl, { ...creator, keyword: one.data.video_list[0]!.item_id })
    expect(byId.data.video_list.map((p) => p.item_id)).toEqual([one.data.video_list[0]!.item_id])
    expect(await get(server.baseUrl, { ...ownAccount, keyword: 'ridge' })).toMatchObject({
      code: 40002,
      message: expect.stringMatching(/^keyword: /),
    })
  })

  it('needs the Business Center for BC_AUTH_TT and lists its posts with it', async () => {
    const server = await sandbox()
    const bc = { advertiser_id: ADVERTISER, identity_type: 'BC_AUTH_TT', identity_id: BC_USER }
    expect(await get(server.baseUrl, bc)).toMatchObject({ code: 40002, message: 'identity_authorized_bc_id: Missing data for required field.' })
    const listed = await get(server.baseUrl, { ...bc, identity_authorized_bc_id: DEMO_BC_ID })
    expect(listed).toMatchObject({ code: 0, data: { has_more: false } })
    expect(listed.data.video_list).toHaveLength(3)
    expect(await get(server.baseUrl, { ...bc, identity_authorized_bc_id: '1' })).toMatchObject({
      code: 40002,
      message: expect.stringMatching(/^identity_id: /),
    })
  })

  it('answers TikTok-shaped errors for a custom identity, a foreign identity or advertiser, and missing or bad parameters', async () => {
    const server = await sandbox()
    const custom = await get(server.baseUrl, { advertiser_id: ADVERTISER, identity_type: 'CUSTOMIZED_USER', identity_id: CUSTOM })
    expect(custom).toMatchObject({ code: 40002, message: expect.stringMatching(/^identity_type: A custom identity has no TikTok posts/) })
    // An identity that is not this advertiser's.
    expect(await get(server.baseUrl, { ...ownAccount, identity_id: '7304000000000009999' })).toMatchObject({
      code: 40002,
      message: expect.stringMatching(/^identity_id: No TT_USER identity/),
    })
    // The same identity under another type is not found either.
    expect(await get(server.baseUrl, { ...ownAccount, identity_type: 'AUTH_CODE' })).toMatchObject({ code: 40002 })
    expect(await get(server.baseUrl, { ...ownAccount, advertiser_id: '7301000000000000999' })).toMatchObject({ code: 40001 })
    expect(await get(server.baseUrl, { advertiser_id: ADVERTISER, identity_type: 'TT_USER' })).toMatchObject({
      code: 40002,
      message: 'identity_id: Missing data for required field.',
    })
    expect(await get(server.baseUrl, { ...ownAccount, count: 0 })).toMatchObject({ code: 40002, message: expect.stringMatching(/^count: /) })
    expect(await get(server.baseUrl, { ...ownAccount, cursor: 'soon' })).toMatchObject({ code: 40002, message: expect.stringMatching(/^cursor: /) })
    expect(await get(server.baseUrl, { ...ownAccount, item_type: 'LIVE' })).toMatchObject({ code: 40002 })
    // A parameter the endpoint does not take (endpoint-params.ts).
    expect(await get(server.baseUrl, { ...ownAccount, page: 2 })).toMatchObject({ code: 40002, message: expect.stringMatching(/page/) })
    // Carousel posts: the demo identities have none.
    expect((await get(server.baseUrl, { ...ownAccount, item_type: 'CAROUSEL' })).data).toMatchObject({ video_list: [], has_more: false })
  })

  it('is read by the client, which pages through every post', async () => {
    const server = await sandbox()
    const client = clientFor(server)
    const posts = await fetchAll(client.sparkPostPages(ADVERTISER, { identity_type: 'TT_USER', identity_id: DEMO_TT_USER_ID }))
    expect(posts).toHaveLength(24)
    expect(server.stats('/identity/video/get/').requests).toBe(2)
    const bc = await fetchAll(
      client.sparkPostPages(ADVERTISER, { identity_type: 'BC_AUTH_TT', identity_id: BC_USER, identity_authorized_bc_id: DEMO_BC_ID }),
    )
    expect(bc).toHaveLength(3)
  })
})

describe('/ad/create/ and /ad/update/ with a TikTok post (Spark "pull" ad)', () => {
  async function setup() {
    const server = await sandbox({ faults: { customIdentity: 'refused' } })
    const client = clientFor(server, { clock: fakeClock() })
    const { campaign_id } = await client.createCampaign(ADVERTISER, campaignFields())
    const { adgroup_id } = await client.createAdGroup(ADVERTISER, adGroupFields(campaign_id, { placements: ['PLACEMENT_TIKTOK'] }))
    const [post] = await fetchAll(client.sparkPostPages(ADVERTISER, { identity_type: 'TT_USER', identity_id: DEMO_TT_USER_ID }))
    return { server, client, adgroup_id, itemId: post!.item_id }
  }
  const pull = (itemId: string, over: Record<string, unknown> = {}) => ({
    ad_name: 'Pulled post',
    ad_format: 'SINGLE_VIDEO' as const,
    ad_text: 'Trail ready.',
    call_to_action: 'SHOP_NOW' as const,
    identity_type: 'TT_USER' as const,
    identity_id: DEMO_TT_USER_ID,
    tiktok_item_id: itemId,
    image_ids: [],
    ...over,
  })

  it('accepts a SINGLE_VIDEO ad with tiktok_item_id and a Spark identity instead of video_id, and stores the post', async () => {
    const { server, client, adgroup_id, itemId } = await setup()
    const { ad_ids } = await client.createAds(ADVERTISER, adgroup_id, [pull(itemId)])
    expect(server.state.get('ad', String(ad_ids[0]))).toMatchObject({ tiktok_item_id: itemId, identity_type: 'TT_USER' })
    expect(server.state.get('ad', String(ad_ids[0]))!.video_id).toBeUndefined()
  })

  it('still needs video_id or tiktok_item_id on a SINGLE_VIDEO ad', async () => {
    const { client, adgroup_id } = await setup()
    const error = await client.createAds(ADVERTISER, adgroup_id, [pull('', { tiktok_item_id: undefined })]).catch((e: Error) => e)
    expect(error).toMatchObject({ field: 'creatives[0].video_id' })
    expect((error as Error).message).toContain('tiktok_item_id')
  })

  it("refuses a post with a custom identity, or one that is not the identity's", async () => {
    const { client, adgroup_id, itemId } = await setup()
    await expect(
      client.createAds(ADVERTISER, adgroup_id, [
        pull(itemId, { identity_type: 'CUSTOMIZED_USER', identity_id: undefined, display_name: 'Northwind' }),
      ]),
    ).rejects.toMatchObject({ field: 'creatives[0].identity_type' })
    // The own account's post promoted as the Business Center's account.
    await expect(
      client.createAds(ADVERTISER, adgroup_id, [
        pull(itemId, { identity_type: 'BC_AUTH_TT', identity_id: BC_USER, identity_authorized_bc_id: DEMO_BC_ID }),
      ]),
    ).rejects.toMatchObject({ field: 'creatives[0].tiktok_item_id' })
    await expect(client.createAds(ADVERTISER, adgroup_id, [pull('7305999000000000001')])).rejects.toMatchObject({
      field: 'creatives[0].tiktok_item_id',
    })
  })

  it('changes the post on /ad/update/, checked the same way', async () => {
    const { server, client, adgroup_id, itemId } = await setup()
    const { ad_ids } = await client.createAds(ADVERTISER, adgroup_id, [pull(itemId)])
    const posts = await fetchAll(client.sparkPostPages(ADVERTISER, { identity_type: 'TT_USER', identity_id: DEMO_TT_USER_ID }))
    const other = posts[1]!.item_id
    await client.updateAds(ADVERTISER, adgroup_id, [{ ad_id: String(ad_ids[0]), ...pull(other) }])
    expect(server.state.get('ad', String(ad_ids[0]))).toMatchObject({ tiktok_item_id: other })
    await expect(client.updateAds(ADVERTISER, adgroup_id, [{ ad_id: String(ad_ids[0]), ...pull('7305999000000000001') }])).rejects.toMatchObject({
      field: 'creatives[0].tiktok_item_id',
    })
  })
})
