/**
 * Upgraded Smart+ end to end in the editor (issue 12's acceptance): a Smart+ WEB_CONVERSIONS campaign with an
 * AUTOMATIC and a MANUAL ad group and an ad of three creatives and two texts, a CBO-consistency error seen and
 * fixed, posted to the embedded sandbox, a budget change posted, and a manual draft converted to Smart+.
 */
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { AccountSnapshot } from '#shared/domain/account'
import { isLocalId } from '#shared/domain/entities'
import { CREATION_PATHS } from '#shared/domain/smart-plus/creation-path'
import { makeVideo } from '../helpers/media'
import { dropFiles } from './drop-files'
import { chromiumPath, openHarness, type Harness } from './harness'
import { pullAccount } from './pull-account'

let h: Harness | undefined
let files: string | undefined
afterEach(async () => {
  await h?.close()
  h = undefined
  if (files) rmSync(files, { recursive: true, force: true })
  files = undefined
})

const ADV = '7301000000000000001'
const PIXEL = '7302000000000000501'

async function snapshot(harness: Harness): Promise<AccountSnapshot> {
  const r = await harness.page.evaluate((advertiserId) => window.adwright!.invoke('account:open', { advertiserId }), ADV)
  if (!r.ok) throw new Error(r.error.message)
  return r.value as AccountSnapshot
}

