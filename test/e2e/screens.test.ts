/**
 * Every screen at the two window sizes buyers use most (1440×900, 1280×800), in
 * light and dark: a screenshot of each for review, and a check that the window
 * itself never scrolls — each page fits the window and scrolls inside its panels,
 * as a desktop app does, so nothing hides below the status bar.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { chromiumPath, openHarness, type Harness } from './harness'

let h: Harness | undefined
afterEach(async () => {
  await h?.close()
  h = undefined
})

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1280, height: 800 },
] as const

/** How far the document extends past the window, in CSS pixels (0 when it fits). */
const overflow = (page: Harness['page']) =>
  page.evaluate(() => {
    const el = document.scrollingElement!
    return { x: el.scrollWidth - window.innerWidth, y: el.scrollHeight - window.innerHeight }
  })

describe.skipIf(!chromiumPath)('every screen fits the window', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`${scheme}: campaigns (campaign, ad group, ad editors), reach, results, sync, settings`, async () => {
      h = await openHarness({ colorScheme: scheme })
      const { page } = h
      const nav = page.getByRole('navigation', { name: 'Main' })
      await nav.waitFor()
      const row = (name: RegExp) => page.getByRole('treeitem', { name }).first()
      const screens: Array<[string, () => Promise<void>]> = [
        [
          'campaign',
          async () => {
            await nav.getByRole('button', { name: 'Campaigns' }).click()
            await row(/Trail Shoes – Web Sales/).click()
            await page.getByLabel('Campaign name').waitFor()
          },
        ],
        [
          'adgroup',
          async () => {
            await page.getByRole('tree').press('ArrowRight')
            await row(/Trail Shoes US 25-44/).click()
            await page.getByLabel('Ad group name').waitFor()
          },
        ],
        [
          'ad',
          async () => {
            await page.getByRole('tree').press('ArrowRight')
            await page.getByRole('tree').press('ArrowDown')
            await page.getByLabel('Ad name').waitFor()
          },
        ],
        ['reach', () => nav.getByRole('button', { name: 'Audiences & Reach' }).click()],
        ['results', () => nav.getByRole('button', { name: 'Results' }).click()],
        ['sync', () => nav.getByRole('button', { name: 'Sync' }).click()],
        ['settings', () => nav.getByRole('button', { name: 'Settings' }).click()],
      ]
      const seen: Record<string, { x: number; y: number }> = {}
      for (const size of SIZES) {
        await page.setViewportSize(size)
        for (const [name, open] of screens) {
          await open()
          await page.waitForTimeout(150)
          seen[`${name} ${size.width}×${size.height}`] = await overflow(page)
          await h.screenshot(`screen-${name}-${size.width}x${size.height}-${scheme}`)
        }
      }
      const spilled = Object.entries(seen).filter(([, o]) => o.x > 0 || o.y > 0)
      expect(spilled).toEqual([])
    })
  }
})

describe.skipIf(!chromiumPath)('long and empty names', () => {
  it('keeps the editor header to two lines for a 512-character name, and says "(no name)" for an empty one', async () => {
    h = await openHarness()
    const { page } = h
    await page.setViewportSize({ width: 1280, height: 800 })
    await page
      .getByRole('treeitem', { name: /Trail Shoes – Web Sales/ })
      .first()
      .click()
    const name = page.getByLabel('Campaign name')
    await name.fill('Trail running shoes for wet rock and muddy forest paths '.repeat(10).slice(0, 512))
    await name.press('Tab')
    const title = page.locator('.editor-title')
    await expect.poll(() => title.getAttribute('title')).toMatch(/^Trail running shoes/)
    const lineHeight = await title.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight) || 20)
    expect((await title.boundingBox())!.height).toBeLessThanOrEqual(2 * lineHeight + 2)
    await h.screenshot('editor-long-name-light')
    await name.fill('')
    await name.press('Tab')
    await expect.poll(() => title.textContent()).toBe('(no name)')
  })
})
