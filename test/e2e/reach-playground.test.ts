import { afterEach, describe, expect, it } from 'vitest'
import { chromiumPath, openHarness, type Harness } from './harness'

let h: Harness | undefined
afterEach(async () => {
  await h?.close()
  h = undefined
})

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1280, height: 800 },
] as const

/** The page at both window sizes, light and dark. */
async function shootAll(name: string) {
  const { page } = h!
  for (const size of SIZES)
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.setViewportSize(size)
      await page.emulateMedia({ colorScheme })
      await h!.screenshot(`${name}-${size.width}x${size.height}-${colorScheme}`)
    }
  await page.emulateMedia({ colorScheme: 'light' })
}

describe.skipIf(!chromiumPath)('reach playground and ad groups', () => {
  it('loads an ad group, keeps its state across pages, applies it as one undo step', async () => {
    h = await openHarness()
    const { page } = h
    const nav = page.getByRole('navigation', { name: 'Main' })
    await nav.waitFor()
    await page.setViewportSize({ width: 1440, height: 900 })
    // The account opens on the Campaigns page; wait for its tree so the loader lists its ad groups.
    await page.getByRole('treeitem', { name: /Trail Shoes – Web Sales/ }).waitFor()
    await nav.getByRole('button', { name: 'Audiences & Reach' }).click()

    const playground = page.getByRole('form', { name: 'Targeting' })
    const apply = playground.getByRole('button', { name: /^Apply to/ })
    expect(await apply.isDisabled()).toBe(true)
    expect(await playground.textContent()).toContain('Nothing loaded: load an ad group to apply the playground to it.')
    await h.screenshot('reach-playground-empty-1440x900-light')

    // Load by keyboard: the list, then the Load button.
    const list = playground.getByRole('combobox', { name: 'Load from ad group' })
    await list.selectOption({ label: 'Trail Shoes EU 25-44' })
    await list.press('Tab')
    await page.keyboard.press('Enter')
    await expect.poll(() => playground.textContent()).toContain('Loaded from “Trail Shoes EU 25-44”')
    const ages = playground.getByRole('group', { name: 'Ages' })
    expect(await ages.getByLabel('25–34').isChecked()).toBe(true)
    expect(await ages.getByLabel('45–54').isChecked()).toBe(false)
    expect(await playground.getByRole('checkbox', { name: 'Germany', exact: true }).isChecked()).toBe(true)
    expect(await playground.textContent()).toContain('Also kept and applied as loaded: 3 languages')
    expect(await apply.isDisabled()).toBe(true)
    expect(await playground.textContent()).toContain('Nothing to apply')

    await ages.getByLabel('45–54').check()
    await expect.poll(() => apply.isDisabled()).toBe(false)
    expect(await playground.textContent()).toContain('Loaded from “Trail Shoes EU 25-44”, with changes not yet applied (Load again replaces them).')

    // Away and back: the playground is as it was.
    await nav.getByRole('button', { name: 'Results' }).click()
    await page.getByRole('heading', { name: 'Results', level: 1 }).waitFor()
    await nav.getByRole('button', { name: 'Audiences & Reach' }).click()
    await expect.poll(() => ages.getByLabel('45–54').isChecked()).toBe(true)
    expect(await playground.textContent()).toContain('Loaded from “Trail Shoes EU 25-44”')
    await shootAll('reach-playground-loaded')

    await apply.click()
    const toast = page.getByTestId('toast')
    await expect.poll(() => toast.textContent()).toContain('Targeting applied to “Trail Shoes EU 25-44”')
    await expect.poll(() => playground.textContent()).toContain('Nothing to apply')
    await shootAll('reach-playground-applied')

    // The editor shows the applied ages; one Undo takes them back.
    await nav.getByRole('button', { name: 'Campaigns' }).click()
    const row = (name: RegExp) => page.getByRole('treeitem', { name })
    await row(/Trail Shoes – Web Sales/).click()
    await page.getByRole('tree').press('ArrowRight')
    await row(/Trail Shoes EU 25-44/).click()
    const editorAges = page.getByRole('group', { name: 'Ages' })
    await expect.poll(() => editorAges.getByLabel('45–54').isChecked()).toBe(true)
    const undo = page.getByRole('toolbar').getByRole('button', { name: 'Undo', exact: true })
    expect(await undo.getAttribute('title')).toContain('Apply reach playground targeting to “Trail Shoes EU 25-44”')
    await undo.click()
    await expect.poll(() => editorAges.getByLabel('45–54').isChecked()).toBe(false)
    expect(await editorAges.getByLabel('25–34').isChecked()).toBe(true)

    // Back in the playground the undone ad group differs again, so Apply is on.
    await nav.getByRole('button', { name: 'Audiences & Reach' }).click()
    await expect.poll(() => apply.isDisabled()).toBe(false)
  })
})
