/**
 * Upgraded Smart+ objects downloaded from TikTok are shown but not editable
 * (shared/domain/read-only.ts): the tree badges them, the editor says why, and a
 * bulk change over a selection that holds them changes only the manual rows.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { AccountSnapshot } from '#shared/domain/account'
import { chromiumPath, openHarness, type Harness } from './harness'
import { pullAccount } from './pull-account'
import { TEST_NOW } from '../helpers/clock'
import { putSmartPlus } from '../helpers/smart-plus'
import { createDemoAccount } from '#shared/domain/demo/index'

let h: Harness | undefined
afterEach(async () => {
  await h?.close()
  h = undefined
})

const ADVERTISER = '7301000000000000001'
/** A manual campaign of the demo account, which the sandbox serves. */
const MANUAL = createDemoAccount(ADVERTISER, TEST_NOW).campaigns.find((c) => c.operation_status === 'ENABLE')!.campaign_name

describe.skipIf(!chromiumPath)('Smart+ objects in Chromium', () => {
  it('shows them read-only with the reason, and bulk changes leave them out', async () => {
    h = await openHarness()
    const { page } = h
    const nav = page.getByRole('navigation', { name: 'Main' })
    await nav.waitFor()
    const sandbox = await h.embeddedSandbox()
    // The older, non-upgraded Smart+ stays read-only; Upgraded Smart+ is edited through /smart_plus/… (smart-plus-editor.test.ts).
    putSmartPlus(sandbox, ADVERTISER, TEST_NOW, 'Smart+ Web Sales', 'SMART_PLUS')
    await pullAccount(page)
    await nav.getByRole('button', { name: 'Campaigns' }).click()

    const row = (name: RegExp) => page.getByRole('treeitem', { name })
    const smart = row(/Smart\+ Web Sales/).first()
    await smart.waitFor({ timeout: 10_000 })
    expect(await smart.textContent()).toContain('Smart+ · read-only')
    await smart.click()
    const notice = page.getByRole('note')
    await expect.poll(() => notice.first().textContent()).toBe('Smart+ campaign: edit it in TikTok Ads Manager; Adwright shows it read-only.')
    // No editable field of the campaign is offered; TikTok's values are listed instead.
    expect(await page.getByLabel('Campaign name').count()).toBe(0)
    const fields = page.getByRole('list', { name: 'Fields as TikTok has them' }).or(page.getByLabel('Fields as TikTok has them'))
    await expect.poll(() => fields.textContent()).toContain('campaign_automation_typeSMART_PLUS')
    await h.screenshot('smart-plus-read-only-light')

    // A manual campaign and the Smart+ one, selected together, then paused.
    const manual = page.getByRole('treeitem', { name: MANUAL }).first()
    await manual.click({ modifiers: ['Control'] })
    await page.getByRole('heading', { name: '2 campaigns selected' }).waitFor()
    await expect.poll(() => page.getByRole('note').first().textContent()).toContain('1 of them is Smart+, read-only in Adwright')
    await h.screenshot('smart-plus-bulk-light')
    await page.getByRole('button', { name: 'Pause' }).click()
    await expect.poll(() => page.getByTestId('toast').textContent()).toContain('1 read-only Smart+ item left out')

    const status = async (name: string) => {
      const r = await page.evaluate((advertiserId) => window.adwright!.invoke('account:open', { advertiserId }), ADVERTISER)
      if (!r.ok) throw new Error(r.error.message)
      return (r.value as AccountSnapshot).campaigns.find((c) => c.campaign_name === name)?.operation_status
    }
    await expect.poll(() => status(MANUAL)).toBe('DISABLE')
    expect(await status('Smart+ Web Sales')).toBe('ENABLE')
  })
})
