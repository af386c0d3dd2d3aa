/**
 * A real TikTok login through the back end's channels, against a local sandbox standing in for "TikTok sandbox":
 * app id and secret, "Connect TikTok account" through the stand-in page, every advertiser and Business Center
 * account with its currency and time zone, token failures as "needs reconnect" (nothing pending lost), disconnect.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { createApiConnection } from '#backend/connection/api-connection'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createMemoryTokenVault, createTokenVault, type TokenCipher } from '#backend/connection/token-vault'
import { SANDBOX_APP, SANDBOX_BC, SANDBOX_BC_ADVERTISERS, SANDBOX_LOGIN_ADVERTISERS } from '#backend/sandbox/oauth-directory'
import type { AdvertiserSummary, AppStatus, LoginEvent } from '#shared/domain/advertiser'
import type { AccountSnapshot } from '#shared/domain/account'
import type { DownloadResult } from '#shared/domain/sync'
import { useAppServices, valueOf } from '#test/helpers/app-services'
import { testNow } from '#test/helpers/clock'
import { approveAtAuthPage } from '#test/helpers/oauth-login'
import { call } from '#test/helpers/sandbox-http'
import { useSandbox } from '#test/helpers/sandbox'
import { draftTree, FAST_QPS } from '#test/helpers/sync'
import { useTempDirs } from '#test/helpers/temp-dir'

const startSandbox = useSandbox()
const appServices = useAppServices()
const tempDir = useTempDirs()
const closers: Array<() => Promise<void>> = []
afterEach(async () => {
  await Promise.all(closers.splice(0).map((c) => c()))
})

const SECRET = SANDBOX_APP.secret
const [US, WEST, DE] = SANDBOX_LOGIN_ADVERTISERS.map((a) => a.advertiser_id) as [string, string, string]

/** A stand-in for safeStorage that really changes the bytes, so a plaintext copy anywhere would show. */
const scrambling: TokenCipher = {
  isAvailable: () => true,
  encrypt: (plain) => Buffer.from(Buffer.from(plain, 'utf8').map((b) => b ^ 0x5a)),
  decrypt: (encrypted) => Buffer.from(encrypted.map((b) => b ^ 0x5a)).toString('utf8'),
}

async function setup(opts: { fileVault?: boolean } = {}) {
  /** The ad accounts the user ticks at the authorization page on the next connect (the page's own choice if unset). */
  const user: { grant?: string[] } = {}
  const server = await startSandbox({ qps: FAST_QPS })
  const dir = tempDir()
  const vault = opts.fileVault ? createTokenVault(join(dir, 'tokens'), scrambling) : createMemoryTokenVault()
  const api = createApiConnection({ userDataDir: dir, vault, now: testNow, baseUrls: { 'tiktok-sandbox': server.baseUrl } })
  closers.push(() => api.close())
  const s = appServices(
    {
      tokenVault: vault,
      hasToken: api.hasToken,
      apiBaseUrl: api.baseUrlOf,
      tokenRefusals: api.refusals,
      apiClient: (p, login) => api.client(p, login),
      seedAccount: () => null,
      // The user's browser: approve at the page, then follow its redirect back to the app.
      openExternal: (url) => void approveAtAuthPage(url, user.grant).then((back) => fetch(back)),
    },
    dir,
  )
  valueOf(await s.dispatch('settings:update', { connectionProfile: 'tiktok-sandbox' }))
  return { s, server, vault, dir, user }
}

/** Resolves with the flow's last event. */
function loginEnded(s: Awaited<ReturnType<typeof setup>>['s']) {
  return new Promise<LoginEvent>((resolve) =>
    s.hub.subscribe((channel, payload) => {
      const e = payload as LoginEvent
      if (channel === 'connection:login' && e.phase !== 'waiting') resolve(e)
    }),
  )
}

async function connect(t: Awaited<ReturnType<typeof setup>>) {
  valueOf(await t.s.dispatch('connection:save-app', { profile: 'tiktok-sandbox', appId: SANDBOX_APP.app_id, secret: SECRET }))
  const ended = loginEnded(t.s)
  valueOf(await t.s.dispatch('connection:login', { profile: 'tiktok-sandbox' }))
  return ended
}

