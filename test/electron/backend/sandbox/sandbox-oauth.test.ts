/**
 * The sandbox's OAuth login, advertiser listing and Business Center endpoints over plain HTTP, with bodies written
 * from TikTok's spec (notes tiktok-api-2026.md §4 "Accounts"; [SDK] Oauth2AccessTokenBody.md, bc_get.yml, bc_asset_get.yml).
 */
import { describe, expect, it } from 'vitest'
import { AUTH_CODE_TTL_MS } from '#backend/sandbox/oauth-grants'
import { SANDBOX_APP, SANDBOX_BC, SANDBOX_BC_ADVERTISERS, SANDBOX_LOGIN_ADVERTISERS } from '#backend/sandbox/oauth-directory'
import { TEST_NOW } from '#test/helpers/clock'
import { approveAtAuthPage, authPageUrl } from '#test/helpers/oauth-login'
import { call } from '#test/helpers/sandbox-http'
import { ADVERTISER, useSandbox } from '#test/helpers/sandbox'

const sandbox = useSandbox()
const app = { app_id: SANDBOX_APP.app_id, secret: SANDBOX_APP.secret }
const OWN_IDS = SANDBOX_LOGIN_ADVERTISERS.map((a) => a.advertiser_id)

/** A sandbox whose clock the test moves. */
async function sandboxAt() {
  let t = TEST_NOW.getTime()
  const server = await sandbox({ now: () => new Date(t) })
  return { server, advance: (ms: number) => (t += ms) }
}

async function login(baseUrl: string, advertiserIds?: string[]) {
  const back = await approveAtAuthPage(authPageUrl(baseUrl, { state: 'abc' }), advertiserIds)
  const code = back.searchParams.get('auth_code')!
  const exchanged = await call(baseUrl, 'POST', '/oauth2/access_token/', { ...app, auth_code: code }, '')
  return { back, code, exchanged, token: String(exchanged.data.access_token) }
}

describe('the stand-in authorization page', () => {
  it('offers the login’s own accounts ticked and the Business Center’s unticked, then redirects with auth_code and the same state', async () => {
    const server = await sandbox()
    const html = await (await fetch(authPageUrl(server.baseUrl))).text()
    expect(html.match(/name="advertiser_ids"/g)).toHaveLength(OWN_IDS.length + SANDBOX_BC_ADVERTISERS.length)
    expect(html.match(/ checked>/g)).toHaveLength(OWN_IDS.length)
    const { back } = await login(server.baseUrl)
    expect(`${back.origin}${back.pathname}`).toBe('http://127.0.0.1:9/callback')
    expect(back.searchParams.get('state')).toBe('abc')
    expect(back.searchParams.get('auth_code')).toMatch(/^[0-9a-f]{40}$/)
  })

  it('refuses an unknown app or a redirect the app did not register, without redirecting', async () => {
    const server = await sandbox()
    for (const query of [{ app_id: '123' }, { redirect_uri: 'https://evil.example/callback' }, { redirect_uri: 'http://localhost:5/callback' }]) {
      const res = await fetch(authPageUrl(server.baseUrl, query), { redirect: 'manual' })
      expect(res.status).toBe(400)
      expect(res.headers.get('location')).toBeNull()
    }
  })

  it('asks again when no account is ticked', async () => {
    const server = await sandbox()
    await expect(approveAtAuthPage(authPageUrl(server.baseUrl), [])).rejects.toThrow(/did not redirect \(400\).*Choose at least one/s)
  })
})

