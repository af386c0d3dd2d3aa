/**
 * Issue 13's acceptance in Chromium against the embedded sandbox: files dropped
 * into the library, a spec problem, an ad built from the library with a Spark
 * identity and a pixel from the cached lists, its preview, a post that uploads
 * first, and a second post that uploads nothing again.
 */
import { createHash } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { AccountSnapshot } from '#shared/domain/account'
import { makeImage, makeVideo } from '../helpers/media'
import { dropFiles } from './drop-files'
import { chromiumPath, openHarness, type Harness } from './harness'
import { pullAccount } from './pull-account'

const ADV = '7301000000000000001'
let h: Harness | undefined
let files: string | undefined
afterEach(async () => {
  await h?.close()
  h = undefined
  if (files) rmSync(files, { recursive: true, force: true })
})

async function snapshot(harness: Harness) {
  const r = await harness.page.evaluate((advertiserId) => window.adwright!.invoke('account:open', { advertiserId }), ADV)
  if (!r.ok) throw new Error(r.error.message)
  return r.value as AccountSnapshot
}

const md5Of = (path: string) => createHash('md5').update(readFileSync(path)).digest('hex')

describe.skipIf(!chromiumPath)('creatives a buyer can use', { timeout: 180_000 }, () => {
  it('drops files into the library, builds an ad from it with a preview, posts uploads first, and never uploads twice', async () => {
    files = mkdtempSync(join(tmpdir(), 'adwright-media-'))
    const tall = makeVideo(files, 'ridge-runner-15s', { width: 720, height: 1280, seconds: 6 })
    const square = makeVideo(files, 'square-teaser', { width: 480, height: 480, seconds: 6 })
    const card = makeImage(files, 'spring-card', 1080, 1920)

    h = await openHarness()
    const { page } = h
    await page.setViewportSize({ width: 1440, height: 900 })
    const nav = page.getByRole('navigation', { name: 'Main' })
    // The sandbox's account, identities and pixels, cached for offline drafting.
    await pullAccount(page)

    // 1. Drop two videos and an image: thumbnails and metadata.
    await nav.getByRole('button', { name: 'Creatives' }).click()
    await page.getByRole('heading', { name: 'No creatives yet' }).waitFor()
    await dropFiles(h, '.creatives-page', [tall, square, card])
    const options = page.getByRole('listbox', { name: 'Creatives' }).getByRole('option')
    await expect.poll(() => options.count(), { timeout: 20_000 }).toBe(3)
    const rowOf = (name: string) => options.filter({ hasText: name })
    expect(await rowOf('ridge-runner-15s.mp4').textContent()).toMatch(/720×1280 9:16.*0:06.*AVC/)
    expect(await rowOf('spring-card.jpg').textContent()).toMatch(/1080×1920 9:16.*JPEG/)
    // Each row's thumbnail is drawn from its own file once (a frame of each video, the image scaled down), kept by the
    // back end and loaded as a small JPEG: three of them, each 96 px and decoded.
    const thumbs = page.locator('.creatives-list img.creative-thumb')
    await expect.poll(() => thumbs.count(), { timeout: 20_000 }).toBe(3)
    await expect.poll(() => thumbs.evaluateAll((imgs: HTMLImageElement[]) => imgs.map((i) => i.naturalWidth))).toEqual([96, 96, 96])
    expect(await page.locator('.creatives-list video').count()).toBe(0)
    const kept = readdirSync(join(h.dataDir, 'accounts', ADV, 'creatives', 'thumbs'))
    expect(kept.sort()).toEqual([tall, square, card].map((p) => `${md5Of(p)}.jpg`).sort())

    // 2. The 1:1 video is below what TikTok's feed takes for its ratio.
    expect(await rowOf('square-teaser.mp4').textContent()).toContain('1 spec problem')
    await rowOf('square-teaser.mp4').click()
    const details = page.getByRole('complementary', { name: 'Details of square-teaser.mp4' })
    await details.getByText('TikTok: 480×480 is below the 640×640 minimum for 1:1.').waitFor()
    await page.getByRole('searchbox', { name: 'Search creatives' }).fill('9:16')
    await expect.poll(() => options.count()).toBe(2)
    await page.getByRole('searchbox', { name: 'Search creatives' }).fill('')
    await h.screenshot('creatives-library-1440')

    // 3. An ad from the library, with a Spark identity and a pixel from the cached lists.
    await nav.getByRole('button', { name: 'Campaigns' }).click()
    const row = (name: RegExp) => page.getByRole('treeitem', { name })
    await row(/Trail Shoes – Web Sales/).click()
    await page.getByRole('tree').press('ArrowRight')
    await row(/^Ad group: .*Trail Shoes US 25-44/).click()
    await page.getByRole('button', { name: '+ Ad', exact: true }).click()
    await page.getByLabel('Ad name').fill('Library ad')
    await page.getByLabel('Ad name').press('Enter')
    await page
      .getByLabel('Ad text')
      .fill('Trail shoes that grip wet rock. Built for the long way up, light enough for race day — try them on the trail this spring.')
    await page.getByLabel('Landing page URL').click()
    await page.getByLabel('Landing page URL').fill('https://example.com/ridge')
    await page.getByLabel('Landing page URL').press('Enter')
    await row(/Library ad/).waitFor()

    // The square video first: its spec problem shows on the ad and in the problems panel.
    const video = page.getByRole('listbox', { name: 'Video' })
    await video.getByRole('option', { name: /square-teaser/ }).click()
    await page
      .locator('#field-video_id-picker-msg')
      .getByText(/480×480 is below the 640×640 minimum/)
      .waitFor()
    await page.getByRole('tab', { name: /Problems/ }).click()
    await page
      .locator('.bottom-panel')
      .getByText(/square-teaser\.mp4.*480×480 is below the 640×640 minimum/)
      .first()
      .waitFor()
    // Then the 9:16 video.
    await video.getByRole('option', { name: /ridge-runner-15s/ }).click()
    await expect.poll(() => snapshot(h!).then((s) => s.ads.find((a) => a.ad_name === 'Library ad')?.video_id)).toMatch(/^library:[0-9a-f]{32}$/)
    // Only the warning a 720×1280 file earns (below the recommended 1080×1920) is left.
    await expect
      .poll(() => page.locator('#field-video_id-picker-msg').textContent())
      .toBe('Warning: “ridge-runner-15s.mp4” — TikTok: 720×1280 is below the recommended 1080×1920; it may look soft.')
    expect(await page.getByLabel('Post as').locator('option:checked').textContent()).toContain('(Spark)')
    const pixel = page.getByLabel('Tracking pixel', { exact: true })
    await pixel.selectOption({ label: (await pixel.locator('option').nth(1).textContent())! })
    await expect.poll(() => snapshot(h!).then((s) => s.ads.find((a) => a.ad_name === 'Library ad')?.tracking_pixel_id)).toMatch(/^\d+$/)

    // 4. The preview: identity, the text cut at TikTok's limit, the CTA, the video playing from the local file.
    const preview = page.getByRole('figure', { name: 'In-feed preview' })
    expect(await preview.getByTestId('preview-name').textContent()).toBe('@northwind.outdoor')
    expect(await preview.getByTestId('preview-text').textContent()).toMatch(/^Trail shoes that grip wet rock\. .{60,}…$/)
    expect(await preview.getByTestId('preview-cta').textContent()).toBe('Learn more')
    await expect.poll(() => preview.locator('video').evaluate((v: HTMLVideoElement) => v.readyState)).toBeGreaterThanOrEqual(2)
    // Live: the CTA follows the editor.
    await page.getByLabel('Call to action').selectOption('SHOP_NOW')
    await expect.poll(() => preview.getByTestId('preview-cta').textContent()).toBe('Shop now')
    await h.screenshot('creatives-ad-preview-1440')

    // 5. Post: the video is uploaded, then the ad is created with TikTok's video id.
    const sandbox = await h.embeddedSandbox()
    // The asset library already holds the demo ads' own videos; what this test uploads is the rest.
    const seeded = new Set(Object.keys(sandbox.state.data.materials?.videos ?? {}))
    await nav.getByRole('button', { name: 'Sync' }).click()
    await page.getByRole('checkbox', { name: 'Start new campaigns paused' }).uncheck()
    // "Check changes" lists the ad; its creative is uploaded by the post, not before.
    await page.getByRole('button', { name: 'Check changes' }).click()
    await page.getByText('Library ad').first().waitFor()
    await page.getByRole('button', { name: 'Post changes' }).click()
    const dialog = page.getByRole('dialog', { name: /Post 1 change/ })
    await dialog.getByRole('button', { name: 'Post changes' }).click()
    await expect.poll(() => snapshot(h!).then((s) => s.pending.length)).toBe(0)
    const uploads = () => Object.values(sandbox.state.data.materials!.videos).filter((v) => !seeded.has(v.video_id))
    const uploaded = uploads()
    expect(uploaded.map((v) => v.file_name)).toEqual(['ridge-runner-15s.mp4'])
    const posted = sandbox.state.list('ad', ADV).find((a) => a.ad_name === 'Library ad')!
    expect(posted.video_id).toBe(uploaded[0]!.video_id)
    expect((await snapshot(h!)).ads.find((a) => a.ad_name === 'Library ad')!.video_id).toBe(uploaded[0]!.video_id)

    // The library shows it is on TikTok now, with TikTok's verdict, and used by one ad.
    await nav.getByRole('button', { name: 'Creatives' }).click()
    await expect.poll(() => rowOf('ridge-runner-15s.mp4').textContent()).toMatch(/1 ad.*On TikTok/)
    await rowOf('ridge-runner-15s.mp4').click()
    await page
      .getByRole('region', { name: 'TikTok’s verdict' })
      .getByText(/Uploaded .* allowed on tiktok/)
      .waitFor()

    // 6. Another ad with the same video, posted: nothing is uploaded twice.
    await nav.getByRole('button', { name: 'Campaigns' }).click()
    await row(/^Ad group: .*Trail Shoes US 25-44/).click()
    await page.getByRole('button', { name: '+ Ad', exact: true }).click()
    await page.getByLabel('Ad name').fill('Library ad 2')
    await page.getByLabel('Ad name').press('Enter')
    await page.getByLabel('Ad text').fill('Second look')
    await page.getByLabel('Landing page URL').click()
    await page.getByLabel('Landing page URL').fill('https://example.com/ridge')
    await page.getByLabel('Landing page URL').press('Enter')
    await row(/Library ad 2/).waitFor()
    await page
      .getByRole('listbox', { name: 'Video' })
      .getByRole('option', { name: /ridge-runner-15s/ })
      .click()
    await expect.poll(() => snapshot(h!).then((s) => s.ads.find((a) => a.ad_name === 'Library ad 2')?.video_id)).toBe(uploaded[0]!.video_id)
    await nav.getByRole('button', { name: 'Sync' }).click()
    await page.getByRole('button', { name: 'Check changes' }).click()
    await page.getByText('Library ad 2').first().waitFor()
    await page.getByRole('button', { name: 'Post changes' }).click()
    await page
      .getByRole('dialog', { name: /Post 1 change/ })
      .getByRole('button', { name: 'Post changes' })
      .click()
    await expect.poll(() => snapshot(h!).then((s) => s.pending.length)).toBe(0)
    expect(sandbox.stats('/file/video/ad/upload/').requests).toBe(1)
    expect(uploads()).toHaveLength(1)
    expect(sandbox.state.list('ad', ADV).find((a) => a.ad_name === 'Library ad 2')!.video_id).toBe(uploaded[0]!.video_id)
  })
})
