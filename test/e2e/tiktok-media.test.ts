/**
 * A downloaded account shows the videos and images it already has on TikTok, with covers copied at pull time and
 * served from this machine (issue 13, item 3), in the Creatives page, the ad editor's picker and the preview.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { chromiumPath, openHarness, type Harness } from './harness'
import { pullAccount } from './pull-account'

let h: Harness | undefined
afterEach(async () => {
  await h?.close()
  h = undefined
})

describe.skipIf(!chromiumPath)('media already on TikTok', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`lists the pulled videos and images with cached covers, and an ad using one shows its cover (${colorScheme})`, async () => {
      h = await openHarness({ colorScheme })
      const { page } = h
      await page.setViewportSize({ width: 1440, height: 900 })
      const nav = page.getByRole('navigation', { name: 'Main' })
      await nav.getByRole('button', { name: 'Creatives' }).click()
      await page.getByRole('tab', { name: 'Already on TikTok (0)' }).click()
      await page.getByText(/^Not pulled yet/).waitFor()

      await pullAccount(page)
      await nav.getByRole('button', { name: 'Creatives' }).click()
      const tab = page.getByRole('tab', { name: /^Already on TikTok \(\d+\)$/ })
      await expect.poll(async () => Number((await tab.textContent())!.match(/\((\d+)\)/)![1])).toBeGreaterThan(5)
      await tab.click()
      const tiles = page.getByRole('list', { name: 'TikTok media' }).getByRole('listitem')
      const count = Number((await tab.textContent())!.match(/\((\d+)\)/)![1])
      expect(await tiles.count()).toBe(count)
      // Every cover is a decoded image served from the cache on this machine, not TikTok's link.
      const covers = page.locator('.tiktok-media-grid img.creative-thumb')
      await expect
        .poll(() => covers.evaluateAll((imgs: HTMLImageElement[]) => imgs.filter((i) => i.complete && i.naturalWidth > 0).length), {
          timeout: 15_000,
        })
        .toBe(count)
      expect(await covers.first().getAttribute('src')).toMatch(/\/__bridge\/media\/\d+\/[0-9a-f]{32}\/cover/)
      const ridge = tiles.filter({ hasText: 'Ridge runner 15s – Asia.mp4' })
      expect(await ridge.textContent()).toMatch(/Video · 1080×1920 9:16 · 0:15.*Used by 1 ad/)
      await page.getByRole('searchbox', { name: 'Search TikTok media' }).fill('asia')
      await expect.poll(() => tiles.count()).toBeLessThan(count)
      await h.screenshot(`tiktok-media-1440-${colorScheme}`)

      // The ad that runs it: the picker shows it picked, the preview its cover.
      await nav.getByRole('button', { name: 'Campaigns' }).click()
      const row = (name: RegExp) => page.getByRole('treeitem', { name })
      await row(/Trail Shoes – Web Sales/).click()
      await page.getByRole('tree').press('ArrowRight')
      await row(/^Ad group: .*Trail Shoes Asia test 18-34/).click()
      await page.getByRole('tree').press('ArrowRight')
      await row(/^Ad: .*Ridge runner 15s – Asia/).click()
      const option = page.getByRole('listbox', { name: 'Video' }).getByRole('option', { name: /Ridge runner 15s – Asia\.mp4/ })
      expect(await option.getAttribute('aria-selected')).toBe('true')
      const preview = page.getByRole('figure', { name: 'In-feed preview' })
      await expect.poll(() => preview.locator('img.ad-preview-media').evaluate((i: HTMLImageElement) => i.naturalWidth)).toBeGreaterThan(0)
      expect(await preview.textContent()).toContain('Cover · the file is on TikTok')
      await page.setViewportSize({ width: 1280, height: 800 })
      await h.screenshot(`tiktok-media-ad-1280-${colorScheme}`)
    })
  }

  it('shows the Spark posts with the covers the pull copied, in the picker and the preview', async () => {
    h = await openHarness()
    const { page } = h
    await page.setViewportSize({ width: 1440, height: 900 })
    await pullAccount(page)
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Campaigns' }).click()
    const row = (name: RegExp) => page.getByRole('treeitem', { name })
    await row(/Trail Shoes – Web Sales/).click()
    await page.getByRole('tree').press('ArrowRight')
    await row(/^Ad group: .*Trail Shoes US 25-44/).click()
    await page.getByRole('button', { name: '+ Ad', exact: true }).click()
    await page.getByLabel('Use a TikTok post').check()
    // Every post has its copied cover (none falls back to the plain box); those in view are decoded (the rest load lazily).
    const covers = page.getByRole('listbox', { name: 'TikTok post' }).locator('img.spark-post-cover')
    await expect.poll(() => covers.count()).toBe(24)
    await expect.poll(() => covers.first().evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true)
    expect(await covers.first().getAttribute('src')).toMatch(/\/cover/)
    await page.getByRole('listbox', { name: 'TikTok post' }).getByRole('option').first().click()
    const preview = page.getByRole('figure', { name: 'In-feed preview' })
    await expect.poll(() => preview.textContent()).toContain('Cover · the TikTok post runs as posted')
    expect(await preview.locator('img.ad-preview-media').evaluate((i: HTMLImageElement) => i.naturalWidth)).toBeGreaterThan(0)
    await h.screenshot('spark-post-covers-1440-light')
  })
})