describe('/oauth2/access_token/', () => {
  it('turns the code into a token for the accounts granted, with no Access-Token header', async () => {
    const server = await sandbox()
    const { exchanged } = await login(server.baseUrl)
    expect(exchanged.code).toBe(0)
    expect(exchanged.data.advertiser_ids).toEqual(OWN_IDS)
    expect(exchanged.data.access_token).toEqual(expect.any(String))
    expect(exchanged.data.scope).toEqual(expect.any(Array))
  })

  it('accepts a code once only (40110 the second time)', async () => {
    const server = await sandbox()
    const { code } = await login(server.baseUrl)
    const again = await call(server.baseUrl, 'POST', '/oauth2/access_token/', { ...app, auth_code: code }, '')
    expect(again.code).toBe(40110)
  })

  it('refuses a code older than an hour, and accepts one just inside it', async () => {
    const { server, advance } = await sandboxAt()
    const fresh = (await approveAtAuthPage(authPageUrl(server.baseUrl))).searchParams.get('auth_code')!
    const stale = (await approveAtAuthPage(authPageUrl(server.baseUrl))).searchParams.get('auth_code')!
    advance(AUTH_CODE_TTL_MS)
    expect((await call(server.baseUrl, 'POST', '/oauth2/access_token/', { ...app, auth_code: fresh }, '')).code).toBe(0)
    advance(1)
    expect((await call(server.baseUrl, 'POST', '/oauth2/access_token/', { ...app, auth_code: stale }, '')).code).toBe(40110)
  })

  it('refuses a wrong secret, a made-up code and a missing field', async () => {
    const server = await sandbox()
    const code = (await approveAtAuthPage(authPageUrl(server.baseUrl))).searchParams.get('auth_code')!
    expect((await call(server.baseUrl, 'POST', '/oauth2/access_token/', { ...app, secret: 'nope', auth_code: code }, '')).code).toBe(40001)
    expect((await call(server.baseUrl, 'POST', '/oauth2/access_token/', { ...app, auth_code: 'f'.repeat(40) }, '')).code).toBe(40110)
    const noCode = await call(server.baseUrl, 'POST', '/oauth2/access_token/', app, '')
    expect(noCode).toMatchObject({ code: 40002, message: expect.stringMatching(/^auth_code:/) })
    // The wrong secret did not spend the code.
    expect((await call(server.baseUrl, 'POST', '/oauth2/access_token/', { ...app, auth_code: code }, '')).code).toBe(0)
  })

  it('leaves advertiser_ids out when asked to', async () => {
    const server = await sandbox()
    const code = (await approveAtAuthPage(authPageUrl(server.baseUrl))).searchParams.get('auth_code')!
    const res = await call(server.baseUrl, 'POST', '/oauth2/access_token/', { ...app, auth_code: code, return_advertiser_ids: false }, '')
    expect(res.code).toBe(0)
    expect(res.data).not.toHaveProperty('advertiser_ids')
  })
})

describe('/oauth2/advertiser/get/ and /advertiser/info/ for an OAuth token', () => {
  it('needs the app’s id and secret, then lists only the granted accounts by id and name', async () => {
    const server = await sandbox()
    const { token } = await login(server.baseUrl, [OWN_IDS[2]!, SANDBOX_BC_ADVERTISERS[0]!.advertiser_id])
    expect((await call(server.baseUrl, 'GET', '/oauth2/advertiser/get/', {}, token)).code).toBe(40002)
    expect((await call(server.baseUrl, 'GET', '/oauth2/advertiser/get/', { ...app, secret: 'x' }, token)).code).toBe(40001)
    const listed = await call(server.baseUrl, 'GET', '/oauth2/advertiser/get/', app, token)
    expect(listed.data.list).toEqual([
      { advertiser_id: OWN_IDS[2], advertiser_name: 'Lumen Kaffee DE' },
      { advertiser_id: SANDBOX_BC_ADVERTISERS[0]!.advertiser_id, advertiser_name: SANDBOX_BC_ADVERTISERS[0]!.name },
    ])
  })

  it('gives each granted account its own currency and time zone, and refuses the demo advertiser (40001)', async () => {
    const server = await sandbox()
    const { token } = await login(server.baseUrl)
    const info = await call(server.baseUrl, 'GET', '/advertiser/info/', { advertiser_ids: OWN_IDS }, token)
    const rows = info.data.list as { currency: string; timezone: string }[]
    expect(rows.map((r) => [r.currency, r.timezone])).toEqual([
      ['USD', 'America/New_York'],
      ['USD', 'America/Los_Angeles'],
      ['EUR', 'Europe/Berlin'],
    ])
    expect(rows[0]).not.toHaveProperty('bc_id')
    expect((await call(server.baseUrl, 'GET', '/advertiser/info/', { advertiser_ids: [ADVERTISER] }, token)).code).toBe(40001)
  })

  it('still lists the demo advertiser for the fixed demo token with no app credentials', async () => {
    const server = await sandbox()
    const listed = await call(server.baseUrl, 'GET', '/oauth2/advertiser/get/', {})
    expect(listed.data.list).toEqual([{ advertiser_id: ADVERTISER, advertiser_name: 'Northwind Outdoor (demo)' }])
  })
})

