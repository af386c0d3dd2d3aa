import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { AccountSnapshot } from '#shared/domain/account'
import { DEMO_BC_ID, DEMO_TT_USER_ID } from '#shared/domain/demo/index'
import { emptyAdvertiserProfile } from '#shared/domain/identities'
import { chromiumPath, openHarness, type Harness } from './harness'

const ADV = '7301000000000000001'

let h: Harness | undefined
afterEach(async () => {
  await h?.close()
  h = undefined
})

async function adNamed(harness: Harness, name: string) {
  const r = await harness.page.evaluate((advertiserId) => window.adwright!.invoke('account:open', { advertiserId }), ADV)
  if (!r.ok) throw new Error(r.error.message)
  return (r.value as AccountSnapshot).ads.find((a) => a.ad_name === name)
}

/** Selects the demo's "Trail Shoes US 25-44" ad group in the tree (its placements include TikTok). */
async function selectUsAdGroup(harness: Harness) {
  const { page } = harness
  const row = (name: RegExp) => page.getByRole('treeitem', { name })
  await row(/Trail Shoes – Web Sales/).waitFor()
  await row(/Trail Shoes – Web Sales/).click()
  await page.getByRole('tree').press('ArrowRight')
  await row(/Trail Shoes US 25-44/).click()
}

describe.skipIf(!chromiumPath)('Spark identities in the ad editor', () => {
  it('starts a new ad on TikTok placements as a Spark Ad and picks another cached identity from the keyboard', async () => {
    h = await openHarness()
    const { page } = h
    await selectUsAdGroup(h)
    await page.getByRole('button', { name: '+ Ad', exact: true }).click()
    await page.getByLabel('Ad name').fill('Spark draft')
    await page.getByLabel('Ad name').press('Enter')
    await expect.poll(() => adNamed(h!, 'Spark draft').then((a) => a && [a.identity_type, a.identity_id])).toEqual(['TT_USER', DEMO_TT_USER_ID])

    const picker = page.getByLabel('Post as')
    expect(await picker.locator('option').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/@northwind\.outdoor — TikTok account \(Spark\)/), expect.stringMatching(/Custom identity$/)]),
    )
    await picker.focus()
    await page.keyboard.press('ArrowDown') // the next cached identity: the Business Center's account
    await expect
      .poll(() => adNamed(h!, 'Spark draft').then((a) => a && [a.identity_type, a.identity_authorized_bc_id]))
      .toEqual(['BC_AUTH_TT', DEMO_BC_ID])
    expect(await page.getByLabel('Business Center id').inputValue()).toBe(DEMO_BC_ID)
  })

  it('promotes a cached TikTok post of the Spark identity instead of a video, picked from the keyboard', async () => {
    h = await openHarness()
    const { page } = h
    await selectUsAdGroup(h)
    await page.getByRole('button', { name: '+ Ad', exact: true }).click()
    await page.getByLabel('Ad name').fill('Pulled post')
    await page.getByLabel('Ad name').press('Enter')
    await expect.poll(() => adNamed(h!, 'Pulled post').then((a) => a?.identity_type)).toBe('TT_USER')
    await page.getByLabel('Use a TikTok post').check()
    const posts = page.getByRole('listbox', { name: 'TikTok post' }).getByRole('option')
    expect(await posts.count()).toBe(24)
    // One tab stop; arrows move between posts, Enter picks.
    await posts.first().focus()
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    const second = posts.nth(1)
    await expect.poll(() => second.getAttribute('aria-selected')).toBe('true')
    // The preview names the post by its cached caption.
    await expect.poll(() => page.getByText(/^Shows the TikTok post “.+” as posted$/).count()).toBe(1)
    const ad = await adNamed(h, 'Pulled post')
    expect(ad).toMatchObject({ tiktok_item_id: expect.stringMatching(/^\d{19}$/) })
    expect(ad!.video_id).toBeUndefined()
    // Back to a video: the post is cleared, so the ad never names both.
    await page.getByLabel('Use a video').check()
    await expect.poll(() => adNamed(h!, 'Pulled post').then((a) => a?.tiktok_item_id ?? null)).toBeNull()
    // Undo brings the post back, and the editor shows it again.
    await page.getByRole('button', { name: 'Undo', exact: true }).first().click()
    await expect.poll(() => adNamed(h!, 'Pulled post').then((a) => a?.tiktok_item_id)).toBe(ad!.tiktok_item_id)
    await expect.poll(() => page.getByLabel('Use a TikTok post').isChecked()).toBe(true)
  })

  it('says what to do when no identities are cached', async () => {
    h = await openHarness()
    await h.page.getByRole('treeitem', { name: /Trail Shoes – Web Sales/ }).waitFor()
    writeFileSync(join(h.dataDir, 'accounts', ADV, 'advertiser-profile.json'), JSON.stringify(emptyAdvertiserProfile()))
    await h.restartBackend()
    await h.page.reload()
    const { page } = h
    await selectUsAdGroup(h)
    await page.getByRole('tree').press('ArrowRight')
    await page
      .getByRole('treeitem')
      .filter({ hasText: /Ridge runner 15s – US/ })
      .click()
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'No identities cached' }).count()).toBe(1)
    expect(await page.getByText('No identities cached — pull the account').isVisible()).toBe(true)
  })
})