/** A one-campaign draft tree owned by `advertiserId`. */
function draftFor(advertiserId: string, tag: string) {
  const tree = draftTree(tag, 1, 1, 1)
  const own = <T extends { advertiser_id: string }>(e: T): T => ({ ...e, advertiser_id: advertiserId })
  return { campaigns: tree.campaigns.map(own), adgroups: tree.adgroups.map(own), ads: tree.ads.map(own) }
}

const status = async (t: Awaited<ReturnType<typeof setup>>) => valueOf<AppStatus>(await t.s.dispatch('status:get', undefined))

describe('logging in with TikTok for Business', () => {
  it('asks for the app first, then connects, listing three advertisers in two currencies and the Business Center’s twelve', async () => {
    const t = await setup()
    expect((await status(t)).connection).toMatchObject({ state: 'needs-token', hasApp: false })
    expect(await t.s.dispatch('connection:login', { profile: 'tiktok-sandbox' })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } })
    expect((await connect(t)).phase).toBe('connected')
    expect((await status(t)).connection).toMatchObject({ state: 'ready', hasApp: true })

    const list = valueOf<AdvertiserSummary[]>(await t.s.dispatch('accounts:refresh', undefined))
    const granted = list.filter((a) => a.authorized !== false)
    expect(granted.map((a) => [a.advertiser_id, a.currency, a.timezone, a.status])).toEqual([
      [US, 'USD', 'America/New_York', 'STATUS_ENABLE'],
      [WEST, 'USD', 'America/Los_Angeles', 'STATUS_ENABLE'],
      [DE, 'EUR', 'Europe/Berlin', 'STATUS_ENABLE'],
    ])
    const inBc = list.filter((a) => a.authorized === false)
    expect(inBc.map((a) => a.advertiser_id)).toEqual(SANDBOX_BC_ADVERTISERS.map((a) => a.advertiser_id))
    expect(new Set(inBc.map((a) => a.businessCenter))).toEqual(new Set([SANDBOX_BC.name]))
    // The same list without going online.
    expect(valueOf<AdvertiserSummary[]>(await t.s.dispatch('accounts:list', undefined))).toEqual(list)
  })

  it('never lets the app secret or the token reach a response or an event', async () => {
    const t = await setup()
    await connect(t)
    valueOf(await t.s.dispatch('accounts:refresh', undefined))
    const token = t.vault.load('tiktok-sandbox')!
    const seen = JSON.stringify(t.s.events)
    expect(seen).not.toContain(SECRET)
    expect(seen).not.toContain(token)
    expect(JSON.stringify(await status(t))).not.toContain(SECRET)
  })

  it('writes neither the secret nor the token in plain text to any file in the data folder (account stores, listing cache, journal)', async () => {
    const t = await setup({ fileVault: true })
    await connect(t)
    valueOf(await t.s.dispatch('accounts:refresh', undefined))
    valueOf(await t.s.dispatch('account:open', { advertiserId: DE }))
    valueOf(await t.s.dispatch('sync:download', { advertiserId: DE }))
    valueOf(await t.s.dispatch('account:export', { advertiserId: DE, format: 'json' }))
    const token = t.vault.load('tiktok-sandbox')!
    expect(token.length).toBeGreaterThan(20)
    const files = readdirSync(t.dir, { recursive: true, withFileTypes: true }).filter((f) => f.isFile())
    expect(files.map((f) => f.name)).toEqual(expect.arrayContaining(['tiktok-sandbox.json', 'token-tiktok-sandbox.bin', 'app-tiktok-sandbox.bin']))
    for (const f of files) {
      const bytes = readFileSync(join(f.parentPath, f.name)).toString('latin1')
      expect(bytes, f.name).not.toContain(token)
      expect(bytes, f.name).not.toContain(SECRET)
    }
  })

  it('gets recent changes for a granted advertiser in its own store, with its currency', async () => {
    const t = await setup()
    await connect(t)
    valueOf(await t.s.dispatch('accounts:refresh', undefined))
    valueOf<AccountSnapshot>(await t.s.dispatch('account:open', { advertiserId: DE }))
    const got = valueOf<DownloadResult>(await t.s.dispatch('sync:download', { advertiserId: DE }))
    expect(got).toBeTruthy()
    const profile = valueOf<{ info: { currency: string } }>(await t.s.dispatch('account:profile', { advertiserId: DE }))
    expect(profile.info.currency).toBe('EUR')
  })
})