describe('/bc/get/ and /bc/asset/get/', () => {
  it('lists the login’s Business Center and its twelve ad accounts, paged at most 50', async () => {
    const server = await sandbox()
    const { token } = await login(server.baseUrl)
    const bcs = await call(server.baseUrl, 'GET', '/bc/get/', {}, token)
    expect(bcs.data.list).toEqual([expect.objectContaining({ bc_info: expect.objectContaining({ bc_id: SANDBOX_BC.bc_id, name: SANDBOX_BC.name }) })])
    const first = await call(server.baseUrl, 'GET', '/bc/asset/get/', { bc_id: SANDBOX_BC.bc_id, asset_type: 'ADVERTISER', page_size: 5 }, token)
    expect(first.data.page_info).toEqual({ page: 1, page_size: 5, total_number: 12, total_page: 3 })
    const all = await call(server.baseUrl, 'GET', '/bc/asset/get/', { bc_id: SANDBOX_BC.bc_id, asset_type: 'ADVERTISER', page_size: 50 }, token)
    const assets = all.data.list as { asset_id: string; asset_type: string }[]
    expect(assets.map((a) => a.asset_id)).toEqual(SANDBOX_BC_ADVERTISERS.map((a) => a.advertiser_id))
    expect(new Set(assets.map((a) => a.asset_type))).toEqual(new Set(['ADVERTISER']))
    const currencies = new Set(SANDBOX_BC_ADVERTISERS.map((a) => a.currency))
    expect(currencies.size).toBeGreaterThanOrEqual(4)
  })

  it('refuses a missing asset_type, an invalid one, page_size 51 and another BC', async () => {
    const server = await sandbox()
    const { token } = await login(server.baseUrl)
    const get = (q: Record<string, unknown>) => call(server.baseUrl, 'GET', '/bc/asset/get/', q, token)
    expect(await get({ bc_id: SANDBOX_BC.bc_id })).toMatchObject({ code: 40002, message: expect.stringMatching(/^asset_type:/) })
    expect((await get({ bc_id: SANDBOX_BC.bc_id, asset_type: 'DOMAIN' })).code).toBe(40002)
    expect((await get({ bc_id: SANDBOX_BC.bc_id, asset_type: 'ADVERTISER', page_size: 51 })).code).toBe(40002)
    expect((await get({ bc_id: '1', asset_type: 'ADVERTISER' })).code).toBe(40001)
  })

  it('shows the demo token no Business Center', async () => {
    const server = await sandbox()
    expect((await call(server.baseUrl, 'GET', '/bc/get/', {})).data.list).toEqual([])
  })
})

describe('/oauth2/revoke_token/', () => {
  it('ends the token: afterwards every call with it is 40105', async () => {
    const server = await sandbox()
    const { token } = await login(server.baseUrl)
    expect((await call(server.baseUrl, 'POST', '/oauth2/revoke_token/', { ...app, secret: 'x', access_token: token }, '')).code).toBe(40001)
    const revoked = await call(server.baseUrl, 'POST', '/oauth2/revoke_token/', { ...app, access_token: token }, '')
    expect(revoked).toMatchObject({ code: 0, data: { app_id: SANDBOX_APP.app_id, advertiser_ids: OWN_IDS } })
    expect((await call(server.baseUrl, 'GET', '/oauth2/advertiser/get/', app, token)).code).toBe(40105)
    expect((await call(server.baseUrl, 'POST', '/oauth2/revoke_token/', { ...app, access_token: token }, '')).code).toBe(40105)
  })
})
