/**
 * A pull reads the videos and images the advertiser already has on TikTok and copies their covers, so a downloaded
 * account shows them offline (issue 13: "Downloaded accounts show their existing videos and images, with covers
 * cached for offline viewing"). Against the sandbox over HTTP, and against a raw server for answers TikTok's CDN
 * might give that are not covers.
 */
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { coverKeyOf, tiktokMediaStore } from '#backend/creatives/tiktok-media-store'
import { refreshTikTokMedia } from '#backend/sync/media-refresh'
import { createTikTokClient } from '#backend/tiktok-api/client'
import { TEST_NOW } from '#test/helpers/clock'
import { fakeClock, useSandbox } from '#test/helpers/sandbox'
import { accountDir, engineFor, FAST_QPS, openSyncStore, SYNC_ADVERTISER } from '#test/helpers/sync'
import { useTempDirs } from '#test/helpers/temp-dir'

const startSandbox = useSandbox()
const tempDir = useTempDirs()
const isJpeg = (b: Buffer) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff

describe('the advertiser’s TikTok media on pull', () => {
  it('lists every video and the ads’ images with their covers on disk, and copies only a cover that went missing', async () => {
    const server = await startSandbox({ qps: FAST_QPS })
    const dataDir = tempDir()
    const store = openSyncStore(dataDir)
    const engine = engineFor(store, dataDir, server)
    await engine.download()
    const media = tiktokMediaStore(accountDir(dataDir))
    const pulled = media.load()
    const ads = store.snapshot().ads
    const videoIds = new Set(ads.flatMap((a) => (a.video_id ? [a.video_id] : [])))
    const imageIds = new Set(ads.flatMap((a) => a.image_ids))
    expect(videoIds.size).toBeGreaterThan(3)
    expect(new Set(pulled.videos.map((v) => v.video_id))).toEqual(videoIds)
    expect(new Set(pulled.images.map((i) => i.image_id))).toEqual(imageIds)
    expect(pulled.problems).toEqual([])
    expect(pulled.videos[0]).toMatchObject({ width: 1080, height: 1920, duration: 15, format: 'mp4' })
    for (const m of [...pulled.videos, ...pulled.images]) {
      expect(m.coverKey).toBe(coverKeyOf('video_id' in m ? m.video_id : m.image_id))
      expect(isJpeg(readFileSync(media.coverPath(m.coverKey!)))).toBe(true)
    }

    const [lost, kept] = [pulled.videos[0]!.coverKey!, pulled.videos[1]!.coverKey!]
    rmSync(media.coverPath(lost))
    const keptAt = statSync(media.coverPath(kept)).mtimeMs
    await new Promise((r) => setTimeout(r, 20))
    await engine.download()
    expect(existsSync(media.coverPath(lost))).toBe(true)
    expect(statSync(media.coverPath(kept)).mtimeMs).toBe(keptAt)
  })

  it('answers the covers without a token and 404 for a material it does not hold', async () => {
    const server = await startSandbox({ qps: FAST_QPS })
    const origin = new URL(server.baseUrl).origin
    const ok = await fetch(`${origin}/sandbox-cdn/covers/${encodeURIComponent('v10044g5demo0001')}.jpg`)
    expect(ok.status).toBe(200)
    expect(ok.headers.get('content-type')).toBe('image/jpeg')
    expect(isJpeg(Buffer.from(await ok.arrayBuffer()))).toBe(true)
    expect((await fetch(`${origin}/sandbox-cdn/covers/v10033g50000unknown.jpg`)).status).toBe(404)
  })
})

let raw: Server | undefined
afterEach(async () => {
  await new Promise((r) => (raw ? raw.close(r) : r(undefined)))
  raw = undefined
})

describe('covers TikTok’s CDN answers oddly', () => {
  it('keeps the pull going: a page that is not an image and a link that is not the web are not cached, and each failure is named', async () => {
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])
    raw = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x')
      const base = `http://127.0.0.1:${(raw!.address() as AddressInfo).port}`
      if (url.pathname === '/cdn/good.jpg') return res.writeHead(200, { 'Content-Type': 'image/jpeg' }).end(jpeg)
      if (url.pathname === '/cdn/login.jpg') return res.writeHead(200, { 'Content-Type': 'text/html' }).end('<html>sign in</html>')
      const data = url.pathname.endsWith('/file/video/ad/search/')
        ? {
            list: [
              { video_id: 'v-good', video_cover_url: `${base}/cdn/good.jpg`, duration: 'n/a' },
              { video_id: 'v-html', video_cover_url: `${base}/cdn/login.jpg` },
              { video_id: 'v-file', video_cover_url: 'file:///etc/passwd' },
            ],
            page_info: { page: 1, page_size: 100, total_number: 3, total_page: 1 },
          }
        : null
      if (!data) return res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"code":40001,"message":"No permission.","data":{}}')
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ code: 0, message: 'OK', request_id: 'r', data }))
    })
    await new Promise<void>((r) => raw!.listen(0, '127.0.0.1', r))
    const baseUrl = `http://127.0.0.1:${(raw.address() as AddressInfo).port}/open_api/v1.3`
    const client = createTikTokClient({ baseUrl, accessToken: 'tok-0123456789abcdef', clock: fakeClock(), random: () => 0.5, maxAttempts: 1 })
    const store = tiktokMediaStore(tempDir())
    store.save({ videos: [], images: [{ image_id: 'ad-site-i18n-sg/kept', width: 720 }], refreshedAt: null, problems: [] })

    const media = await refreshTikTokMedia(client, SYNC_ADVERTISER, store, ['ad-site-i18n-sg/kept'], TEST_NOW)
    expect(media.videos.map((v) => [v.video_id, v.coverKey])).toEqual([
      ['v-good', coverKeyOf('v-good')],
      ['v-html', undefined],
      ['v-file', undefined],
    ])
    // An unreadable number is left out, not cached as NaN.
    expect('duration' in media.videos[0]!).toBe(false)
    expect(media.problems.join('\n')).toMatch(/1 cover could not be copied: v-html \(not a JPEG or PNG image\)/)
    // The images could not be read this time: the last pull's list stays, and the note says why.
    expect(media.images).toEqual([{ image_id: 'ad-site-i18n-sg/kept', width: 720 }])
    expect(media.problems.join('\n')).toMatch(/images on TikTok could not be read: .*No permission/)
    expect(store.load()).toEqual(media)
  })
})