describe.skipIf(!chromiumPath)('Upgraded Smart+ in the editor', () => {
  it('drafts a Smart+ campaign, fixes a CBO mismatch, posts it, posts a budget change, and converts a manual draft', async () => {
    h = await openHarness()
    const { page } = h
    const nav = page.getByRole('navigation', { name: 'Main' })
    const row = (name: RegExp) => page.getByRole('treeitem', { name })
    const editor = page.getByRole('region', { name: /editor$/ })
    await nav.waitFor()
    // Start from the sandbox's account, so the post below sends only what this test drafts.
    await pullAccount(page)
    // Four distinct 9:16 videos in the library (their MD5 is TikTok's signature for them).
    files = mkdtempSync(join(tmpdir(), 'adwright-sp-media-'))
    const videos = [1, 2, 3, 4].map((n) => makeVideo(files!, `trail-${n}`, { width: 720, height: 1280, seconds: 5 + n }))
    const signatures = videos.map((p) => createHash('md5').update(readFileSync(p)).digest('hex'))
    await nav.getByRole('button', { name: 'Creatives' }).click()
    await page.getByRole('heading', { name: 'No creatives yet' }).waitFor()
    await dropFiles(h, '.creatives-page', videos)
    await expect.poll(() => page.getByRole('listbox', { name: 'Creatives' }).getByRole('option').count(), { timeout: 20_000 }).toBe(4)
    await nav.getByRole('button', { name: 'Campaigns' }).click()
    await page.getByRole('treeitem').first().waitFor()

    // (1) A Smart+ campaign with its first ad group and ad, from the toolbar; the caret lands in its name.
    await page.getByRole('button', { name: '+ Smart+ campaign' }).click()
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('field-campaign_name')
    await page.getByLabel('Campaign name').fill('E2E Smart+ Web')
    await page.getByLabel('Campaign name').press('Enter')
    await row(/E2E Smart\+ Web/).waitFor()
    expect(
      await row(/E2E Smart\+ Web/)
        .locator('.badge-smart-plus')
        .textContent(),
    ).toBe('Smart+')
    // CBO on offers the two CBO budget modes only; off, the three others.
    const budgetModes = () => page.getByLabel('Budget type').locator('option').allTextContents()
    expect(await budgetModes()).toEqual(['Dynamic daily (7-day average)', 'Lifetime'])
    await h.screenshot('smart-plus-campaign-light')

    // The AUTOMATIC ad group: a location, the age floor and a language as controls; suggestions greyed while off.
    await row(/New Smart\+ ad group/).click()
    await page.getByLabel('Ad group name').fill('SP Auto US')
    await page.getByLabel('Ad group name').press('Enter')
    const locations = page.locator('#field-targeting_spec')
    await expect.poll(() => page.locator('#field-targeting_spec-msg').textContent()).toContain('add at least one location')
    await locations.getByLabel('Find a location').fill('united')
    await locations.getByLabel('United States').check()
    await page.getByLabel('Languages').fill('en')
    await page.getByLabel('Languages').press('Enter')
    await expect
      .poll(() => page.locator('#field-targeting_spec\\.age_groups-msg').textContent())
      .toContain('TikTok ignores this in automatic targeting')
    await page.getByLabel('Use these as audience suggestions').scrollIntoViewIfNeeded()
    await h.screenshot('smart-plus-suggestions-light')
    await page.getByLabel('Pixel', { exact: true }).selectOption(PIXEL)
    await page.getByLabel('Optimization event').selectOption('SHOPPING')
    await expect.poll(() => row(/SP Auto US/).textContent()).not.toContain('error')
    await page.getByTestId('reach-panel').waitFor()
    await h.screenshot('smart-plus-adgroup-automatic-light')

    // The MANUAL ad group, under the same campaign, with a click goal: CBO makes that an error against the first.
    await row(/E2E Smart\+ Web/).click()
    await page.getByRole('button', { name: '+ Ad group', exact: true }).click()
    await page.getByLabel('Ad group name').fill('SP Manual DE')
    await page.getByLabel('Ad group name').press('Enter')
    await page.getByLabel('Targeting mode').selectOption('MANUAL')
    // MANUAL does not read the age floor: it became the age groups it stood for, so nothing is silently ignored.
    await expect.poll(() => page.getByLabel('18–24').isChecked()).toBe(true)
    expect(await page.getByLabel('13–17').isChecked()).toBe(false)
    await page.getByLabel('18–24').uncheck()
    await locations.getByLabel('Find a location').fill('germany')
    await locations.getByLabel('Germany').check()
    await page.getByLabel('25–34').check()
    await page.getByLabel('Optimization goal').selectOption('CLICK')
    const goalMsg = page.locator('#field-optimization_goal-msg')
    await expect.poll(() => goalMsg.textContent()).toContain('all its ad groups need the same optimization_goal')
    expect(await page.getByLabel('Billing event').inputValue()).toBe('CPC')
    await expect.poll(() => row(/SP Manual DE/).textContent()).toMatch(/\d+ errors?/)
    await page.getByLabel('Optimization goal').scrollIntoViewIfNeeded()
    await h.screenshot('smart-plus-cbo-error-light')
    await page.setViewportSize({ width: 1440, height: 900 })
    await h.screenshot('smart-plus-cbo-error-1440-light')
    await page.emulateMedia({ colorScheme: 'dark' })
    await h.screenshot('smart-plus-cbo-error-1440-dark')
    await page.emulateMedia({ colorScheme: 'light' })
    await page.setViewportSize({ width: 1280, height: 800 })
    // (2) Fixed: the same goal, pixel and event as the first ad group.
    await page.getByLabel('Optimization goal').selectOption('CONVERT')
    await page.getByLabel('Pixel', { exact: true }).selectOption(PIXEL)
    await page.getByLabel('Optimization event').selectOption('SHOPPING')
    await expect.poll(() => row(/SP Manual DE/).textContent()).not.toContain('error')
    expect(await goalMsg.count()).toBe(0)
    expect(await page.getByRole('tab', { name: /Problems/ }).textContent()).not.toMatch(/[1-9]\d* warnings?/)
    // Placements chosen by hand start from TikTok; an attribution window set here is sent on create.
    await page.getByLabel('Placements', { exact: true }).selectOption('PLACEMENT_TYPE_NORMAL')
    await expect.poll(() => page.getByRole('checkbox', { name: 'TikTok' }).isChecked()).toBe(true)
    // (Germany is in the EU, where Pangle does not deliver: TikTok stays the only placement.)
    await page.getByLabel('Click-through window').selectOption('SEVEN_DAYS')
    await expect
      .poll(async () => {
        const g = (await snapshot(h!)).smartPlusAdgroups.find((x) => x.adgroup_name === 'SP Manual DE')!
        return [g.placement_type, g.placements, g.click_attribution_window]
      })
      .toEqual(['PLACEMENT_TYPE_NORMAL', ['PLACEMENT_TIKTOK'], 'SEVEN_DAYS'])
    await page.getByRole('heading', { name: 'Attribution' }).scrollIntoViewIfNeeded()
    await h.screenshot('smart-plus-adgroup-attribution-light')

    // The ad: three creatives (each a Spark Ad as the cached identity), two texts, a landing page.
    await row(/SP Auto US/).click()
    await page.getByRole('tree').press('ArrowRight')
    await row(/New Smart\+ ad/).click()
    // The problems panel's entry for the empty ad lands on the button that adds a creative.
    await page.getByRole('tab', { name: /Problems/ }).click()
    await page.getByRole('button', { name: /add at least one creative/ }).click()
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('field-creative_list')
    // Each creative picked from the library: uploaded at post time, before the ad.
    for (const n of [1, 2, 3]) {
      await page.getByRole('button', { name: '+ Creative' }).click()
      await page
        .getByRole('listbox', { name: `Creative ${n} video` })
        .getByRole('option', { name: new RegExp(`trail-${n}\\.mp4`) })
        .click()
      await expect
        .poll(() =>
          page
            .getByRole('listbox', { name: `Creative ${n} video` })
            .getByRole('option', { selected: true })
            .count(),
        )
        .toBe(1)
    }
    await expect.poll(() => page.getByTestId('count-creatives').textContent()).toBe('3 of 50 creatives at most')
    for (const text of ['Run further this spring', 'Trail shoes, free returns']) {
      await page.getByLabel('Add a text').fill(text)
      await page.getByLabel('Add a text').press('Enter')
      await page.getByLabel(new RegExp(`^Text \\d`)).last().waitFor()
    }
    await expect.poll(() => page.getByLabel('Text 2').inputValue()).toBe('Trail shoes, free returns')
    await page.getByLabel('Landing page URL').fill('https://example.com/trail')
    await page.getByLabel('Landing page URL').press('Enter')
    await expect.poll(() => row(/New Smart\+ ad/).textContent()).not.toContain('error')
    const draft = await snapshot(h)
    const ad = draft.smartPlusAds.find((a) => a.ad_name === 'New Smart+ ad')!
    expect(ad.creative_list.map((c) => c.creative_info.video_info?.video_id)).toEqual(signatures.slice(0, 3).map((s) => `library:${s}`))
    // One preview per creative, with the first text and the call to action.
    expect(await page.getByRole('figure', { name: /^Creative \d, TikTok in-feed preview$/ }).count()).toBe(3)
    expect(ad.creative_list.every((c) => c.creative_info.identity_type === 'TT_USER')).toBe(true)
    expect(ad.ad_text_list).toEqual([{ ad_text: 'Run further this spring' }, { ad_text: 'Trail shoes, free returns' }])
    await h.screenshot('smart-plus-ad-light')
    await page.getByRole('heading', { name: 'Previews' }).scrollIntoViewIfNeeded()
    await h.screenshot('smart-plus-previews-light')
    await page.emulateMedia({ colorScheme: 'dark' })
    await h.screenshot('smart-plus-ad-dark')
    await page.emulateMedia({ colorScheme: 'light' })

    // (3) Post: the tree's rows then carry TikTok's ids.
    const post = async () => {
      await nav.getByRole('button', { name: 'Sync' }).click()
      await page.getByRole('button', { name: 'Post changes' }).click()
      const dialog = page.getByRole('dialog')
      await dialog.waitFor()
      await dialog.getByRole('button', { name: 'Post changes' }).click()
      await expect
        .poll(() => page.locator('section[aria-labelledby="result-title"] .sync-verdict').textContent(), { timeout: 20_000 })
        .toMatch(/0 failed, 0 not sent/)
      await nav.getByRole('button', { name: 'Campaigns' }).click()
    }
    await post()
    const posted = await snapshot(h)
    const campaign = posted.smartPlusCampaigns.find((c) => c.campaign_name === 'E2E Smart+ Web')!
    expect(isLocalId(campaign.campaign_id)).toBe(false)
    expect(posted.smartPlusAdgroups.filter((g) => g.campaign_id === campaign.campaign_id).every((g) => !isLocalId(g.adgroup_id))).toBe(true)
    const postedAd = posted.smartPlusAds.find((a) => a.ad_name === 'New Smart+ ad')!
    expect(postedAd.creative_list.every((c) => c.ad_material_id)).toBe(true)
    // The library's files went up first: the ad names TikTok's video ids, one upload per file.
    const sandboxAtPost = await h.embeddedSandbox()
    const uploaded = Object.values(sandboxAtPost.state.data.materials!.videos)
    expect(postedAd.creative_list.map((c) => c.creative_info.video_info?.video_id)).toEqual(
      signatures.slice(0, 3).map((s) => uploaded.find((v) => v.signature === s)?.video_id),
    )
    await row(/E2E Smart\+ Web/).click()
    expect(
      await row(/E2E Smart\+ Web/)
        .locator('.row-name')
        .getAttribute('title'),
    ).toContain(campaign.campaign_id)
    await expect.poll(() => editor.locator('.editor-id').textContent()).toBe(`id ${campaign.campaign_id}`)
    // Posted, the objective and budget optimization are fixed, and say why.
    expect(await editor.getByLabel('Objective').isDisabled()).toBe(true)
    expect(await page.locator('#field-objective_type-msg').textContent()).toBe('Fixed on TikTok: it cannot change after the campaign is created.')
    await h.screenshot('smart-plus-posted-light')

    // (4) A budget change, posted: TikTok has the new budget.
    await page.getByLabel('Budget', { exact: true }).fill('150')
    await page.getByLabel('Budget', { exact: true }).press('Enter')
    await expect.poll(() => row(/E2E Smart\+ Web/).textContent()).toContain('Edited')
    // A posted creative edited in place keeps TikTok's id for it (ad_material_id), so TikTok updates it, not adds one.
    const materialIds = posted.smartPlusAds.find((a) => a.ad_name === 'New Smart+ ad')!.creative_list.map((c) => c.ad_material_id)
    await row(/E2E Smart\+ Web/).click()
    await page.getByRole('tree').press('ArrowRight')
    await row(/SP Auto US/).click()
    await page.getByRole('tree').press('ArrowRight')
    await row(/New Smart\+ ad/).click()
    expect(await page.getByText(`TikTok id ${materialIds[1]}`).count()).toBe(1)
    await page
      .getByRole('listbox', { name: 'Creative 2 video' })
      .getByRole('option', { name: /trail-4\.mp4/ })
      .click()
    await expect
      .poll(
        async () =>
          (await snapshot(h!)).smartPlusAds.find((a) => a.ad_name === 'New Smart+ ad')!.creative_list[1]?.creative_info.video_info?.video_id,
      )
      .toBe(`library:${signatures[3]}`)
    const edited = (await snapshot(h)).smartPlusAds.find((a) => a.ad_name === 'New Smart+ ad')!
    expect(edited.creative_list.map((c) => c.ad_material_id)).toEqual(materialIds)
    await post()
    const sandbox = await h.embeddedSandbox()
    const onTikTok = sandbox.state.list('campaign', ADV).find((c) => String(c.campaign_id) === campaign.campaign_id)
    expect(onTikTok?.budget).toBe(150)

    // A creative can promote one of its identity's TikTok posts instead (Spark pull), picked from the cached list.
    await row(/New Smart\+ ad/).click()
    const third = page.locator('.sp-list > li').nth(2)
    await third.getByText('Use a TikTok post instead (Spark)').click()
    await third.getByRole('listbox', { name: 'TikTok post' }).getByRole('option').first().click()
    const pulled = async () => (await snapshot(h!)).smartPlusAds.find((a) => a.ad_name === 'New Smart+ ad')!.creative_list[2]!.creative_info
    await expect.poll(async () => (await pulled()).tiktok_item_id).toMatch(/^\d+$/)
    expect((await pulled()).video_info).toBeUndefined()

    // (5) A manual web conversions draft: the warning names TikTok's date, the preview lists what is lost, and
    // Convert to Smart+ replaces it in one undoable step.
    await page.getByRole('button', { name: '+ Campaign', exact: true }).click()
    await page.getByLabel('Campaign name').fill('E2E Manual Web')
    await page.getByLabel('Campaign name').press('Enter')
    await page.getByRole('note').filter({ hasText: 'may end it for traffic campaigns too' }).waitFor()
    await editor.getByLabel('Objective').selectOption('WEB_CONVERSIONS')
    const warning = page.getByRole('note').filter({ hasText: 'TikTok stops creating manual web conversions campaigns after 2026-12-31.' })
    await warning.waitFor()
    await page.getByRole('button', { name: '+ Ad group', exact: true }).click()
    await page.getByRole('button', { name: '+ Ad', exact: true }).click()
    await row(/E2E Manual Web/).click()
    await warning.getByRole('button', { name: 'Convert to Smart+…' }).click()
    await warning.getByRole('list', { name: 'What does not carry over' }).or(warning.getByText('Everything carries over')).waitFor()
    await h.screenshot('smart-plus-convert-light')
    await warning.getByRole('button', { name: 'Convert to Smart+', exact: true }).click()
    await expect
      .poll(() =>
        row(/E2E Manual Web/)
          .locator('.badge-smart-plus')
          .count(),
      )
      .toBe(1)
    await h.screenshot('smart-plus-converted-light')
    const converted = await snapshot(h)
    expect(converted.campaigns.some((c) => c.campaign_name === 'E2E Manual Web')).toBe(false)
    const sp = converted.smartPlusCampaigns.find((c) => c.campaign_name === 'E2E Manual Web')!
    expect(sp.objective_type).toBe('WEB_CONVERSIONS')
    expect(converted.smartPlusAdgroups.filter((g) => g.campaign_id === sp.campaign_id)).toHaveLength(1)
    await page.getByRole('toolbar', { name: 'Editor actions' }).getByRole('button', { name: 'Undo', exact: true }).click()
    await expect.poll(async () => (await snapshot(h!)).campaigns.some((c) => c.campaign_name === 'E2E Manual Web')).toBe(true)
    expect((await snapshot(h)).smartPlusCampaigns.some((c) => c.campaign_name === 'E2E Manual Web')).toBe(false)
  })

  it('after TikTok ends manual creation, says a manual web conversions draft cannot be posted; bulk status covers Smart+ rows', async () => {
    // A week after the creation-path table moves the Smart+ objectives to Smart+ (creation-path.ts).
    const from = CREATION_PATHS.find((r) => r.objective === 'WEB_CONVERSIONS' && r.path === 'smart_plus')!.from
    h = await openHarness({ now: new Date(Date.parse(from) + 7 * 86_400_000).toISOString(), colorScheme: 'dark' })
    const { page } = h
    const row = (name: RegExp) => page.getByRole('treeitem', { name })
    const editor = page.getByRole('region', { name: /editor$/ })
    await page.getByRole('treeitem').first().waitFor()

    await page.getByRole('button', { name: '+ Campaign', exact: true }).click()
    await page.getByLabel('Campaign name').fill('E2E Late Manual')
    await page.getByLabel('Campaign name').press('Enter')
    await editor.getByLabel('Objective').selectOption('WEB_CONVERSIONS')
    const warning = page
      .getByRole('note')
      .filter({ hasText: 'TikTok no longer creates manual web conversions campaigns: this draft can no longer be posted.' })
    await warning.waitFor()
    // It is an error too, so Check changes and Post changes stop at it rather than calling an ended endpoint.
    await expect.poll(() => page.locator('#field-objective_type-msg').textContent()).toContain('convert the draft to Smart+ to post it')
    await h.screenshot('smart-plus-convert-after-date-dark')
    await warning.getByRole('button', { name: 'Convert to Smart+…' }).click()
    await warning.getByRole('button', { name: 'Convert to Smart+', exact: true }).click()
    await expect
      .poll(() =>
        row(/E2E Late Manual/)
          .locator('.badge-smart-plus')
          .count(),
      )
      .toBe(1)

    // Pausing the converted Smart+ campaign together with a manual one pauses both, as one step.
    const manual = await snapshot(h).then((s) => s.campaigns.find((c) => c.operation_status === 'ENABLE')!)
    await row(/E2E Late Manual/).click()
    await row(new RegExp(manual.campaign_name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).click({ modifiers: ['Control'] })
    await page
      .getByRole('heading', { name: '2 items selected' })
      .or(page.getByRole('heading', { name: /2 .*selected/ }))
      .waitFor()
    await page.getByRole('button', { name: 'Pause' }).click()
    await expect.poll(() => page.getByTestId('toast').textContent()).toContain('paused')
    const after = await snapshot(h)
    expect(after.smartPlusCampaigns.find((c) => c.campaign_name === 'E2E Late Manual')?.operation_status).toBe('DISABLE')
    expect(after.campaigns.find((c) => c.campaign_id === manual.campaign_id)?.operation_status).toBe('DISABLE')

    // "+ Campaign ▾" offers web conversions as Smart+ only now; the keyboard picks lead generation, made as Smart+.
    await page.getByRole('button', { name: 'New campaign by objective' }).click()
    const menu = page.getByRole('menu', { name: 'New campaign by objective' })
    expect(await menu.getByRole('menuitem', { name: /^Web conversions/ }).count()).toBe(1)
    expect(await menu.getByRole('menuitem', { name: /^Web conversions/ }).textContent()).toContain('Smart+ only')
    await h.screenshot('new-campaign-menu-dark')
    const items = await menu.getByRole('menuitem').allTextContents()
    const lead = items.findIndex((t) => t.startsWith('Lead generation'))
    for (let i = 0; i < lead; i++) await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    await expect.poll(async () => (await snapshot(h!)).smartPlusCampaigns.filter((c) => c.objective_type === 'LEAD_GENERATION').length).toBe(1)
    expect(await menu.count()).toBe(0)
  })
})
