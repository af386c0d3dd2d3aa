/** Upgraded Smart+ ads in Results, in Chromium: each ad one row with its badge, and its creatives one click away. */
import { afterEach, describe, expect, it } from 'vitest'
import { chromiumPath, openHarness, type Harness } from './harness'
import { putSmartPlus } from '../helpers/smart-plus'
import { TEST_NOW } from '../helpers/clock'

const ADVERTISER = '7301000000000000001'
let h: Harness | undefined
afterEach(async () => {
  await h?.close()
  h = undefined
})

/** "$1,234.56" → 1234.56 */
const money = (text: string | null) => Number((text ?? '').replace(/[^\d.]/g, ''))

describe.skipIf(!chromiumPath)('Smart+ results in Chromium', () => {
  it('rolls a Smart+ ad’s creatives into one ad row and lists them on demand', async () => {
    h = await openHarness()
    const { page } = h
    await page.setViewportSize({ width: 1440, height: 900 })
    await page.getByRole('navigation', { name: 'Main' }).waitFor()
    // On TikTok's side: a Smart+ campaign of four ads, two creatives each, delivering for the last twelve days.
    const sandbox = await h.embeddedSandbox()
    const { ads } = putSmartPlus(sandbox, ADVERTISER, new Date(TEST_NOW.getTime() - 12 * 86_400_000), 'Smart+ spring')
    await page.getByRole('button', { name: 'Results' }).click()
    await page.getByLabel('Level').selectOption('ad')
    await page.getByRole('button', { name: 'Refresh from TikTok' }).first().click()
    await page.getByTestId('kpi-spend').waitFor()
    await page.getByRole('tab', { name: 'By ad' }).click()

    const table = page.getByRole('table', { name: 'Results by ad' })
    const smartRows = table.locator('tbody tr', { has: page.locator('.badge-smart-plus') })
    // One row per Smart+ ad, none per creative.
    await expect.poll(() => smartRows.count()).toBe(ads.length)
    const row = table.locator('tbody tr', { hasText: 'Smart+ spring ad 1.1' })
    expect(await row.locator('td').first().textContent()).toBe('Smart+ spring ad 1.1Smart+2 creatives')
    const adSpend = money(await row.locator('td').nth(1).textContent())
    expect(adSpend).toBeGreaterThan(0)

    await row.getByRole('button', { name: '2 creatives' }).click()
    const panel = page.getByRole('region', { name: 'Creatives of Smart+ spring ad 1.1' })
    const creatives = panel.getByRole('table').locator('tbody tr')
    await expect.poll(() => creatives.count()).toBe(2)
    expect((await creatives.locator('td:first-child').allTextContents()).sort()).toEqual(['v111', 'v112'])
    // The creatives add up to the ad (each figure is rounded to the cent on screen).
    const spends = await creatives.locator('td:nth-child(2)').allTextContents()
    expect(Math.abs(spends.map(money).reduce((a, b) => a + b, 0) - adSpend)).toBeLessThanOrEqual(0.02)
    const shares = await creatives.locator('td:nth-child(3)').allTextContents()
    for (const s of shares) expect(s).toMatch(/^\d+(\.\d+)?%$/)
    await panel.scrollIntoViewIfNeeded()
    await h.screenshot('results-smart-plus-creatives')

    // Offline, the ad's own figures stay; the live creatives view says why it is empty.
    await panel.getByRole('button', { name: 'Close' }).click()
    await sandbox.close()
    await row.getByRole('button', { name: '2 creatives' }).click()
    await expect
      .poll(() => page.getByRole('region', { name: 'Creatives of Smart+ spring ad 1.1' }).getByRole('alert').textContent(), { timeout: 20_000 })
      .toMatch(/come live from TikTok; the ad’s own figures above are saved on this computer\.$/)
    expect(money(await row.locator('td').nth(1).textContent())).toBe(adSpend)
  }, 90_000)
})
