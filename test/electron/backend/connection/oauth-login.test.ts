/**
 * "Connect TikTok account" end to end in plain Node: the loopback listener, the sandbox's stand-in authorization
 * page (driven over HTTP as a browser would), the code exchange into the vault, and "Disconnect".
 */
import { afterEach, describe, expect, it } from 'vitest'
import { createMemoryTokenVault, type TokenProfile } from '#backend/connection/token-vault'
import { createOAuthLogin, type LoginEvent } from '#backend/connection/oauth-login'
import { SANDBOX_APP } from '#backend/sandbox/oauth-directory'
import type { DeveloperApp } from '#backend/tiktok-api/oauth-endpoints'
import { approveAtAuthPage } from '#test/helpers/oauth-login'
import { call } from '#test/helpers/sandbox-http'
import { useSandbox } from '#test/helpers/sandbox'

const sandbox = useSandbox()
const logins: { cancelAll(): void }[] = []
afterEach(() => logins.splice(0).forEach((l) => l.cancelAll()))
const APP: DeveloperApp = { appId: SANDBOX_APP.app_id, secret: SANDBOX_APP.secret }

/** What the user's browser does: approve at the page, then follow its redirect to the loopback listener. */
async function browserApproves(authUrl: string) {
  const back = await approveAtAuthPage(authUrl)
  return fetch(back)
}

async function setup(opts: { app?: DeveloperApp | null; baseUrl?: string } = {}) {
  const server = await sandbox()
  const vault = createMemoryTokenVault()
  if (opts.app !== null) vault.saveApp('tiktok-sandbox', opts.app ?? APP)
  const events: LoginEvent[] = []
  const logs: string[] = []
  const opened: string[] = []
  const changed: TokenProfile[] = []
  let browser: (url: string) => Promise<unknown> = async () => {}
  const login = createOAuthLogin({
    vault,
    baseUrlOf: () => opts.baseUrl ?? server.baseUrl,
    openExternal: async (url) => {
      opened.push(url)
      // The browser acts after the app has moved on, as a real one would.
      setImmediate(() => void browser(url))
    },
    onEvent: (e) => events.push(e),
    onTokenChanged: (p) => changed.push(p),
    log: (l) => logs.push(l),
  })
  logins.push(login)
  return { server, vault, events, logs, opened, changed, login, setBrowser: (b: typeof browser) => (browser = b) }
}

