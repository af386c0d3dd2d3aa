/**
 * The Creatives page over a library of 5,000 creatives in Chromium (issue 13): frame times while scrolling the list,
 * 240 px a frame and then jumps, as the editor bench scrolls the tree. The records are real library records whose
 * files exist (a few ffmpeg-made videos and images shared by many records, each under its own signature), so every
 * row draws a real thumbnail as the buyer's would once each creative has been shown once (thumbnail-store.ts).
 * Goal: p95 < 20 ms.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build } from 'vite'
import { LibraryCreativeSchema } from '#shared/creatives/creative'
import { openCreativeLibrary } from '#backend/creatives/creative-library'
import { thumbnailStore } from '#backend/creatives/thumbnail-store'
import { createAppServices } from '#backend/app/app-services'
import { confSettingsBackend } from '#backend/settings/conf-settings-backend'
import { DEMO_ADVERTISERS } from '#shared/domain/demo-account'
import { chromiumPath, openHarness } from '../e2e/harness'
import { makeImage, makeVideo } from '../helpers/media'
import { testNow } from '../helpers/clock'
import { round, type Bench, type Figure } from './figures'
import { frameFigures, scrollFrames } from './scroll-frames'

const root = resolve(import.meta.dirname, '../..')
const ADV = DEMO_ADVERTISERS[0]!.advertiser_id
const CREATIVES = 5_000

/** A data folder whose demo account has CREATIVES library records over a handful of real files. */
async function seededDataDir(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'adwright-bench-library-'))
  const services = createAppServices({
    info: { name: 'Adwright', version: 'bench', platform: process.platform, host: 'web-harness', clockPinnedAt: null },
    now: testNow,
    settings: confSettingsBackend(dir),
    dataDir: dir,
    openExternal: () => {},
  })
  const opened = await services.dispatch('account:open', { advertiserId: ADV })
  services.close()
  if (!opened.ok) throw new Error(opened.error.message)
  const media = join(dir, 'media')
  mkdirSync(media)
  const files = [
    makeVideo(media, 'tall', { width: 720, height: 1280, seconds: 6 }),
    makeVideo(media, 'square', { width: 640, height: 640, seconds: 6, color: 'teal' }),
    makeVideo(media, 'wide', { width: 1280, height: 720, seconds: 6, color: 'orange' }),
    makeImage(media, 'card', 1080, 1920),
    makeImage(media, 'banner', 1200, 628),
  ]
  const accountDir = join(dir, 'accounts', ADV)
  const library = openCreativeLibrary(accountDir, testNow)
  const real = (await library.add(files)).map((o) => ('added' in o ? o.added : null)!)
  // Many records over the same files, each under its own (made-up) signature, as the library stores them, each with
  // the 96 px thumbnail the app makes the first time a creative is shown (the steady state of a used library).
  const thumbs = thumbnailStore(accountDir)
  const thumb = readFileSync(makeImage(media, 'thumb', 96, 96))
  for (const c of real) thumbs.save(c.signature, thumb)
  for (let i = 0; i < CREATIVES - real.length; i++) {
    const base = real[i % real.length]!
    const signature = createHash('md5').update(`bench-${i}`).digest('hex')
    const record = LibraryCreativeSchema.parse({ ...base, signature, fileName: `clip-${String(i).padStart(4, '0')}.${base.facts.extension}` })
    writeFileSync(join(accountDir, 'creatives', `${signature}.json`), JSON.stringify(record))
    thumbs.save(signature, thumb)
  }
  return dir
}

const bench: Bench = async () => {
  if (!chromiumPath) return []
  await build({ configFile: join(root, 'vite.web.config.ts'), logLevel: 'warn' })
  const dataDir = await seededDataDir()
  const h = await openHarness({ dataDir })
  const { page } = h
  try {
    await page.setViewportSize({ width: 1440, height: 900 })
    const opened = await page.evaluate(() => performance.now())
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Creatives' }).click()
    const options = page.getByRole('listbox', { name: 'Creatives' }).getByRole('option')
    await options.first().waitFor({ timeout: 120_000 })
    const shown = (await page.evaluate(() => performance.now())) - opened
    const frames = await scrollFrames(page, '[role="listbox"][aria-label="Creatives"]', '.creatives-row')
    return [
      { name: 'creatives in the library', value: CREATIVES, unit: 'creatives', goal: '' },
      { name: 'Creatives page: click to first row drawn', value: round(shown, 0), unit: 'ms', goal: '' },
      ...frameFigures(frames.times, '< 20 ms'),
      { name: 'rows in the DOM while scrolling', value: frames.rows, unit: 'rows', goal: '' },
    ] satisfies Figure[]
  } finally {
    await h.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}
export default bench
