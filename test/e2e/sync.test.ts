import { afterEach, describe, expect, it } from 'vitest'
import type { AccountSnapshot } from '#shared/domain/account'
import { draftTree } from '../helpers/sync'
import { chromiumPath, openHarness, type Harness } from './harness'
import { apiTimeAfter, TEST_NOW } from '../helpers/clock'
import { createDemoAccount } from '#shared/domain/demo/index'
import { countsPhrase } from '#shared/domain/entity-words'

let h: Harness | undefined
afterEach(async () => {
  await h?.close()
  h = undefined
})

const ADVERTISER = '7301000000000000001'
/** The one demo account: the local copy and the embedded sandbox are both seeded with it. */
const DEMO = createDemoAccount(ADVERTISER, TEST_NOW)
/** The Sync page's line after a download of the demo account plus `extra` posted from drafts. */
const downloaded = (extra = { campaigns: 0, adgroups: 0, ads: 0 }) =>
  new RegExp(
    `^Downloaded ${DEMO.campaigns.length + extra.campaigns} campaigns, ${DEMO.adgroups.length + extra.adgroups} ad groups and ${DEMO.ads.length + extra.ads} ads`,
  )
const sizeOf = (d: ReturnType<typeof draftTree>) => ({ campaigns: d.campaigns.length, adgroups: d.adgroups.length, ads: d.ads.length })
/** The summary line of the "Last post" card. */
const lastPost = (page: Harness['page']) => page.locator('section[aria-labelledby="result-title"] .sync-verdict')