describe('a token TikTok refuses', () => {
  it('revoked elsewhere (40105): the connection needs reconnecting with the reason, pending edits stay, and a new login clears it', async () => {
    const t = await setup()
    await connect(t)
    valueOf(await t.s.dispatch('accounts:refresh', undefined))
    valueOf(await t.s.dispatch('account:open', { advertiserId: US }))
    valueOf(await t.s.dispatch('account:edit', { advertiserId: US, edit: { type: 'create', ...draftFor(US, 'rv') } }))
    const pending = (await status(t)).pendingChanges
    expect(pending).toBeGreaterThan(0)
    // The user removes Adwright's access at TikTok.
    const token = t.vault.load('tiktok-sandbox')!
    expect(
      (await call(t.server.baseUrl, 'POST', '/oauth2/revoke_token/', { app_id: SANDBOX_APP.app_id, secret: SECRET, access_token: token }, '')).code,
    ).toBe(0)

    const failed = await t.s.dispatch('sync:download', { advertiserId: US })
    expect(failed.ok).toBe(false)
    const now = await status(t)
    expect(now.connection).toMatchObject({ state: 'needs-reconnect', detail: expect.stringContaining('revoked or is invalid') })
    expect(now.pendingChanges).toBe(pending)
    expect(t.s.events.some(([c, p]) => c === 'status:changed' && (p as AppStatus).connection.state === 'needs-reconnect')).toBe(true)
    // Drafting goes on offline.
    valueOf(await t.s.dispatch('account:edit', { advertiserId: US, edit: { type: 'create', ...draftFor(US, 'off') } }))
    expect((await status(t)).pendingChanges).toBeGreaterThan(pending)

    expect((await connect(t)).phase).toBe('connected')
    expect((await status(t)).connection.state).toBe('ready')
  })

  it('expired (40102): says so', async () => {
    const t = await setup()
    await connect(t)
    t.server.faults.expireTokens()
    expect((await t.s.dispatch('accounts:refresh', undefined)).ok).toBe(false)
    expect((await status(t)).connection).toMatchObject({ state: 'needs-reconnect', detail: expect.stringContaining('expired') })
  })

  it('no permission for an advertiser (40001): says so', async () => {
    const t = await setup()
    await connect(t)
    // An ad account of the Business Center this login was not granted.
    const notGranted = SANDBOX_BC_ADVERTISERS[0]!.advertiser_id
    valueOf(await t.s.dispatch('account:open', { advertiserId: notGranted }))
    expect((await t.s.dispatch('sync:download', { advertiserId: notGranted })).ok).toBe(false)
    expect((await status(t)).connection).toMatchObject({ state: 'needs-reconnect', detail: expect.stringContaining('no longer has permission') })
  })
})

describe('disconnect', () => {
  it('revokes the token at TikTok, forgets it and the advertiser list', async () => {
    const t = await setup()
    await connect(t)
    valueOf(await t.s.dispatch('accounts:refresh', undefined))
    const token = t.vault.load('tiktok-sandbox')!
    const out = valueOf<{ revoked: boolean; status: AppStatus }>(await t.s.dispatch('connection:disconnect', { profile: 'tiktok-sandbox' }))
    expect(out.revoked).toBe(true)
    expect(out.status.connection.state).toBe('needs-token')
    expect(t.vault.has('tiktok-sandbox')).toBe(false)
    expect(valueOf<AdvertiserSummary[]>(await t.s.dispatch('accounts:list', undefined))).toEqual([])
    const after = await call(t.server.baseUrl, 'GET', '/oauth2/advertiser/get/', { app_id: SANDBOX_APP.app_id, secret: SECRET }, token)
    expect(after.code).toBe(40105)
  })
})

