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
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ code: 0, message: 'OK', request_id: 'r', data: data(url) }))
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