describe.skipIf(!chromiumPath)('sync in Chromium against the embedded sandbox', () => {
  it('drafts offline, posts with a fault, shows TikTok’s message on the ad group, and posts the fix', async () => {
    h = await openHarness()
    const { page } = h
    await page.getByRole('navigation', { name: 'Main' }).waitFor()
    await page.getByRole('button', { name: 'Sync' }).click()
    await page.getByRole('heading', { name: 'Sandbox faults' }).waitFor()
    await h.screenshot('sync-empty-light')

    // Get recent changes: the sandbox has the same demo account as the local copy.
    await page.getByRole('button', { name: 'Get recent changes' }).click()
    await page.getByText(downloaded()).waitFor()

    // Draft offline through the back end, as the editor would.
    const draft = draftTree('e2e', 1, 2, 1)
    const edit = await page.evaluate(
      ([advertiserId, d]) => window.adwright!.invoke('account:edit', { advertiserId, edit: { type: 'create', ...d } }),
      [ADVERTISER, draft] as const,
    )
    expect(edit.ok).toBe(true)
    await expect.poll(() => page.locator('.sync-pending').textContent()).toBe('5 local changes not posted')

    // Faults from the panel: TikTok refuses the next ad group, and answers are slow enough to watch.
    await page.getByRole('button', { name: 'Reject the next ad group (budget too low)' }).click()
    await page.evaluate(() =>
      window.adwright!.invoke('sandbox:faults', {
        rules: [
          {
            endpoint: '/adgroup/create/',
            kind: 'error-code',
            code: 40002,
            message: 'budget: The ad group daily budget must be greater than 20 USD.',
            times: 1,
          },
          { endpoint: '/ad/create/', kind: 'latency', latencyMs: 700 },
        ],
      }),
    )

    await page.getByRole('button', { name: 'Check changes' }).click()
    await page.getByText('All 5 changes pass Adwright’s checks.').waitFor()
    await h.screenshot('sync-check-light')

    await page.getByRole('button', { name: 'Post changes' }).click()
    const dialog = page.getByRole('dialog', { name: 'Post 5 changes to TikTok?' })
    await dialog.waitFor()
    // What goes live, with "Start new campaigns paused" on (the default): nothing, and the dialog says so.
    const spend = dialog.getByRole('note')
    expect(await spend.textContent()).toBe(
      'Nothing starts delivering with this post. The new campaign starts paused: switch it on when you are ready.',
    )
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await page.getByRole('checkbox', { name: 'Start new campaigns paused' }).uncheck()
    await page.getByRole('button', { name: 'Post changes' }).click()
    await dialog.waitFor()
    // draftTree: a campaign at 100/day with two ad groups at 50/day.
    expect(await spend.textContent()).toBe(
      '1 campaign and 2 ad groups start delivering: $200.00/day in budgets go live. New campaigns start delivering as soon as TikTok approves their ads.',
    )
    await h.screenshot('sync-confirm-light')
    await dialog.getByRole('button', { name: 'Post changes' }).click()
    await page.getByRole('progressbar', { name: 'Posting progress' }).waitFor()
    await h.screenshot('sync-progress-light')

    const failed = page.locator('.outcome-failed')
    await failed.waitFor({ timeout: 20_000 })
    expect(await failed.textContent()).toContain('e2e ad group 1.1')
    expect(await failed.textContent()).toContain('The ad group daily budget must be greater than 20 USD.')
    expect(await failed.locator('code').textContent()).toBe('budget')
    expect(await page.locator('.outcome-skipped').textContent()).toContain('e2e ad 1.1.1')
    expect(await lastPost(page).textContent()).toContain('3 changes posted, 1 failed, 1 not sent')
    await h.screenshot('sync-result-light')
    await page.emulateMedia({ colorScheme: 'dark' })
    await h.screenshot('sync-result-dark')
    await page.emulateMedia({ colorScheme: 'light' })

    // "Show in editor" goes to the Campaigns area; come back, fix the budget, post again.
    await failed.getByRole('button', { name: 'Show in editor' }).click()
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Campaigns')
    const fix = await page.evaluate(
      ([advertiserId]) =>
        window.adwright!.invoke('account:edit', {
          advertiserId,
          edit: { type: 'update', patches: [{ kind: 'adgroup', id: 'local-e2e-c1-g1', fields: { budget: 60 } }] },
        }),
      [ADVERTISER] as const,
    )
    expect(fix.ok).toBe(true)
    await page.getByRole('button', { name: 'Sync' }).click()
    await page.getByRole('button', { name: 'Post changes' }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Post changes' }).click()
    await expect.poll(() => lastPost(page).textContent(), { timeout: 20_000 }).toContain('2 changes posted, 0 failed, 0 not sent')
    await h.screenshot('sync-fixed-light')

    // The account on TikTok matches the draft: download it again and compare.
    await page.getByRole('button', { name: 'Get recent changes' }).click()
    await page.getByText(downloaded(sizeOf(draft))).waitFor()
    const snap = await page.evaluate((advertiserId) => window.adwright!.invoke('account:open', { advertiserId }), ADVERTISER)
    if (!snap.ok) throw new Error(snap.error.message)
    const account = snap.value as AccountSnapshot
    expect(account.pending).toEqual([])
    const mine = (names: string[]) => names.filter((n) => n.startsWith('e2e')).sort()
    expect(mine(account.campaigns.map((c) => c.campaign_name))).toEqual(['e2e campaign 1'])
    expect(mine(account.adgroups.map((g) => g.adgroup_name))).toEqual(['e2e ad group 1.1', 'e2e ad group 1.2'])
    expect(mine(account.ads.map((a) => a.ad_name))).toEqual(['e2e ad 1.1.1', 'e2e ad 1.2.1'])
    expect(account.adgroups.find((g) => g.adgroup_name === 'e2e ad group 1.1')?.budget).toBe(60)
  })

  it('cancels a post after the request in flight, then finishes it on the next post', async () => {
    h = await openHarness()
    const { page } = h
    await page.getByRole('navigation', { name: 'Main' }).waitFor()
    await page.getByRole('button', { name: 'Settings' }).click()
    await page.getByRole('checkbox', { name: /confirm/i }).uncheck()
    await page.getByRole('button', { name: 'Sync' }).click()
    await page.getByRole('button', { name: 'Get recent changes' }).click()
    await page.getByText(downloaded()).waitFor()
    const draft = draftTree('cancel', 2, 2, 1)
    await page.evaluate(([advertiserId, d]) => window.adwright!.invoke('account:edit', { advertiserId, edit: { type: 'create', ...d } }), [
      ADVERTISER,
      draft,
    ] as const)
    await page.evaluate(() => window.adwright!.invoke('sandbox:faults', { rules: [{ endpoint: '*', kind: 'latency', latencyMs: 400 }] }))

    await page.getByRole('button', { name: 'Post changes' }).click()
    await page.getByRole('progressbar', { name: 'Posting progress' }).waitFor()
    await page.getByRole('button', { name: 'Cancel' }).click()
    await expect.poll(() => lastPost(page).textContent(), { timeout: 20_000 }).toContain('cancelled')
    const verdict = (await lastPost(page).textContent()) ?? ''
    const sent = Number(/^(\d+) changes? posted/.exec(verdict)?.[1])
    expect(sent).toBeGreaterThan(0)
    expect(sent).toBeLessThan(10)
    await h.screenshot('sync-cancelled-light')

    await page.evaluate(() => window.adwright!.invoke('sandbox:faults', { rules: [] }))
    await page.getByRole('button', { name: 'Post changes' }).click()
    await expect.poll(() => lastPost(page).textContent(), { timeout: 20_000 }).toContain(`${10 - sent} change`)
    expect(await lastPost(page).textContent()).toContain('0 failed, 0 not sent')
    await page.getByRole('button', { name: 'Get recent changes' }).click()
    await page.getByText(downloaded(sizeOf(draft))).waitFor()
  })

  it('shows what "Get recent changes" downloaded on the Campaigns page without a reload', async () => {
    h = await openHarness()
    const { page } = h
    const nav = page.getByRole('navigation', { name: 'Main' })
    await nav.waitFor()
    await page.getByRole('treeitem').first().waitFor()
    await nav.getByRole('button', { name: 'Sync' }).click()
    await page.getByRole('button', { name: 'Get recent changes' }).click()
    await page.getByText(downloaded()).waitFor()
    const sandbox = await h.embeddedSandbox()
    const [first] = sandbox.state.list('campaign', ADVERTISER)
    // Someone renames a campaign in TikTok Ads Manager; the Campaigns page is not on screen when it is downloaded.
    sandbox.state.put('campaign', { ...first!, campaign_name: 'Renamed in Ads Manager', modify_time: apiTimeAfter(0, 13) })
    await page.getByRole('button', { name: 'Get recent changes' }).click()
    await expect.poll(() => page.getByRole('button', { name: 'Get recent changes' }).isEnabled()).toBe(true)
    await nav.getByRole('button', { name: 'Campaigns' }).click()
    await page.getByRole('treeitem', { name: /Renamed in Ads Manager/ }).waitFor({ timeout: 10_000 })
  })

  it('asks before "Get recent changes" removes a campaign TikTok no longer has: Cancel keeps it, Continue removes it', async () => {
    h = await openHarness()
    const { page } = h
    await page.getByRole('navigation', { name: 'Main' }).waitFor()
    await page.getByRole('button', { name: 'Sync' }).click()
    // Someone deletes a demo campaign in TikTok Ads Manager; TikTok deletes its ad groups and ads with it.
    const sandbox = await h.embeddedSandbox()
    const gone = DEMO.campaigns[0]!
    const groups = DEMO.adgroups.filter((g) => g.campaign_id === gone.campaign_id).map((g) => g.adgroup_id)
    const ads = DEMO.ads.filter((a) => groups.includes(a.adgroup_id))
    const later = apiTimeAfter(0, 13)
    sandbox.state.put('campaign', {
      ...sandbox.state.get('campaign', gone.campaign_id)!,
      secondary_status: 'CAMPAIGN_STATUS_DELETE',
      modify_time: later,
    })
    for (const id of groups)
      sandbox.state.put('adgroup', { ...sandbox.state.get('adgroup', id)!, secondary_status: 'ADGROUP_STATUS_DELETE', modify_time: later })
    for (const a of ads) sandbox.state.put('ad', { ...sandbox.state.get('ad', a.ad_id)!, secondary_status: 'AD_STATUS_DELETE', modify_time: later })
    const campaignNames = async () => {
      const r = await page.evaluate((advertiserId) => window.adwright!.invoke('account:open', { advertiserId }), ADVERTISER)
      if (!r.ok) throw new Error(r.error.message)
      return (r.value as AccountSnapshot).campaigns.map((c) => c.campaign_name)
    }

    await page.getByRole('button', { name: 'Get recent changes' }).click()
    const dialog = page.getByRole('dialog', { name: 'Download changes from TikTok?' })
    await dialog.waitFor()
    expect(await dialog.getByRole('note').textContent()).toBe(
      `This download removes ${countsPhrase({ campaign: 1, adgroup: groups.length, ad: ads.length })} you have locally, which TikTok no longer has: “${gone.campaign_name}”.`,
    )
    await h.screenshot('sync-download-confirm-light')
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await dialog.waitFor({ state: 'detached' })
    expect(await campaignNames()).toContain(gone.campaign_name)
    expect(await page.getByText(/^Downloaded /).count()).toBe(0)

    await page.getByRole('button', { name: 'Get recent changes' }).click()
    await dialog.getByRole('button', { name: 'Continue' }).click()
    await page.getByText(downloaded({ campaigns: -1, adgroups: -groups.length, ads: -ads.length })).waitFor()
    expect(await campaignNames()).not.toContain(gone.campaign_name)
  })

  it('lists a conflict after getting recent changes, and resolves it both ways', async () => {
    h = await openHarness()
    const { page } = h
    await page.getByRole('navigation', { name: 'Main' }).waitFor()
    await page.getByRole('button', { name: 'Sync' }).click()
    await page.getByRole('button', { name: 'Get recent changes' }).click()
    await page.getByText(downloaded()).waitFor()
    const sandbox = await h.embeddedSandbox()
    const [a, b] = sandbox.state.list('campaign', ADVERTISER)
    const ids = [String(a!.campaign_id), String(b!.campaign_id)]
    const r = await page.evaluate(
      ([advertiserId, x, y]) =>
        window.adwright!.invoke('account:edit', {
          advertiserId,
          edit: {
            type: 'update',
            patches: [
              { kind: 'campaign', id: x, fields: { budget: 555 } },
              { kind: 'campaign', id: y, fields: { budget: 666 } },
            ],
          },
        }),
      [ADVERTISER, ids[0]!, ids[1]!] as const,
    )
    expect(r.ok).toBe(true)
    // Someone changes the same budgets in TikTok Ads Manager.
    // An hour after the harness's pinned now: later than anything the app wrote during the test.
    const later = apiTimeAfter(0, 13)
    for (const o of [a!, b!]) sandbox.state.put('campaign', { ...o, budget: 999, modify_time: later })

    await page.getByRole('button', { name: 'Get recent changes' }).click()
    const conflicts = page.getByRole('region', { name: 'Conflicts (2)' })
    await conflicts.waitFor()
    expect(await conflicts.locator('.conflict').first().textContent()).toContain('999')
    await h.screenshot('sync-conflicts-light')
    await page.emulateMedia({ colorScheme: 'dark' })
    await h.screenshot('sync-conflicts-dark')
    await page.emulateMedia({ colorScheme: 'light' })

    await conflicts.locator('.conflict').filter({ hasText: '555' }).getByRole('button', { name: 'Keep mine' }).click()
    await page.getByRole('region', { name: 'Conflicts (1)' }).getByRole('button', { name: 'Take theirs' }).click()
    await page.getByRole('region', { name: /^Conflicts/ }).waitFor({ state: 'detached' })
    await page.getByRole('button', { name: 'Settings' }).click()
    await page.getByRole('checkbox', { name: /confirm/i }).uncheck()
    await page.getByRole('button', { name: 'Sync' }).click()
    await page.getByRole('button', { name: 'Post changes' }).click()
    await expect.poll(() => lastPost(page).textContent(), { timeout: 20_000 }).toContain('1 change posted, 0 failed, 0 not sent')
    expect(sandbox.state.get('campaign', ids[0]!)?.budget).toBe(555)
    expect(sandbox.state.get('campaign', ids[1]!)?.budget).toBe(999)
  })
})