describe('several TikTok logins at once (an agency)', () => {
  const [BC1, BC2] = SANDBOX_BC_ADVERTISERS.map((a) => a.advertiser_id) as [string, string]

  it('adds a second login for other ad accounts, lists each advertiser under its login, and opens each with that login’s token', async () => {
    const t = await setup()
    await connect(t)
    valueOf(await t.s.dispatch('accounts:refresh', undefined))
    // A colleague's TikTok user, granted two of the Business Center's accounts.
    t.user.grant = [BC1, BC2]
    expect((await connect(t)).phase).toBe('connected')
    // Its advertisers are listed in the background once its token is stored.
    await expect.poll(async () => (await status(t)).connection.logins?.[1]?.advertisers).toBe(2)
    const list = valueOf<AdvertiserSummary[]>(await t.s.dispatch('accounts:list', undefined))
    const byId = new Map(list.map((a) => [a.advertiser_id, a]))
    const [first, second] = (await status(t)).connection.logins!
    expect(first).toMatchObject({ login: 'primary', advertisers: 3 })
    expect(second).toMatchObject({ login: expect.stringMatching(/^login-[0-9a-f]{8}$/), advertisers: 2 })
    expect(byId.get(US)).toMatchObject({ login: 'primary' })
    expect(byId.get(US)!.authorized).not.toBe(false)
    // Granted to the second login: listed once, under it, openable, though the first login sees it unauthorized.
    expect(byId.get(BC1)).toMatchObject({ login: second!.login, loginLabel: second!.label })
    expect(byId.get(BC1)!.authorized).not.toBe(false)
    expect(list.filter((a) => a.advertiser_id === BC1)).toHaveLength(1)
    expect(t.vault.logins('tiktok-sandbox')).toEqual(['primary', second!.login])

    // Each advertiser's sync uses the token granted it: both download (the sandbox refuses a token not granted one).
    for (const id of [US, BC1]) {
      valueOf(await t.s.dispatch('account:open', { advertiserId: id }))
      valueOf<DownloadResult>(await t.s.dispatch('sync:download', { advertiserId: id }))
    }
    expect((await status(t)).connection.state).toBe('ready')

    // The first user connecting again replaces its own login's token, not a third login.
    t.user.grant = undefined
    const before = t.vault.load('tiktok-sandbox', 'primary')
    expect((await connect(t)).phase).toBe('connected')
    expect(t.vault.logins('tiktok-sandbox')).toEqual(['primary', second!.login])
    expect(t.vault.load('tiktok-sandbox', 'primary')).not.toBe(before)
  })

  it('a refused login says which one needs reconnecting; reconnecting or disconnecting one leaves the other', async () => {
    const t = await setup()
    await connect(t)
    valueOf(await t.s.dispatch('accounts:refresh', undefined))
    t.user.grant = [BC1]
    await connect(t)
    await expect.poll(async () => (await status(t)).connection.logins?.[1]?.advertisers).toBe(1)
    const second = (await status(t)).connection.logins![1]!
    const token = t.vault.load('tiktok-sandbox', second.login)!
    await call(t.server.baseUrl, 'POST', '/oauth2/revoke_token/', { app_id: SANDBOX_APP.app_id, secret: SECRET, access_token: token }, '')
    valueOf(await t.s.dispatch('account:open', { advertiserId: BC1 }))
    expect((await t.s.dispatch('sync:download', { advertiserId: BC1 })).ok).toBe(false)
    const refused = await status(t)
    expect(refused.connection).toMatchObject({ state: 'needs-reconnect', detail: expect.stringContaining(second.label) })
    expect(refused.connection.logins!.map((l) => !!l.needsReconnect)).toEqual([false, true])
    // The primary login's advertisers still sync meanwhile.
    valueOf(await t.s.dispatch('account:open', { advertiserId: US }))
    valueOf(await t.s.dispatch('sync:download', { advertiserId: US }))

    // Reconnect that login: its token is replaced and the refusal cleared.
    const ended = loginEnded(t.s)
    valueOf(await t.s.dispatch('connection:login', { profile: 'tiktok-sandbox', login: second.login }))
    expect((await ended).phase).toBe('connected')
    expect(t.vault.load('tiktok-sandbox', second.login)).not.toBe(token)
    expect((await status(t)).connection.state).toBe('ready')

    // Disconnect just the second login: the first stays, with its advertisers.
    const out = valueOf<{ status: AppStatus }>(await t.s.dispatch('connection:disconnect', { profile: 'tiktok-sandbox', login: second.login }))
    expect(out.status.connection.logins!.map((l) => l.login)).toEqual(['primary'])
    const list = valueOf<AdvertiserSummary[]>(await t.s.dispatch('accounts:list', undefined))
    expect(list.find((a) => a.advertiser_id === US)).toMatchObject({ login: 'primary' })
    expect(list.find((a) => a.advertiser_id === BC1)?.authorized).toBe(false)
    // A login id that is not one is refused by the channel's schema.
    expect((await t.s.dispatch('connection:disconnect', { profile: 'tiktok-sandbox', login: '../token' })).ok).toBe(false)
  })
})
