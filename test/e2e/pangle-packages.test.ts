import { afterEach, describe, expect, it } from 'vitest'
import { chromiumPath, openHarness, type Harness } from './harness'
import { pullAccount } from './pull-account'

let h: Harness | undefined
afterEach(async () => {
  await h?.close()
  h = undefined
})

describe.skipIf(!chromiumPath)('Pangle audience packages in Chromium', () => {
  it('picks packages from the pulled list, each in its own field, off without Pangle, and posts them', async () => {
    h = await openHarness()
    const { page } = h
    await page.setViewportSize({ width: 1440, height: 900 })
    await page.getByRole('navigation', { name: 'Main' }).waitFor()
    // The pull caches the sandbox's packages with the rest of the advertiser's profile.
    await pullAccount(page)

    await page.getByRole('button', { name: 'Campaigns' }).click()
    const tree = (name: RegExp) => page.getByRole('treeitem', { name })
    await tree(/Trail Shoes – Web Sales/).click()
    await page.getByRole('tree').press('ArrowRight')
    await tree(/Trail Shoes Asia test 18-34/).click()

    // Each package is offered only in the field its bind_type names.
    const include = page.getByRole('group', { name: 'Pangle packages to include' })
    const exclude = page.getByRole('group', { name: 'Pangle packages to exclude' })
    await include.getByLabel('Sandbox: game players (Pangle)').waitFor()
    expect(await include.getByRole('checkbox').count()).toBe(1)
    expect(await exclude.getByRole('checkbox').count()).toBe(1)
    expect(await exclude.textContent()).toContain('Sandbox: recent installers (Pangle)')
    await include.getByLabel('Sandbox: game players (Pangle)').check()
    await exclude.getByLabel('Sandbox: recent installers (Pangle)').check()
    await include.getByLabel('Sandbox: game players (Pangle)').scrollIntoViewIfNeeded()
    await h.screenshot('pangle-packages-picked-1440x900')

    // TikTok only: the chosen package stays (to be removed), the rule says why it blocks posting, the rest is off.
    await page
      .getByRole('group', { name: 'Show ads on' })
      .getByLabel(/Pangle/)
      .uncheck()
    await expect.poll(() => include.textContent()).toContain('add Pangle under Placements')
    expect(await include.getByLabel('Sandbox: game players (Pangle)').isChecked()).toBe(true)
    await page.getByRole('tab', { name: /Problems/ }).click()
    await expect.poll(() => page.getByRole('tabpanel').textContent()).toContain('only affect the Pangle placement')
    await h.screenshot('pangle-packages-without-pangle-1440x900')
    await exclude.getByLabel('Sandbox: recent installers (Pangle)').uncheck()
    await page
      .getByRole('group', { name: 'Show ads on' })
      .getByLabel(/Pangle/)
      .check()

    await page.getByRole('button', { name: 'Sync' }).click()
    await page.getByRole('button', { name: 'Post changes' }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Post changes' }).click()
    const verdict = page.locator('section[aria-labelledby="result-title"] .sync-verdict')
    await expect.poll(() => verdict.textContent(), { timeout: 20_000 }).toContain('1 change posted, 0 failed, 0 not sent')
    const sandbox = await h.embeddedSandbox()
    const onTikTok = sandbox.state.list('adgroup', '7301000000000000001').find((g) => g.adgroup_name === 'Trail Shoes Asia test 18-34')!
    expect(onTikTok.included_pangle_audience_package_ids).toEqual(['7100000000000000001'])
    expect(onTikTok.excluded_pangle_audience_package_ids ?? []).toEqual([])
  })
})
