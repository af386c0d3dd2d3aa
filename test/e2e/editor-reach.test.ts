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

  it('clears an optional field back to unset from the editor', async () => {
    h = await openHarness()
    const { page } = h
    const row = (name: RegExp) => page.getByRole('treeitem', { name })
    await row(/Trail Shoes – Web Sales/).click()
    await page.getByRole('tree').press('ArrowRight')
    await row(/Trail Shoes US 25-44/).click()
    const event = page.getByLabel('Optimization event')
    expect(await event.inputValue()).not.toBe('')
    await event.selectOption({ label: 'None' })
    const stored = () =>
      page.evaluate(async () => {
        const r = await window.adwright!.invoke('account:open', { advertiserId: '7301000000000000001' })
        if (!r.ok) throw new Error(r.error.message)
        return r.value.adgroups.find((g) => g.adgroup_name === 'Trail Shoes US 25-44')!.optimization_event ?? 'unset'
      })
    await expect.poll(stored).toBe('unset')
    // The web-conversion rule now asks for an event again, in the problems panel.
    await page.getByRole('tab', { name: /Problems/ }).click()
    await expect.poll(() => page.getByRole('tabpanel').textContent()).toContain('choose the website event to optimise for')
  })
})