describe('createOAuthLogin', () => {
  it('opens TikTok’s page with the app id, a random state and the loopback redirect, then stores the token it gets', async () => {
    const t = await setup()
    t.setBrowser(browserApproves)
    const { authUrl, done } = await t.login.start('tiktok-sandbox')
    const url = new URL(authUrl)
    expect(`${url.origin}${url.pathname}`).toBe(new URL('/portal/auth', t.server.baseUrl).toString())
    expect(url.searchParams.get('app_id')).toBe(APP.appId)
    expect(url.searchParams.get('state')!.length).toBeGreaterThanOrEqual(40)
    expect(url.searchParams.get('redirect_uri')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/callback$/)
    expect(authUrl).not.toContain(APP.secret)
    expect(await done).toMatchObject({ phase: 'connected', message: 'Connected to TikTok with 3 ad accounts.' })
    expect(t.events.map((e) => e.phase)).toEqual(['waiting', 'connected'])
    expect(t.changed).toEqual(['tiktok-sandbox'])
    const token = t.vault.load('tiktok-sandbox')!
    const listed = await call(t.server.baseUrl, 'GET', '/oauth2/advertiser/get/', { app_id: APP.appId, secret: APP.secret }, token)
    expect((listed.data.list as unknown[]).length).toBe(3)
  })

  it('uses a new state each time', async () => {
    const t = await setup()
    const a = new URL((await t.login.start('tiktok-sandbox')).authUrl).searchParams.get('state')
    const b = new URL((await t.login.start('tiktok-sandbox')).authUrl).searchParams.get('state')
    expect(a).not.toBe(b)
  })

  it('refuses a code from another flow: its callback is turned away and this flow still waits for its own', async () => {
    const t = await setup()
    t.vault.saveApp('production', APP)
    const first = await t.login.start('tiktok-sandbox')
    const second = await t.login.start('production')
    // The page approves the first flow; its redirect (first flow's state and code) is sent to the second flow's listener.
    const back = await approveAtAuthPage(first.authUrl)
    const intoSecond = new URL(new URL(second.authUrl).searchParams.get('redirect_uri')!)
    intoSecond.search = back.search
    expect((await fetch(intoSecond)).status).toBe(400)
    expect(t.vault.has('production')).toBe(false)
    // The first flow still takes its own callback.
    expect((await fetch(back)).status).toBe(200)
    expect((await first.done).phase).toBe('connected')
    expect(t.vault.has('tiktok-sandbox')).toBe(true)
    await t.login.disconnect('production')
    expect((await second.done).phase).toBe('cancelled')
  })

  it('starting again cancels the flow before it, whose listener then refuses connections', async () => {
    const t = await setup()
    const first = await t.login.start('tiktok-sandbox')
    await t.login.start('tiktok-sandbox')
    expect((await first.done).phase).toBe('cancelled')
    const back = await approveAtAuthPage(first.authUrl)
    await expect(fetch(back)).rejects.toThrow()
    expect(t.vault.has('tiktok-sandbox')).toBe(false)
  })

  it('asks for the app id and secret before opening anything', async () => {
    const t = await setup({ app: null })
    await expect(t.login.start('tiktok-sandbox')).rejects.toThrow(/app’s id and secret/)
    expect(t.opened).toEqual([])
  })

  it('reports a refused exchange without the secret or the code in any message or log line', async () => {
    const t = await setup({ app: { appId: APP.appId, secret: 'not-the-secret-123' } })
    let code = ''
    t.setBrowser(async (url) => {
      const back = await approveAtAuthPage(url)
      code = back.searchParams.get('auth_code')!
      await fetch(back)
    })
    const { done } = await t.login.start('tiktok-sandbox')
    const end = await done
    expect(end.phase).toBe('failed')
    expect(end.message).toContain('40001')
    const said = JSON.stringify([t.events, t.logs])
    expect(code).not.toBe('')
    expect(said).not.toContain('not-the-secret-123')
    expect(said).not.toContain(code)
    expect(t.vault.has('tiktok-sandbox')).toBe(false)
  })

  it('disconnect revokes the token at TikTok and forgets it', async () => {
    const t = await setup()
    t.setBrowser(browserApproves)
    await (
      await t.login.start('tiktok-sandbox')
    ).done
    const token = t.vault.load('tiktok-sandbox')!
    expect(await t.login.disconnect('tiktok-sandbox')).toMatchObject({ revoked: true })
    expect(t.vault.has('tiktok-sandbox')).toBe(false)
    expect((await call(t.server.baseUrl, 'GET', '/oauth2/advertiser/get/', { app_id: APP.appId, secret: APP.secret }, token)).code).toBe(40105)
  })

  it('disconnect forgets the token even when TikTok cannot be reached, and says to remove the access there', async () => {
    const t = await setup()
    t.vault.save('tiktok-sandbox', 'a-token-that-stays-secret')
    const closed = await sandbox()
    const unreachable = closed.baseUrl
    await closed.close()
    const offline = createOAuthLogin({
      vault: t.vault,
      baseUrlOf: () => unreachable,
      openExternal: () => {},
      onEvent: () => {},
      onTokenChanged: () => {},
    })
    const out = await offline.disconnect('tiktok-sandbox')
    expect(out.revoked).toBe(false)
    expect(out.message).toMatch(/Remove Adwright’s access in TikTok/)
    expect(out.message).not.toContain('a-token-that-stays-secret')
    expect(t.vault.has('tiktok-sandbox')).toBe(false)
  })
})
