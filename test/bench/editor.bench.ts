/**
 * The Campaigns editor on a 50,500-row account (500 campaigns × 10 ad groups ×
 * 9 ads) in Chromium: time until the tree is drawn, time to expand every row,
 * and frame times while scrolling the fully expanded tree.
 */
import { join, resolve } from 'node:path'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { build } from 'vite'
import { createAppServices } from '#backend/app/app-services'
import { confSettingsBackend } from '#backend/settings/conf-settings-backend'
import { DEMO_ADVERTISERS } from '#shared/domain/demo-account'
import { generateAccount } from '#shared/domain/demo/index'
import { chromiumPath, openHarness } from '../e2e/harness'
import { percentile, round, type Bench, type Figure } from './figures'
import { frameFigures, scrollFrames } from './scroll-frames'
import { testNow } from '../helpers/clock'

const root = resolve(import.meta.dirname, '../..')
const ADV = DEMO_ADVERTISERS[0]!.advertiser_id
const SHAPE = { campaigns: 500, adgroupsPerCampaign: 10, adsPerAdgroup: 9 }
const ROWS = SHAPE.campaigns * (1 + SHAPE.adgroupsPerCampaign * (1 + SHAPE.adsPerAdgroup))

/** Writes the large account to a data folder as if it had just been downloaded. */
async function seededDataDir(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'adwright-bench-editor-'))
  const account = generateAccount({ advertiserId: ADV, seed: 7, ...SHAPE })
  const services = createAppServices({
    info: { name: 'Adwright', version: 'bench', platform: process.platform, host: 'web-harness', clockPinnedAt: null },
    now: testNow,
    settings: confSettingsBackend(dir),
    dataDir: dir,
    openExternal: () => {},
    seedAccount: () => account,
  })
  const r = await services.dispatch('account:open', { advertiserId: ADV })
  services.close()
  if (!r.ok) throw new Error(r.error.message)
  return dir
}

const bench: Bench = async () => {
  if (!chromiumPath) return []
  await build({ configFile: join(root, 'vite.web.config.ts'), logLevel: 'warn' })
  const dataDir = await seededDataDir()
  const h = await openHarness({ dataDir })
  const { page } = h
  const firstRender: number[] = []
  const checked: number[] = []
  try {
    // Navigation start → the first campaign row drawn, over fresh loads (the back end keeps the store open).
    for (let i = 0; i < 5; i++) {
      await page.reload()
      await page.getByRole('treeitem').first().waitFor({ timeout: 120_000 })
      firstRender.push(await page.evaluate(() => performance.now()))
      // The whole account is validated after the first render; the problems tab says when it is done.
      await page.getByRole('tab', { name: /errors?,/ }).waitFor({ timeout: 120_000 })
      checked.push(await page.evaluate(() => performance.now()))
    }

    const expandStart = await page.evaluate(() => performance.now())
    await page.getByRole('button', { name: 'Expand all' }).click()
    await page.waitForFunction((n) => document.querySelector('[data-testid="row-count"]')?.textContent?.startsWith(n), ROWS.toLocaleString('en-US'))
    const expand = (await page.evaluate(() => performance.now())) - expandStart

    // Scroll 240 px per frame (8 rows) for 400 frames, then jump to far places, timing every frame.
    const frames = await scrollFrames(page, '[role="tree"]', '[role="treeitem"]')
    return [
      { name: `rows in the account`, value: ROWS, unit: 'rows', goal: '' },
      { name: 'time to first render of the tree, p50', value: round(percentile(firstRender, 50), 0), unit: 'ms', goal: '< 2000 ms' },
      { name: 'every entity validated, p50 (after load)', value: round(percentile(checked, 50), 0), unit: 'ms', goal: '' },
      { name: 'expand all (every row visible)', value: round(expand, 0), unit: 'ms', goal: '< 1000 ms' },
      ...frameFigures(frames.times, '< 33 ms'),
      { name: 'tree rows in the DOM while scrolling', value: frames.rows, unit: 'rows', goal: '< 100' },
    ] satisfies Figure[]
  } finally {
    await h.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}
export default bench
