/**
 * The ad preview on each placement of its ad group (issue 13, item 5): TikTok's feed, Pangle and Global App Bundle,
 * with what the file breaks in each placement's own specs.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { makeVideo } from '../helpers/media'
import { dropFiles } from './drop-files'
import { chromiumPath, openHarness, type Harness } from './harness'

let h: Harness | undefined
let files: string | undefined
afterEach(async () => {
  await h?.close()
  h = undefined
  if (files) rmSync(files, { recursive: true, force: true })
})

describe.skipIf(!chromiumPath)('ad previews per placement', { timeout: 180_000 }, () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`shows one tab per placement, a cross-app preview with its own spec problems (${colorScheme})`, async () => {
      files = mkdtempSync(join(tmpdir(), 'adwright-media-'))
      // 35 s: fine in TikTok's feed and on Pangle (≤ 60 s), too long for Global App Bundle (≤ 30 s).
      const clip = makeVideo(files, 'canyon-35s', { width: 720, height: 1280, seconds: 35, kbps: 600 })
      h = await openHarness({ colorScheme })
      const { page } = h
      await page.setViewportSize({ width: 1440, height: 900 })
      const nav = page.getByRole('navigation', { name: 'Main' })
      await nav.getByRole('button', { name: 'Creatives' }).click()
      await dropFiles(h, '.creatives-page', [clip])
      await expect.poll(() => page.getByRole('listbox', { name: 'Creatives' }).getByRole('option').count(), { timeout: 20_000 }).toBe(1)

      // An ad in the Asia test ad group, which shows on TikTok and Pangle.
      await nav.getByRole('button', { name: 'Campaigns' }).click()
      const row = (name: RegExp) => page.getByRole('treeitem', { name })
      await row(/Trail Shoes – Web Sales/).click()
      await page.getByRole('tree').press('ArrowRight')
      await row(/^Ad group: .*Trail Shoes Asia test 18-34/).click()
      await page.getByRole('button', { name: '+ Ad', exact: true }).click()
      await page.getByLabel('Ad text').fill('Grip on every rock.')
      await page.getByLabel('Ad text').press('Tab')
      await page
        .getByRole('listbox', { name: 'Video' })
        .getByRole('option', { name: /canyon-35s/ })
        .click()

      const tabs = page.getByRole('tablist', { name: 'Preview on' })
      expect(await tabs.getByRole('tab').allTextContents()).toEqual(['TikTok', 'Pangle'])
      await page.getByRole('figure', { name: 'In-feed preview' }).waitFor()
      // From the keyboard: the arrow moves to Pangle's preview, drawn as another app's full-screen slot.
      await tabs.getByRole('tab', { name: 'TikTok' }).focus()
      await page.keyboard.press('ArrowRight')
      const pangle = page.getByRole('figure', { name: 'Pangle preview' })
      await pangle.waitFor()
      expect(await tabs.getByRole('tab', { name: 'Pangle' }).evaluate((b) => b === document.activeElement)).toBe(true)
      expect(await pangle.getByTestId('preview-text').textContent()).toBe('Grip on every rock.')
      expect(await pangle.getByTestId('preview-cta').textContent()).toBe('Learn more')
      await expect.poll(() => pangle.locator('video').evaluate((v: HTMLVideoElement) => v.readyState)).toBeGreaterThanOrEqual(2)
      expect(await pangle.getByRole('list', { name: 'Problems on Pangle' }).count()).toBe(0)
      await h.screenshot(`placement-preview-pangle-1440-${colorScheme}`)

      // Global App Bundle added to the ad group: its tab shows that 35 s is over its 30 s.
      await row(/^Ad group: .*Trail Shoes Asia test 18-34/).click()
      await page.getByRole('group', { name: 'Show ads on' }).getByLabel('Global App Bundle').check()
      await row(/^Ad: .*New ad/).click()
      await tabs.getByRole('tab', { name: 'Global App Bundle' }).click()
      const bundle = page.getByRole('figure', { name: 'Global App Bundle preview' })
      expect(await bundle.getByRole('list', { name: 'Problems on Global App Bundle' }).textContent()).toMatch(/35.*30/)
      await page.setViewportSize({ width: 1280, height: 800 })
      await h.screenshot(`placement-preview-bundle-1280-${colorScheme}`)
    })
  }
})
