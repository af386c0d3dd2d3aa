import { afterEach, describe, expect, it } from 'vitest'
import { chromiumPath, openHarness, type Harness } from './harness'
import { pullAccount } from './pull-account'

let h: Harness | undefined
afterEach(async () => {
  await h?.close()
  h = undefined
})

/** A customer file as a CRM exports it: 2,400 rows with an email and a phone, every 100th row unusable. */
function customerCsv(): Buffer {
  const lines = ['Email,Phone']
  for (let i = 0; i < 2400; i++) lines.push(i % 100 === 99 ? 'not an email,12' : `Customer.${i}@Example.com,+49 30 ${String(1_000_000 + i)}`)
  return Buffer.from(lines.join('\n'), 'utf8')
}

describe.skipIf(!chromiumPath)('custom audiences in Chromium', () => {
  it('hashes a customer file with a summary, includes it in an EU ad group with its consent steps, blocks teens, and posts it to the sandbox', async () => {
    h = await openHarness()
    const { page } = h
    await page.setViewportSize({ width: 1440, height: 900 })
    await page.getByRole('navigation', { name: 'Main' }).waitFor()
    // The sandbox's account replaces the local demo copy, so what is edited here exists on "TikTok".
    await pullAccount(page)

    // Audiences & Reach → Audiences: a customer file, hashed in the page's worker, with its counts.
    await page.getByRole('button', { name: 'Audiences & Reach' }).click()
    await page.getByRole('tab', { name: 'Audiences' }).click()
    await page.getByRole('button', { name: 'New audience' }).click()
    const form = page.getByRole('form', { name: 'New audience' })
    await form.getByLabel('Name').fill('VIP customers')
    await form.getByLabel('Customer file (CSV)').setInputFiles({ name: 'customers.csv', mimeType: 'text/csv', buffer: customerCsv() })
    const summary = form.getByTestId('hashing-summary')
    await summary.waitFor()
    expect(await summary.textContent()).toContain(
      '2,400 rows: 2,376 valid emails, 2,376 valid phones, 24 unusable emails, 24 unusable phones; 24 bad rows left out',
    )
    expect(await summary.textContent()).toContain('Bad rows (line numbers): 101 (not usable), 201 (not usable)')
    await h.screenshot('audiences-hashing-summary-1440x900')
    await form.getByRole('button', { name: 'Save audience' }).click()
    const row = page.getByTestId('audience-list').getByRole('row', { name: /VIP customers/ })
    await row.waitFor()
    expect(await row.textContent()).toMatch(/Customer file.*Advertiser first-party data.*about 1\.19K \(estimate\).*Draft: not posted/)
    // The EU keeps fewer of the same people than the US (consent badges per market).
    const badge = async (market: string) => Number((await row.getByText(market).textContent())!.match(/(\d+)%/)![1])
    expect(await badge('EU / EEA')).toBeLessThan(await badge('United States'))
    await h.screenshot('audiences-list-1440x900')

    // Include it in an EU ad group: the waterfall shows each consent step with its source.
    await page.getByRole('button', { name: 'Campaigns' }).click()
    const tree = (name: RegExp) => page.getByRole('treeitem', { name })
    await tree(/Trail Shoes – Web Sales/).click()
    await page.getByRole('tree').press('ArrowRight')
    await tree(/Trail Shoes EU 25-44/).click()
    const include = page.getByRole('group', { name: 'Include people in' })
    await include.getByLabel(/VIP customers/).check()
    const reach = page.getByRole('complementary', { name: 'Reach' }).getByTestId('reach-panel')
    const steps = reach.locator('.wf-steps')
    await expect.poll(() => steps.textContent()).toContain('Custom audiences')
    const text = (await steps.textContent())!
    for (const step of ['Partner-data consent', 'iOS tracking (ATT)', 'Advertiser consent']) expect(text).toContain(step)
    expect(text).toContain('EU consent counted once')
    await h.screenshot('audiences-eu-adgroup-1440x900')
    // The panel scrolls inside the window: scrolled to the steps, the window shows each consent step.
    await steps.locator('tr', { hasText: 'Advertiser consent' }).scrollIntoViewIfNeeded()
    await h.screenshot('audiences-eu-waterfall-steps-1440x900')

    // Teens with a custom audience: TikTok never uses such data for 13–17 there, so it blocks posting.
    await page.getByRole('group', { name: 'Ages' }).getByLabel('13–17').check()
    const minors = reach.getByRole('region', { name: 'Rule violations' }).locator('[data-rule="compliance.audiences.minors"]')
    await minors.waitFor()
    expect(await minors.textContent()).toContain('cannot be targeted with custom audiences')
    await page.getByRole('tab', { name: /Problems/ }).click()
    await expect.poll(() => page.getByRole('tabpanel').textContent()).toContain('“VIP customers” is built from data outside TikTok')
    await h.screenshot('audiences-teen-block-1440x900')

    // What was stored: the ad group names the audience; the hashed file holds no raw identifier.
    const stored = await page.evaluate(async () => {
      const r = await window.adwright!.invoke('account:open', { advertiserId: '7301000000000000001' })
      if (!r.ok) throw new Error(r.error.message)
      return r.value.adgroups.find((g) => g.adgroup_name === 'Trail Shoes EU 25-44')!.audience_ids
    })
    expect(stored).toEqual(['local-vip-customers'])

    // Without the teens it posts: the audience goes to the sandbox first, then the ad group names TikTok's id.
    await page.getByRole('group', { name: 'Ages' }).getByLabel('13–17').uncheck()
    await page.getByRole('button', { name: 'Sync' }).click()
    await page.getByRole('button', { name: 'Post changes' }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Post changes' }).click()
    const verdict = page.locator('section[aria-labelledby="result-title"] .sync-verdict')
    await expect.poll(() => verdict.textContent(), { timeout: 20_000 }).toContain('1 change posted, 0 failed, 0 not sent')
    await h.screenshot('audiences-posted-1440x900')
    const sandbox = await h.embeddedSandbox()
    const onTikTok = sandbox.state.list('adgroup', '7301000000000000001').find((g) => g.adgroup_name === 'Trail Shoes EU 25-44')!
    const ids = onTikTok.audience_ids as string[]
    expect(ids).toHaveLength(1)
    expect(ids[0]).toMatch(/^\d+$/)
    await page.getByRole('button', { name: 'Audiences & Reach' }).click()
    await page.getByRole('tab', { name: 'Audiences' }).click()
    expect(await page.getByTestId(`audience-${ids[0]}`).textContent()).toContain('VIP customers')
  })
})
