import { afterEach, describe, expect, it } from 'vitest'
import { chromiumPath, openHarness, type Harness } from './harness'

let h: Harness | undefined

/** The whole page at a height that fits the reach panel, so its screenshot shows every part. */
async function shoot(name: string) {
  await h!.page.setViewportSize({ width: 1280, height: 2100 })
  await h!.screenshot(name)
  await h!.page.setViewportSize({ width: 1280, height: 800 })
}
afterEach(async () => {
  await h?.close()
  h = undefined
})

describe.skipIf(!chromiumPath)('reach panel in Chromium', () => {
  it('explains EU minors, US Pangle and Japan cross-app reach while the targeting changes', async () => {
    h = await openHarness()
    const { page } = h
    await page.getByRole('navigation', { name: 'Main' }).waitFor()
    await page.getByRole('button', { name: 'Audiences & Reach' }).click()
    const panel = page.getByTestId('reach-panel')
    const total = page.getByTestId('reach-total')
    const violations = panel.getByRole('region', { name: 'Rule violations' })
    const reasons = panel.getByRole('region', { name: 'Why this reach' })
    const check = (name: string, on = true) => page.getByRole('checkbox', { name, exact: true }).setChecked(on)
    await total.waitFor()
    const usBroad = await total.textContent()

    // Germany, an interest and ages 13–17: the EU minors rule fires, with its source.
    await check('United States', false)
    await check('Germany')
    await page.getByRole('searchbox', { name: 'Search interests' }).fill('mobile games')
    await check('Mobile games')
    await check('13–17')
    const minors = violations.locator('[data-rule="compliance.eu.minors-personalised"]')
    await minors.waitFor()
    expect(await minors.textContent()).toContain('Ages 13–17 in Germany cannot be targeted by interests')
    expect(await minors.textContent()).toContain('Source: EU Digital Services Act Art. 28(2)')
    expect(await reasons.textContent()).toContain('interest targeting reaches 50% of adults')
    const euWithTeens = await total.textContent()
    expect(euWithTeens).not.toBe(usBroad)
    await shoot('reach-eu-minors')

    // Without 13–17 the violation clears and the age step follows; the total stays, since EU teens counted 0 anyway.
    const ageStep = panel.locator('.wf-steps tr', { hasText: 'Age' }).first()
    const ageWithTeens = await ageStep.textContent()
    await check('13–17', false)
    await expect.poll(() => minors.count()).toBe(0)
    await expect.poll(() => ageStep.textContent()).not.toBe(ageWithTeens)
    expect(await total.textContent()).toBe(euWithTeens)

    // Pangle for a US targeting: unavailable there, and it adds no one.
    await check('Germany', false)
    await check('United States')
    const usInterest = await total.textContent()
    await check('Pangle (TikTok Ad Network)')
    const pangle = violations.locator('[data-rule="compliance.cross-app.us-eu"]')
    await pangle.waitFor()
    expect(await pangle.textContent()).toMatch(/Pangle \(TikTok Ad Network\) is unavailable in United States/)
    expect(await reasons.textContent()).toContain('United States: Pangle (TikTok Ad Network) adds no one')
    expect(await total.textContent()).toBe(usInterest)
    await shoot('reach-us-pangle')

    // Japan: Pangle delivers there and adds people.
    await check('United States', false)
    await check('Japan')
    await expect.poll(() => pangle.count()).toBe(0)
    expect(await reasons.textContent()).toContain('Pangle (TikTok Ad Network) adds up to 35% more people in Japan')
    const placements = panel.locator('.wf-steps tr', { hasText: 'Placements' })
    expect(await placements.textContent()).toMatch(/adds \d+%/)
    const withPangle = await total.textContent()
    await check('Pangle (TikTok Ad Network)', false)
    await expect.poll(() => total.textContent()).not.toBe(withPangle)
    await check('Pangle (TikTok Ad Network)')
    await expect.poll(() => total.textContent()).toBe(withPangle)
    await shoot('reach-japan-pangle')
    expect(await page.getByTestId('compare-EU').textContent()).toContain('e.g. Germany')
  })

  it('uses an advertiser’s consent override from Settings and refuses values above 100%', async () => {
    h = await openHarness({ colorScheme: 'dark' })
    const { page } = h
    await page.getByRole('navigation', { name: 'Main' }).waitFor()
    await page.getByRole('button', { name: 'Settings' }).click()
    const input = page.getByRole('textbox', { name: 'EU / EEA: In-app interests & behaviours (adults), your value in %' })
    await input.fill('150')
    await input.press('Enter')
    await page.getByRole('alert').filter({ hasText: 'Enter a percentage from 0 to 100.' }).waitFor()
    await input.fill('25')
    await input.press('Enter')
    await page.getByText('Your value').first().waitFor()
    await expect
      .poll(() => page.evaluate(async () => (await window.adwright!.invoke('settings:get')) as unknown))
      .toMatchObject({
        ok: true,
        value: { settings: { consentOverrides: { '7301000000000000001': { EU: { interests: 0.25 } } } } },
      })
    await shoot('settings-consent-dark')

    await page.getByRole('button', { name: 'Audiences & Reach' }).click()
    await page.getByRole('checkbox', { name: 'United States', exact: true }).uncheck()
    await page.getByRole('checkbox', { name: 'Germany', exact: true }).check()
    await page.getByRole('checkbox', { name: 'Games', exact: true }).check()
    const reasons = page.getByRole('region', { name: 'Why this reach' })
    await expect.poll(() => reasons.textContent()).toContain('interest targeting reaches 25% of adults (your setting; default 50%)')
    await shoot('reach-override-dark')
  })
})
