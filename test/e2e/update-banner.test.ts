import { afterEach, describe, expect, it } from 'vitest'
import { chromiumPath, openHarness, type Harness } from './harness'

let h: Harness | undefined
afterEach(async () => {
  await h?.close()
  h = undefined
})

describe.skipIf(!chromiumPath)('update banner in Chromium', () => {
  it('appears when an update is ready, reports a failed restart, and hides on Later', async () => {
    h = await openHarness()
    const { page } = h
    await page.getByRole('navigation', { name: 'Main' }).waitFor()
    const banner = page.getByRole('status', { name: 'Update ready' })
    expect(await banner.count()).toBe(0)

    h.events.emit('app:update-ready', { version: '0.2.0' })
    await banner.waitFor()
    expect(await banner.textContent()).toContain('Adwright 0.2.0 is ready')
    await h.screenshot('update-banner')

    // The browser harness has no updater, so the back end refuses, and the banner says why.
    await banner.getByRole('button', { name: 'Restart now' }).click()
    await expect.poll(() => banner.textContent()).toContain('There is no update waiting to be installed.')

    await banner.getByRole('button', { name: 'Later' }).click()
    await banner.waitFor({ state: 'detached' })
  })
})
