/**
 * /advertiser/info/ and /identity/get/ as TikTok may answer them: fields left out,
 * numbers where strings are usual, values of an unexpected type, no page_info.
 * A raw server over real HTTP, so the client's query and schemas are what is tested.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { fetchAdvertiserProfile } from '#backend/sync/profile-refresh'
import { createTikTokClient, fetchAll } from '#backend/tiktok-api/client'
import { TEST_NOW } from '#test/helpers/clock'
import { fakeClock } from '#test/helpers/sandbox'

let server: Server | undefined
afterEach(async () => {
  await new Promise((r) => (server ? server.close(r) : r(undefined)))
  server = undefined
})

async function serve(data: (url: URL) => unknown) {
  const seen: URL[] = []
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x')
    seen.push(url)
    const d = data(url)
    // A string is `data`'s JSON text as sent, for numbers a JS value cannot hold exactly.
    const body =
      typeof d === 'string'
        ? `{"code":0,"message":"OK","request_id":"r","data":${d}}`
        : JSON.stringify({ code: 0, message: 'OK', request_id: 'r', data: d })
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(body)
  })
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r))
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/open_api/v1.3`
  return { client: createTikTokClient({ baseUrl, accessToken: 'tok-0123456789abcdef', clock: fakeClock(), random: () => 0.5 }), seen }
}

describe('/advertiser/info/', () => {
  it('sends advertiser_ids and fields as JSON arrays and reads a row with most fields absent', async () => {
    const { client, seen } = await serve(() => ({
      list: [{ advertiser_id: '7301000000000000001', currency: 'EUR', can_use_custom_identity: 'yes' }],
    }))
    const [row] = await client.advertiserInfo(['7301000000000000001'])
    expect(row).toMatchObject({ advertiser_id: '7301000000000000001', currency: 'EUR' })
    // A value of the wrong type is read as unknown, not as a failed request.
    expect(row!.can_use_custom_identity).toBeUndefined()
    expect(row!.timezone).toBeUndefined()
    expect(JSON.parse(seen[0]!.searchParams.get('advertiser_ids')!)).toEqual(['7301000000000000001'])
    expect(JSON.parse(seen[0]!.searchParams.get('fields')!)).toContain('can_use_custom_identity')
  })
})

describe('/identity/get/', () => {
  it('reads identities without display name or page_info, and the profile keeps only known types', async () => {
    const { client } = await serve((url) =>
      url.pathname.endsWith('/identity/get/')
        ? {
            identity_list: [
              { identity_id: 1234567, identity_type: 'TT_USER' },
              { identity_id: '7304000000000000202', identity_type: 'BC_AUTH_TT', display_name: '@team', identity_authorized_bc_id: 42 },
              { identity_id: '9', identity_type: 'SOME_NEW_TYPE', display_name: 'later' },
            ],
          }
        : url.pathname.endsWith('/pixel/list/')
          ? { pixels: [], page_info: { page: 1, page_size: 20, total_number: 0, total_page: 1 } }
          : { list: [{ advertiser_id: '7301000000000000001', balance: 'n/a', timezone: 'Asia/Tokyo' }] },
    )
    const rows = await fetchAll(client.identityPages('7301000000000000001'))
    expect(rows).toHaveLength(3)
    const profile = await fetchAdvertiserProfile(client, '7301000000000000001', TEST_NOW)
    expect(profile.identities).toEqual([
      { identity_id: '1234567', identity_type: 'TT_USER', display_name: '1234567' },
      { identity_id: '7304000000000000202', identity_type: 'BC_AUTH_TT', display_name: '@team', identity_authorized_bc_id: '42' },
    ])
    expect(profile.info).toMatchObject({ advertiser_id: '7301000000000000001', timezone: 'Asia/Tokyo' })
    expect(profile.info!.balance).toBeUndefined()
  })
})

describe('/identity/video/get/', () => {
  const identity = { identity_type: 'BC_AUTH_TT' as const, identity_id: '7304000000000000202', identity_authorized_bc_id: '42' }

  it('pages by the cursor TikTok answers until has_more is false, sending the identity and the Business Center', async () => {
    const { client, seen } = await serve((url) => {
      const cursor = url.searchParams.get('cursor')
      // A 19-digit post id as a bare JSON number keeps every digit.
      if (cursor === null) return '{"video_list":[{"item_id":7305000000000000001,"text":"first"}],"cursor":1764500000,"has_more":true}'
      if (cursor === '1764500000')
        return {
          // Odd fields are read as unknown, not as a failed listing; carousel posts have video_info null.
          video_list: [
            { item_id: '7305000000000000002', video_info: { poster_url: 'https://x/p.jpeg', duration: 'long', width: 1080 } },
            { item_id: '7305000000000000003', video_info: null },
          ],
          has_more: false,
        }
      return { video_list: [], has_more: false }
    })
    const posts = await fetchAll(client.sparkPostPages('7301000000000000001', identity))
    expect(posts.map((p) => p.item_id)).toEqual(['7305000000000000001', '7305000000000000002', '7305000000000000003'])
    expect(posts[1]!.video_info).toMatchObject({ poster_url: 'https://x/p.jpeg', width: 1080 })
    expect(posts[1]!.video_info!.duration).toBeUndefined()
    expect(seen).toHaveLength(2)
    expect(Object.fromEntries(seen[0]!.searchParams)).toEqual({
      advertiser_id: '7301000000000000001',
      identity_type: 'BC_AUTH_TT',
      identity_id: '7304000000000000202',
      identity_authorized_bc_id: '42',
      count: '20',
    })
    expect(seen[1]!.searchParams.get('cursor')).toBe('1764500000')
  })

  it('fails clearly on a malformed answer: a post without item_id, or has_more without a new cursor', async () => {
    const bad = await serve(() => ({ video_list: [{ text: 'no id' }], has_more: false }))
    const error = await fetchAll(bad.client.sparkPostPages('7301000000000000001', identity)).catch((e: Error) => e)
    expect(error).toMatchObject({ name: 'MalformedResponseError', endpoint: '/identity/video/get/' })
    expect((error as Error).message).toContain('item_id')
    await new Promise((r) => server!.close(r))
    const stuck = await serve(() => ({ video_list: [{ item_id: '1' }], cursor: '5', has_more: true }))
    await expect(fetchAll(stuck.client.sparkPostPages('7301000000000000001', identity))).rejects.toMatchObject({
      name: 'MalformedResponseError',
      message: expect.stringContaining('has_more without a new cursor'),
    })
    // The second answer repeated the cursor of the first: stopped there rather than asking for ever.
    expect(stuck.seen).toHaveLength(2)
  })
})

describe('/pangle_audience_package/get/', () => {
  const otherwise = (url: URL) =>
    url.pathname.endsWith('/advertiser/info/')
      ? { list: [{ advertiser_id: '7301000000000000001' }] }
      : url.pathname.endsWith('/pixel/list/')
        ? { pixels: [], page_info: { page: 1, page_size: 20, total_number: 0, total_page: 1 } }
        : { identity_list: [] }

  it('caches the packages with int64 ids kept whole, leaving out bind types Adwright cannot place', async () => {
    const { client, seen } = await serve((url) =>
      url.pathname.endsWith('/pangle_audience_package/get/')
        ? '{"packages":[{"package_id":7100000000000000123,"package_name":"Gamers","bind_type":"INCLUDE"},' +
          '{"package_id":"7100000000000000124","bind_type":"EXCLUDE"},{"package_id":"9","package_name":"new","bind_type":"BOTH"}]}'
        : otherwise(url),
    )
    const profile = await fetchAdvertiserProfile(client, '7301000000000000001', TEST_NOW)
    expect(profile.panglePackages).toEqual([
      { package_id: '7100000000000000123', package_name: 'Gamers', bind_type: 'INCLUDE' },
      { package_id: '7100000000000000124', package_name: '', bind_type: 'EXCLUDE' },
    ])
    expect(profile.panglePackageError).toBeUndefined()
    const asked = seen.find((u) => u.pathname.endsWith('/pangle_audience_package/get/'))!
    expect(Object.fromEntries(asked.searchParams)).toEqual({ advertiser_id: '7301000000000000001' })
  })

  it('keeps the previous packages and notes why when the listing cannot be read, and the pull goes on', async () => {
    const { client } = await serve((url) => (url.pathname.endsWith('/pangle_audience_package/get/') ? { packages: 'none' } : otherwise(url)))
    const previous = [{ package_id: '7100000000000000001', package_name: 'Kept', bind_type: 'INCLUDE' as const }]
    const profile = await fetchAdvertiserProfile(client, '7301000000000000001', TEST_NOW, { sparkPosts: {}, panglePackages: previous })
    expect(profile.panglePackages).toEqual(previous)
    expect(profile.panglePackageError).toMatch(/pangle_audience_package/)
    expect(profile.info).toMatchObject({ advertiser_id: '7301000000000000001' })
  })
})
