/**
 * Log in with TikTok for Business in Chromium: Settings → app id and secret → "Connect TikTok account" → the
 * sandbox's stand-in authorization page in another tab → back through the loopback redirect → three advertisers
 * in two currencies (and the Business Center's accounts, not granted) in the switcher → pick one, get recent
 * changes → disconnect. The "TikTok sandbox" profile points at a local sandbox server for this.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { SANDBOX_APP, SANDBOX_BC_ADVERTISERS } from '#backend/sandbox/oauth-directory'
import { startSandboxServer, type SandboxServer } from '#backend/sandbox/server'
import { testNow } from '../helpers/clock'
import { chromiumPath, openHarness, type Harness } from './harness'

let h: Harness | undefined
let tiktok: SandboxServer | undefined
afterEach(async () => {
  await h?.close()
  await tiktok?.close()
  h = undefined
  tiktok = undefined
})

describe.skipIf(!chromiumPath)('log in with TikTok for Business', () => {
  it('connects through the authorization page, lists every advertiser, gets recent changes for one, and disconnects', async () => {
    tiktok = await startSandboxServer({ now: testNow, qps: { default: 1000 } })
    const opened: string[] = []
    h = await openHarness({ services: { baseUrls: { 'tiktok-sandbox': tiktok.baseUrl }, onOpenExternal: (url) => opened.push(url) } })
    const { page } = h
    await page.getByRole('button', { name: 'Settings' }).click()
    await page.getByLabel('Send changes to').selectOption('tiktok-sandbox')
    await expect.poll(() => page.getByRole('status').textContent()).toContain('connect a TikTok account')
    expect(await page.getByRole('button', { name: 'Connect TikTok account' }).isDisabled()).toBe(true)

    await page.getByLabel('App id').fill(SANDBOX_APP.app_id)
    await page.getByLabel('App secret').fill(SANDBOX_APP.secret)
    await page.getByRole('button', { name: 'Save app' }).click()
    await expect.poll(() => page.getByRole('button', { name: 'Connect TikTok account' }).isEnabled()).toBe(true)
    // Write-only: the fields empty and the secret is nowhere on the page.
    expect(await page.getByLabel('App secret').inputValue()).toBe('')
    expect(await page.content()).not.toContain(SANDBOX_APP.secret)

    await page.getByRole('button', { name: 'Connect TikTok account' }).click()
    await expect.poll(() => opened.length).toBe(1)
    await expect.poll(() => page.locator('#tiktok-login-msg').textContent()).toContain('Waiting for you to approve')

    // The user's browser: TikTok's page (the sandbox's stand-in), approve, land on Adwright's loopback page.
    const tab = await h.openPage(opened[0]!)
    await tab.getByRole('button', { name: 'Authorize' }).click()
    await tab.getByRole('heading', { name: 'You are signed in' }).waitFor()
    expect(new URL(tab.url()).hostname).toBe('127.0.0.1')
    await tab.close()

    await expect.poll(() => page.locator('#tiktok-login-msg').textContent()).toContain('Connected to TikTok with 3 ad accounts')
    await expect.poll(() => page.getByRole('status').textContent()).toContain('TikTok sandbox — connected')
    const switcher = page.getByLabel('Advertiser account')
    await expect.poll(() => switcher.locator('option:not([disabled])').count()).toBe(3)
    const granted = await switcher.locator('option:not([disabled])').allTextContents()
    expect(granted.filter((t) => t.includes(' · USD'))).toHaveLength(2)
    expect(granted.filter((t) => t.includes(' · EUR'))).toHaveLength(1)
    expect(await switcher.locator('option[disabled]').count()).toBe(SANDBOX_BC_ADVERTISERS.length)
    await h.screenshot('settings-tiktok-connected')

    // Search by part of an id, then pick the German account.
    await page.getByLabel('Find an advertiser').fill('0000013')
    await expect.poll(() => page.locator('.account-search-count').textContent()).toBe('1 found')
    await switcher.selectOption('7302000000000000013')
    await page.getByLabel('Find an advertiser').fill('')
    await page.getByRole('button', { name: 'Sync' }).click()
    await page.getByRole('button', { name: 'Get recent changes' }).click()
    await page.getByText(/^Downloaded/).waitFor()
    expect(tiktok.stats('/campaign/get/').requests).toBeGreaterThan(0)

    // An agency's second TikTok user, granted two of the Business Center's accounts: a second login, side by side.
    await page.getByRole('button', { name: 'Settings' }).click()
    await page.getByRole('button', { name: 'Connect another TikTok account' }).click()
    await expect.poll(() => opened.length).toBe(2)
    const second = await h.openPage(opened[1]!)
    const ticked = second.getByRole('checkbox', { checked: true })
    while ((await ticked.count()) > 0) await ticked.first().uncheck()
    for (const a of SANDBOX_BC_ADVERTISERS.slice(0, 2)) await second.getByRole('checkbox', { name: new RegExp(a.advertiser_id) }).check()
    await second.getByRole('button', { name: 'Authorize' }).click()
    await second.getByRole('heading', { name: 'You are signed in' }).waitFor()
    await second.close()
    const logins = page.getByRole('list', { name: 'Connected TikTok logins' }).getByRole('listitem')
    await expect.poll(() => logins.count()).toBe(2)
    await expect.poll(() => logins.nth(1).textContent()).toContain('2 advertisers granted')
    // The switcher lists each advertiser under the login that reaches it; the two accounts are now openable.
    await expect.poll(() => switcher.locator('optgroup').count()).toBe(2)
    await expect.poll(() => switcher.locator('option:not([disabled])').count()).toBe(5)
    expect(await switcher.locator('optgroup').nth(1).getAttribute('label')).toMatch(/^Login 2 · /)
    await h.screenshot('settings-tiktok-two-logins')
    await page.emulateMedia({ colorScheme: 'dark' })
    await h.screenshot('settings-tiktok-two-logins-dark')
    await page.emulateMedia({ colorScheme: 'light' })

    await page.getByRole('button', { name: 'Disconnect all' }).click()
    await expect.poll(() => page.locator('#tiktok-login-msg').textContent()).toContain('TikTok has revoked Adwright’s access')
    await expect.poll(() => page.getByRole('status').textContent()).toContain('connect a TikTok account')
    expect(await page.locator('.account-switcher.empty').textContent()).toContain('No advertiser')
  })

  it('shows "needs reconnect" with the reason when TikTok refuses the token, says drafts are kept, and reconnects in one click', async () => {
    tiktok = await startSandboxServer({ now: testNow, qps: { default: 1000 } })
    const opened: string[] = []
    h = await openHarness({ services: { baseUrls: { 'tiktok-sandbox': tiktok.baseUrl }, onOpenExternal: (url) => opened.push(url) } })
    const { page } = h
    const approve = async (url: string) => {
      const tab = await h!.openPage(url)
      await tab.getByRole('button', { name: 'Authorize' }).click()
      await tab.getByRole('heading', { name: 'You are signed in' }).waitFor()
      await tab.close()
    }
    await page.getByRole('button', { name: 'Settings' }).click()
    await page.getByLabel('Send changes to').selectOption('tiktok-sandbox')
    await page.getByLabel('App id').fill(SANDBOX_APP.app_id)
    await page.getByLabel('App secret').fill(SANDBOX_APP.secret)
    await page.getByRole('button', { name: 'Save app' }).click()
    await page.getByRole('button', { name: 'Connect TikTok account' }).click()
    await expect.poll(() => opened.length).toBe(1)
    await approve(opened[0]!)
    await expect.poll(() => page.getByRole('status').textContent()).toContain('TikTok sandbox — connected')

    // TikTok stops accepting the token (as if it expired); the next call finds out.
    tiktok.faults.expireTokens()
    await page.getByRole('button', { name: 'Sync' }).click()
    await page.getByRole('button', { name: 'Get recent changes' }).click()
    const banner = page.getByRole('alert').filter({ hasText: 'needs reconnect' })
    await banner.waitFor()
    expect(await banner.textContent()).toContain('TikTok says the access token has expired')
    expect(await banner.textContent()).toContain('drafts and pending changes are kept')
    await h.screenshot('reconnect-banner')

    tiktok.faults.restoreTokens()
    await banner.getByRole('button', { name: 'Reconnect' }).click()
    await expect.poll(() => opened.length).toBe(2)
    await approve(opened[1]!)
    await expect.poll(() => page.getByRole('status').textContent()).toContain('TikTok sandbox — connected')
    expect(await page.getByRole('alert').filter({ hasText: 'needs reconnect' }).count()).toBe(0)
  })

  it('in a build with the distributor’s app built in, asks only for the secret and connects with that app', async () => {
    tiktok = await startSandboxServer({ now: testNow, qps: { default: 1000 } })
    const opened: string[] = []
    h = await openHarness({
      services: { baseUrls: { 'tiktok-sandbox': tiktok.baseUrl }, onOpenExternal: (url) => opened.push(url), builtInAppId: SANDBOX_APP.app_id },
    })
    const { page } = h
    await page.getByRole('button', { name: 'Settings' }).click()
    await page.getByLabel('Send changes to').selectOption('tiktok-sandbox')
    await page.getByText(`logs in with the TikTok app ${SANDBOX_APP.app_id}, built in by its distributor`).waitFor()
    expect(await page.getByLabel('App id').count()).toBe(0)
    await page.getByLabel('App secret').fill(SANDBOX_APP.secret)
    await page.getByRole('button', { name: 'Save secret' }).click()
    await expect.poll(() => page.getByRole('button', { name: 'Connect TikTok account' }).isEnabled()).toBe(true)
    await page.getByRole('button', { name: 'Connect TikTok account' }).click()
    await expect.poll(() => opened.length).toBe(1)
    expect(new URL(opened[0]!).searchParams.get('app_id')).toBe(SANDBOX_APP.app_id)
    await h.screenshot('settings-tiktok-built-in-app')
  })
})
