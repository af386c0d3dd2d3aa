import { afterEach, describe, expect, it } from 'vitest'
import { chromiumPath, openHarness, type Harness } from './harness'

let h: Harness | undefined
afterEach(async () => {
  await h?.close()
  h = undefined
})

describe.skipIf(!chromiumPath)('app shell in Chromium', () => {
  it('shows the layout, navigates, and keeps a changed setting across reload and restart', async () => {
    h = await openHarness()
    const { page } = h

    // The shell: navigation, the demo advertiser, the status bar.
    await page.getByRole('navigation', { name: 'Main' }).waitFor()
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Embedded sandbox')
    expect(await page.getByLabel('Advertiser account').inputValue()).toBe('7301000000000000001')
    expect(await page.getByTestId('pending-count').textContent()).toBe('No pending changes')
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Campaigns')
    await h.screenshot('app-shell-light')

    // Navigate by click and by keyboard.
    await page.getByRole('button', { name: 'Results' }).click()
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Results')
    await page.keyboard.press('Control+4')
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Sync')
    expect(await page.getByRole('button', { name: 'Sync' }).getAttribute('aria-current')).toBe('page')

    // Change a setting.
    await page.keyboard.press('Control+,')
    await page.getByRole('radio', { name: 'Dark' }).check()
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark')
    await h.screenshot('settings-dark')

    // Reload: the setting came back from disk through the back end.
    await page.reload()
    await page.getByRole('navigation', { name: 'Main' }).waitFor()
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark')
    await page.getByRole('button', { name: 'Settings' }).click()
    expect(await page.getByRole('radio', { name: 'Dark' }).isChecked()).toBe(true)

    // Restart the back end on the same data folder: still there.
    await h.restartBackend()
    await page.getByRole('button', { name: 'Settings' }).click()
    expect(await page.getByRole('radio', { name: 'Dark' }).isChecked()).toBe(true)
    await page.getByRole('button', { name: 'Campaigns' }).click()
    await h.screenshot('app-shell-dark')
  })

  it('follows the OS theme when set to match the system', async () => {
    h = await openHarness({ colorScheme: 'dark' })
    await expect.poll(() => h!.page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark')
  })

  it('reports an invalid setting from the back end instead of saving it', async () => {
    h = await openHarness()
    await h.page.getByRole('navigation', { name: 'Main' }).waitFor()
    const r = await h.page.evaluate(() => window.adwright!.invoke('settings:update', { theme: 'sepia' as never }))
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST', issues: [{ path: 'theme' }] } })
  })
})
