import { afterEach, describe, expect, it } from 'vitest'
import { chromiumPath, openHarness, type Harness } from './harness'

let h: Harness | undefined
afterEach(async () => {
  await h?.close()
  h = undefined
})

describe.skipIf(!chromiumPath)('reach beside the ad-group editor', () => {
  it('follows saved edits and puts compliance violations in the problems panel', async () => {
    h = await openHarness()
    const { page } = h
    const row = (name: RegExp) => page.getByRole('treeitem', { name })
    await row(/Trail Shoes – Web Sales/).click()
    await page.getByRole('tree').press('ArrowRight')
    await row(/Trail Shoes EU 25-44/).click()

    const reach = page.getByRole('complementary', { name: 'Reach' }).getByTestId('reach-panel')
    await reach.waitFor()
    const total = reach.getByTestId('reach-total')
    const before = await total.textContent()
    expect(before).toMatch(/\d/)
    const violations = reach.getByRole('region', { name: 'Rule violations' })
    expect(await violations.count()).toBe(0)

    // Teens with interests in the EU: blocked by the consent rules, shown in both places with its rule.
    const ages = page.getByRole('group', { name: 'Ages' })
    await ages.getByLabel('13–17').check()
    await expect.poll(() => violations.textContent()).toMatch(/13–17|minors|under 18/i)
    await page.getByRole('tab', { name: /Problems/ }).click()
    const problems = page.getByRole('tabpanel')
    await expect.poll(() => problems.textContent()).toContain('Trail Shoes EU 25-44')
    await h.screenshot('editor-reach-eu-minors')

    // Removing the teens clears it everywhere.
    await ages.getByLabel('13–17').uncheck()
    await expect.poll(() => violations.count()).toBe(0)

    // Narrowing the ages narrows the estimate.
    await ages.getByLabel('35–44').uncheck()
    await expect.poll(() => total.textContent()).not.toBe(before)
  })
})
