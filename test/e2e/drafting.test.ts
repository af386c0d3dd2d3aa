import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import type { AccountSnapshot } from '#shared/domain/account'
import { everyDay, setHour } from '#renderer/campaigns/model/dayparting'
import { chromiumPath, openHarness, type Harness } from './harness'

const ADV = '7301000000000000001'

let h: Harness | undefined
afterEach(async () => {
  await h?.close()
  h = undefined
})

/** The account as the back end has it, without the undo state (which an import legitimately moves). */
async function snapshot(harness: Harness) {
  const r = await harness.page.evaluate((advertiserId) => window.adwright!.invoke('account:open', { advertiserId }), ADV)
  if (!r.ok) throw new Error(r.error.message)
  const s = r.value as AccountSnapshot
  return { campaigns: s.campaigns, adgroups: s.adgroups, ads: s.ads }
}

describe.skipIf(!chromiumPath)('offline drafting in Chromium', () => {
  it('creates, validates, undoes, bulk-edits and keeps everything across a restart', async () => {
    h = await openHarness()
    const { page } = h
    const tree = page.getByRole('tree')
    const row = (name: RegExp) => page.getByRole('treeitem', { name })
    const toast = page.getByTestId('toast')
    await row(/Trail Shoes – Web Sales/).waitFor()

    // A campaign, through the toolbar: it opens with the caret in its name.
    await page.getByRole('button', { name: '+ Campaign', exact: true }).click()
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('field-campaign_name')
    await page.getByLabel('Campaign name').fill('E2E Spring')
    await page.getByLabel('Campaign name').press('Enter')
    await row(/E2E Spring/).waitFor()
    expect(await row(/E2E Spring/).textContent()).toContain('New')

    // An ad group inside it: no location yet, which validation reports under the field and in the problems panel.
    await page.getByRole('button', { name: '+ Ad group' }).click()
    await page.getByLabel('Ad group name').fill('E2E US adults')
    await page.getByLabel('Ad group name').press('Enter')
    const locations = page.locator('#field-location_ids')
    await expect.poll(() => page.locator('#field-location_ids-msg').textContent()).toContain('Select at least one location')
    expect(await locations.getAttribute('aria-invalid')).toBe('true')
    expect(await page.getByRole('tab', { name: /Problems/ }).textContent()).toMatch(/[1-9]\d* errors?/)
    expect(await row(/E2E US adults/).textContent()).toContain('error')
    await locations.scrollIntoViewIfNeeded()
    await h.screenshot('editor-validation-light')

    // Fixed by finding the country in the picker: the error is gone and the country is named with its market.
    await locations.getByLabel('Find a location').fill('united')
    await locations.getByLabel('United States').check()
    await expect.poll(() => page.locator('#field-location_ids-msg').textContent()).toContain('United States — United States')
    await expect.poll(() => locations.getAttribute('aria-invalid')).toBeNull()
    await expect.poll(() => row(/E2E US adults/).textContent()).not.toContain('error')

    // Dayparting: business hours every day, then Monday 09:00 off.
    const daypartingOf = async () => (await snapshot(h!)).adgroups.find((g) => g.adgroup_name === 'E2E US adults')?.dayparting
    await page.getByRole('button', { name: '09:00–18:00 every day' }).click()
    await expect.poll(daypartingOf).toBe(everyDay(9, 18))
    await page.getByLabel('Monday 09:00–10:00').uncheck()
    await expect.poll(daypartingOf).toBe(setHour(everyDay(9, 18), 0, 9, false))
    expect(await page.getByLabel('Tuesday 09:00–10:00').isChecked()).toBe(true)

    // An ad inside the ad group.
    await page.getByRole('button', { name: '+ Ad', exact: true }).click()
    await page.getByLabel('Ad name').fill('E2E video')
    await page.getByLabel('Ad name').press('Enter')
    await page.getByLabel('Ad text').fill('Spring is here')
    await page.getByLabel('Landing page URL').click()
    await page.getByLabel('Landing page URL').fill('https://example.com/spring')
    await page.getByLabel('Landing page URL').press('Enter')
    await row(/E2E video/).waitFor()
    await expect
      .poll(() => snapshot(h!).then((s) => s.ads.find((a) => a.ad_name === 'E2E video')?.landing_page_url))
      .toBe('https://example.com/spring')

    // Undo and redo from the keyboard, with the focus on the tree (not in a field).
    await row(/E2E video/).click()
    await page.keyboard.press('Control+z')
    await expect.poll(() => page.getByLabel('Landing page URL').inputValue()).toBe('')
    await page.keyboard.press('Control+Shift+z')
    await expect.poll(() => page.getByLabel('Landing page URL').inputValue()).toBe('https://example.com/spring')
    await page.keyboard.press('Control+z')
    await page.keyboard.press('Control+y')
    await expect.poll(() => page.getByLabel('Landing page URL').inputValue()).toBe('https://example.com/spring')

    // Bulk: the budgets of the three ad groups of a downloaded campaign, selected with Shift+click.
    await row(/Trail Shoes – Web Sales/).click()
    await tree.press('ArrowRight')
    await row(/Trail Shoes US 25-44/).click()
    await row(/Trail Shoes Asia test/).click({ modifiers: ['Shift'] })
    await page.getByRole('heading', { name: '3 ad groups selected' }).waitFor()
    await page.getByLabel('New budget').fill('250')
    await page.getByRole('button', { name: 'Apply budget' }).click()
    await expect.poll(() => toast.textContent()).toContain('Budget of 3 ad groups changed')
    await h.screenshot('editor-bulk-light')
    const trail = (s: Awaited<ReturnType<typeof snapshot>>) => {
      const c = s.campaigns.find((x) => x.campaign_name === 'Trail Shoes – Web Sales')!
      return s.adgroups.filter((g) => g.campaign_id === c.campaign_id).map((g) => g.budget)
    }
    await expect.poll(async () => trail(await snapshot(h!))).toEqual([250, 250, 250])
    // The pending-changes view shows each edited field against the downloaded value, and reverts one change.
    await page.getByRole('tab', { name: /Pending changes/ }).click()
    const pending = page.getByRole('list', { name: 'Pending changes' })
    await expect.poll(() => pending.textContent()).toMatch(/Trail Shoes EU 25-44budget140 → 250/)
    await h.screenshot('editor-pending-light')
    await page.getByRole('button', { name: 'Revert this change: Trail Shoes EU 25-44' }).click()
    await expect.poll(async () => trail(await snapshot(h!))).toEqual([250, 140, 250])
    await expect.poll(() => pending.textContent()).not.toContain('Trail Shoes EU 25-44')
    // Back to the problems tab, so no diff is being fetched when the back end stops.
    await page.getByRole('tab', { name: /Problems/ }).click()

    const before = await snapshot(h)

    // Restart the back end on the same data folder: everything is still there.
    await h.restartBackend()
    await row(/E2E Spring/).waitFor()
    expect(await snapshot(h)).toEqual(before)
    await row(/E2E Spring/).click()
    await page.getByRole('tree').press('ArrowRight')
    await row(/E2E US adults/).click()
    expect(await page.locator('#field-location_ids').getByLabel('United States').isChecked()).toBe(true)
  })

  it('works from the keyboard: tree navigation, rename, duplicate, copy/paste, delete, and jump to a problem', async () => {
    h = await openHarness({ colorScheme: 'dark' })
    const { page } = h
    const tree = page.getByRole('tree')
    const row = (name: RegExp) => page.getByRole('treeitem', { name })
    const activeRow = () =>
      page.evaluate(() => document.getElementById(document.querySelector('[role="tree"]')!.getAttribute('aria-activedescendant') ?? '')?.textContent)
    const campaigns = async () => (await snapshot(h!)).campaigns.map((c) => c.campaign_name)
    await row(/Trail Shoes – Web Sales/).waitFor()

    // Scrolled to the end and clicked, the last campaign opens (not the first row, as focusing the tree would).
    await page.getByRole('button', { name: 'Expand all' }).click()
    await tree.evaluate((el) => (el.scrollTop = el.scrollHeight))
    await row(/Guided Hikes – Leads/).click()
    await page.getByRole('heading', { name: 'Guided Hikes – Leads' }).waitFor()
    await page.getByRole('button', { name: 'Collapse all' }).click()

    // Search narrows the tree to the matches and the path to them.
    await page.getByLabel('Search by name or id').fill('Asia test')
    await expect.poll(() => page.getByRole('treeitem').count()).toBe(2)
    await page.getByRole('button', { name: 'Clear filters' }).click()
    await expect.poll(() => page.getByRole('treeitem').count()).toBe(6)

    // Arrows move, open and close; Home and End jump.
    await tree.focus()
    await tree.press('Home')
    expect(await activeRow()).toContain('Trail Shoes – Web Sales')
    await tree.press('ArrowDown')
    expect(await activeRow()).toContain('Spring Collection')
    await tree.press('ArrowRight')
    await tree.press('ArrowRight')
    expect(await activeRow()).toContain('Spring')
    expect(await page.getByRole('treeitem', { name: /Spring Collection/ }).getAttribute('aria-expanded')).toBe('true')
    await tree.press('ArrowLeft')
    expect(await activeRow()).toContain('Spring Collection')
    await tree.press('ArrowLeft')
    expect(await page.getByRole('treeitem', { name: /Spring Collection/ }).getAttribute('aria-expanded')).toBe('false')
    await tree.press('End')
    expect(await activeRow()).toContain('Guided Hikes')
    await tree.press('Home')
    expect(await activeRow()).toContain('Trail Shoes – Web Sales')
    // Enter opens the row's editor at its first field; Escape there leaves it unchanged.
    await tree.press('Enter')
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('field-campaign_name')
    await tree.focus()
    await h.screenshot('editor-campaign-dark')

    // F2 renames: the caret goes to the name; Ctrl+Z inside the field is the field's own undo, not the account's.
    await tree.press('F2')
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('field-campaign_name')
    await page.keyboard.type(' X')
    await page.keyboard.press('Control+z')
    await page.keyboard.press('Escape')
    expect(await campaigns()).toContain('Trail Shoes – Web Sales')
    expect(await page.getByRole('button', { name: 'Undo', exact: true }).isDisabled()).toBe(true)

    // Ctrl+D duplicates the campaign with its ad groups and ads; Delete removes the copy; Ctrl+C, Ctrl+V pastes one.
    await row(/Trail Shoes – Web Sales/).click()
    await page.keyboard.press('Control+d')
    await row(/Trail Shoes – Web Sales \(copy\)/).waitFor()
    const withCopy = await snapshot(h)
    const groupsOf = (name: string) => {
      const c = withCopy.campaigns.find((x) => x.campaign_name === name)!
      return withCopy.adgroups.filter((g) => g.campaign_id === c.campaign_id).map((g) => g.adgroup_name)
    }
    expect(groupsOf('Trail Shoes – Web Sales (copy)')).toHaveLength(groupsOf('Trail Shoes – Web Sales').length)
    await tree.press('Delete')
    await expect.poll(() => row(/\(copy\)/).count()).toBe(0)
    await row(/Brand Reach Q4/).click()
    await page.keyboard.press('Control+c')
    await page.keyboard.press('Control+v')
    await row(/Brand Reach Q4 \(copy\)/).waitFor()
    expect((await campaigns()).filter((n) => n.startsWith('Brand Reach Q4'))).toHaveLength(2)

    // A problem in the panel opens its entity with the caret in the field.
    await row(/Gear Guides/).click()
    await page.getByRole('button', { name: '+ Ad group' }).click()
    await page.getByLabel('Ad group name').press('Escape')
    await row(/Trail Shoes – Web Sales/).click()
    await page.getByRole('button', { name: /select at least one location/ }).click()
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('field-location_ids')
    await h.screenshot('editor-adgroup-dark')
  })

  it.each([
    ['CSV', 'Export CSV', /\.csv$/],
    ['plan', 'Export plan', /\.json$/],
  ])('exports the account as %s and re-imports it unchanged', async (format, button, extension) => {
    h = await openHarness()
    const { page } = h
    await page.getByRole('treeitem', { name: /Trail Shoes – Web Sales/ }).waitFor()
    const before = await snapshot(h)

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()])
    const path = await download.path()
    const content = readFileSync(path, 'utf8')
    expect(download.suggestedFilename()).toMatch(extension)
    expect(content.split('\n').length).toBeGreaterThan(2)

    await page
      .getByLabel('Import a CSV or plan file')
      .setInputFiles({ name: download.suggestedFilename(), mimeType: 'text/plain', buffer: Buffer.from(content) })
    const dialog = page.getByRole('dialog', { name: /Import/ })
    await dialog.getByRole('button', { name: /^Apply \d+ rows$/ }).waitFor()
    await h.screenshot(`editor-import-${format.toLowerCase()}-light`)
    await dialog.getByRole('button', { name: /^Apply \d+ rows$/ }).click()
    await expect.poll(() => page.getByTestId('toast').textContent()).toContain('Imported')
    expect(await snapshot(h)).toEqual(before)
  })

  it('shows the row errors of an import, applies only the valid rows when asked, as one undoable step', async () => {
    h = await openHarness()
    const { page } = h
    await page.getByRole('treeitem', { name: /Trail Shoes – Web Sales/ }).waitFor()
    const before = await snapshot(h)
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export plan' }).click()])
    const plan = readFileSync(await download.path(), 'utf8')
      .replace(/"Trail Shoes – Web Sales"/, '"Trail Shoes – Imported"')
      .replace(/"Spring Collection – Traffic"/, '"Spring – Imported"')
      .replace(/"objective_type": "TRAFFIC"/, '"objective_type": "NOT_AN_OBJECTIVE"')

    await page
      .getByLabel('Import a CSV or plan file')
      .setInputFiles({ name: 'edited.adwright.json', mimeType: 'application/json', buffer: Buffer.from(plan) })
    const dialog = page.getByRole('dialog', { name: /Import/ })
    const applyValid = dialog.getByRole('button', { name: /^Apply the \d+ valid rows$/ })
    await applyValid.waitFor()
    expect(await dialog.getByRole('table').textContent()).toContain('objective_type')
    expect(await dialog.getByRole('button', { name: /^Apply \d+ rows$/ }).count()).toBe(0)
    await h.screenshot('editor-import-errors-light')

    // Cancel changes nothing; applying the valid rows changes what they hold, and one undo takes it all back.
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    expect(await snapshot(h)).toEqual(before)
    await page
      .getByLabel('Import a CSV or plan file')
      .setInputFiles({ name: 'edited.adwright.json', mimeType: 'application/json', buffer: Buffer.from(plan) })
    await applyValid.click()
    await expect.poll(() => page.getByTestId('toast').textContent()).toContain('Imported')
    const names = (await snapshot(h)).campaigns.map((c) => c.campaign_name)
    expect(names).toContain('Trail Shoes – Imported')
    expect(names).not.toContain('Spring – Imported')
    await page.getByRole('tree').focus()
    await page.keyboard.press('Control+z')
    await expect.poll(() => snapshot(h!)).toEqual(before)
  })
})
