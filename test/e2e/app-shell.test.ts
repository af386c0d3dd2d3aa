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

  it('connects a TikTok profile from Settings by a pasted token (advanced): checks the token, then stores it', async () => {
    h = await openHarness()
    const { page } = h
    await page.getByRole('button', { name: 'Settings' }).click()
    await page.getByLabel('Send changes to').selectOption('production')
    await page.getByText('Advanced: paste an access token instead').click()
    const token = page.getByLabel('Access token for Production')
    await token.fill('short')
    await page.getByRole('button', { name: 'Save token' }).click()
    await expect.poll(() => page.locator('#access-token-msg').textContent()).toContain('paste the whole token')
    // The browser harness keeps tokens in memory only; the real app encrypts them with safeStorage.
    await token.fill('a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6')
    await page.getByRole('button', { name: 'Save token' }).click()
    await expect.poll(() => page.locator('#access-token-msg').textContent()).toContain('The token is stored encrypted')
    expect(await page.getByRole('status').textContent()).toContain('Production — connected')
    await h.screenshot('settings-connect-token')
  })

  it('lists the shortcuts on "?" and sends Esc in a field back to its tree row, with the typing undone', async () => {
    h = await openHarness()
    const { page } = h
    const row = page.getByRole('treeitem', { name: /Trail Shoes – Web Sales/ }).first()
    await row.click()
    // "?" typed in a field is text, not a shortcut.
    const name = page.getByLabel('Campaign name')
    await name.focus()
    await page.keyboard.type('?')
    expect(await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).count()).toBe(0)
    await page.keyboard.press('Escape')
    // Esc put the saved name back and focus on the tree, whose active row is the campaign.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('tree')
    expect(await name.inputValue()).toBe('Trail Shoes – Web Sales')
    expect(await page.getByRole('tree').getAttribute('aria-activedescendant')).toBe(await row.getAttribute('id'))
    await page.keyboard.press('?')
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
    await dialog.waitFor()
    expect(await dialog.textContent()).toContain('Ctrl/⌘+3Go to Results')
    await h.screenshot('shortcuts-light')
    await page.keyboard.press('Escape')
    await expect.poll(() => dialog.isVisible()).toBe(false)
  })
})
