/**
 * Uploads at post time against the sandbox over HTTP, with files ffmpeg makes:
 * library creatives go up before the ads that name them, once, whatever
 * happens in between (a lost answer, a second post, a cancel), and a failed
 * upload fails only its ads.
 */
import { renameSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { libraryRef } from '#shared/creatives/creative-ref'
import { openCreativeLibrary } from '#backend/creatives/creative-library'
import { makeImage, makeVideo } from '#test/helpers/media'
import { useTempDirs } from '#test/helpers/temp-dir'
import { accountDir, draftTree, NOW, smartPlusDraft, SYNC_ADVERTISER, useSyncSetup } from '#test/helpers/sync'
import { smartPlusAds } from '#backend/sandbox/smart-plus-store'
import { DEMO_TT_USER_ID } from '#shared/domain/demo/index'

const setup = useSyncSetup()
const tempDir = useTempDirs()
const UPLOAD = '/file/video/ad/upload/'
const IMAGE_UPLOAD = '/file/image/ad/upload/'

async function withLibrary(dataDir: string) {
  const files = tempDir()
  const library = openCreativeLibrary(accountDir(dataDir), () => NOW)
  const paths = [
    makeVideo(files, 'ridge-runner', { width: 720, height: 1280, seconds: 6 }),
    makeVideo(files, 'summit', { width: 540, height: 960, seconds: 5 }),
    makeImage(files, 'card', 1080, 1920),
  ]
  const added = await library.add(paths)
  const [ridge, summit, card] = added.map((o) => ('added' in o ? o.added : null)!)
  return { library, ridge: ridge!, summit: summit!, card: card!, paths }
}

/** One campaign, one ad group, ads using the library's creatives by reference. */
function draftUsing(tag: string, media: Array<{ video?: string; images?: string[] }>) {
  const d = draftTree(tag, 1, 1, media.length)
  d.ads = d.ads.map((a, i) => {
    const m = media[i]!
    return m.video
      ? { ...a, ad_format: 'SINGLE_VIDEO' as const, video_id: libraryRef(m.video), image_ids: [] }
      : { ...a, ad_format: 'SINGLE_IMAGE' as const, video_id: undefined, image_ids: m.images!.map(libraryRef) }
  })
  return d
}

const serverAds = (server: Awaited<ReturnType<typeof setup>>['server']) =>
  server.state.list('ad', '7301000000000000001').map((o) => ({ name: String(o.ad_name), video: o.video_id, images: o.image_ids }))

describe('creatives are uploaded at post time', { timeout: 60_000 }, () => {
  it('uploads first, points the ads at TikTok’s ids, stores the verdict, and a second post uploads nothing', async () => {
    const { server, dataDir, store, engine } = await setup()
    const { library, ridge, summit, card } = await withLibrary(dataDir)
    const order: string[] = []
    const put = server.state.put.bind(server.state)
    server.state.put = (kind, obj) => {
      order.push(kind)
      put(kind, obj)
    }
    store.apply({ type: 'create', ...draftUsing('u', [{ video: ridge.signature }, { video: summit.signature }, { images: [card.signature] }]) })
    const { result } = await engine.post()
    expect(result.failed).toBe(0)
    expect(server.stats(UPLOAD).requests).toBe(2)
    expect(server.stats(IMAGE_UPLOAD).requests).toBe(1)
    const videos = server.state.data.materials!.videos
    const byMd5 = new Map(Object.values(videos).map((v) => [v.signature, v.video_id]))
    const image = Object.values(server.state.data.materials!.images)[0]!
    expect(serverAds(server)).toEqual([
      { name: 'u ad 1.1.1', video: byMd5.get(ridge.signature), images: [] },
      { name: 'u ad 1.1.2', video: byMd5.get(summit.signature), images: [] },
      { name: 'u ad 1.1.3', video: undefined, images: [image.image_id] },
    ])
    // Ads are written after the campaign and ad group; the uploads are not entity writes, so the ads come last.
    expect(order).toEqual(['campaign', 'adgroup', 'ad', 'ad', 'ad'])
    // The working copy holds TikTok's ids and nothing is left pending.
    expect(store.snapshot().pending).toEqual([])
    expect(store.snapshot().ads.map((a) => a.video_id ?? a.image_ids[0])).toEqual([
      byMd5.get(ridge.signature),
      byMd5.get(summit.signature),
      image.image_id,
    ])
    // TikTok's verdict is kept: summit is 540×960, allowed on TikTok; the sandbox names the placements it allows.
    expect(library.get(ridge.signature)).toMatchObject({ tiktokId: byMd5.get(ridge.signature), verdict: { flawTypes: [], displayable: true } })
    expect(library.get(ridge.signature)!.verdict!.allowedPlacements).toContain('PLACEMENT_TIKTOK')
    expect(library.get(ridge.signature)!.uploadSentAt).toBeUndefined()
    expect(library.get(card.signature)).toMatchObject({ tiktokId: image.image_id, verdict: { carouselUsable: true } })

    // A new ad using the same video: checked with /file/video/ad/info/, nothing uploaded again.
    store.apply({ type: 'create', ...draftUsing('v', [{ video: ridge.signature }, { images: [card.signature] }]) })
    const again = await engine.post()
    expect(again.result.failed).toBe(0)
    expect(server.stats(UPLOAD).requests).toBe(2)
    expect(server.stats(IMAGE_UPLOAD).requests).toBe(1)
    expect(Object.keys(videos)).toHaveLength(2)
    expect(
      serverAds(server)
        .filter((a) => a.name.startsWith('v '))
        .map((a) => a.video ?? a.images),
    ).toEqual([byMd5.get(ridge.signature), [image.image_id]])
    store.close()
  })

  it('uploads a Smart+ ad’s library creatives first and posts TikTok’s ids in its creative_list, once', async () => {
    const { server, dataDir, store, engine } = await setup()
    const { library, ridge, summit, card } = await withLibrary(dataDir)
    const draft = smartPlusDraft('sp', 1)
    const [ad] = draft.smartPlusAds
    const identity = { identity_type: 'TT_USER' as const, identity_id: DEMO_TT_USER_ID }
    const creative_list = [
      { creative_info: { ad_format: 'SINGLE_VIDEO' as const, video_info: { video_id: libraryRef(ridge.signature) }, ...identity } },
      // The same file twice in one ad, and again in a carousel's images: one upload each.
      { creative_info: { ad_format: 'SINGLE_VIDEO' as const, video_info: { video_id: libraryRef(summit.signature) }, ...identity } },
      { creative_info: { ad_format: 'SINGLE_VIDEO' as const, video_info: { video_id: libraryRef(summit.signature) }, ...identity } },
      { creative_info: { ad_format: 'CAROUSEL_ADS' as const, image_info: [{ web_uri: libraryRef(card.signature) }], ...identity } },
    ]
    store.apply({ type: 'create', ...draft, smartPlusAds: [{ ...ad!, creative_list }] })
    const { result } = await engine.post()
    expect(result.failed).toBe(0)
    expect(server.stats(UPLOAD).requests).toBe(2)
    expect(server.stats(IMAGE_UPLOAD).requests).toBe(1)
    const videoId = (sig: string) => Object.values(server.state.data.materials!.videos).find((v) => v.signature === sig)!.video_id
    const image = Object.values(server.state.data.materials!.images)[0]!
    const posted = smartPlusAds(server.state, SYNC_ADVERTISER)
    expect(posted).toHaveLength(1)
    const infos = (
      posted[0]!.creative_list as Array<{ creative_info: { video_info?: { video_id: string }; image_info?: Array<{ web_uri: string }> } }>
    ).map((c) => c.creative_info.video_info?.video_id ?? c.creative_info.image_info![0]!.web_uri)
    expect(infos).toEqual([videoId(ridge.signature), videoId(summit.signature), videoId(summit.signature), image.image_id])
    expect(library.get(summit.signature)?.tiktokId).toBe(videoId(summit.signature))
    expect(store.snapshot().pending).toEqual([])

    // A change to the posted ad adds a creative already on TikTok: checked, not uploaded again.
    const local = store.snapshot().smartPlusAds[0]!
    const more = [
      ...local.creative_list,
      { creative_info: { ad_format: 'SINGLE_VIDEO' as const, video_info: { video_id: libraryRef(ridge.signature) }, ...identity } },
    ]
    store.apply({ type: 'update', patches: [{ kind: 'smart_plus_ad', id: local.smart_plus_ad_id, fields: { creative_list: more } }] })
    const again = await engine.post()
    expect(again.result.failed).toBe(0)
    expect(server.stats(UPLOAD).requests).toBe(2)
    expect(store.snapshot().smartPlusAds[0]!.creative_list.at(-1)!.creative_info.video_info!.video_id).toBe(videoId(ridge.signature))
    store.close()
  })

  it('finds a video the advertiser already has by its signature instead of uploading it', async () => {
    const { server, dataDir, store, engine } = await setup()
    const { ridge, paths } = await withLibrary(dataDir)
    const { clientFor } = await import('#test/helpers/sandbox')
    const theirs = await clientFor(server).uploadVideo('7301000000000000001', {
      path: paths[0]!,
      signature: ridge.signature,
      fileName: 'from another tool.mp4',
    })
    store.apply({ type: 'create', ...draftUsing('f', [{ video: ridge.signature }]) })
    const { result } = await engine.post()
    expect(result.failed).toBe(0)
    expect(server.stats(UPLOAD).requests).toBe(1)
    expect(serverAds(server)[0]!.video).toBe(theirs.video_id)
    store.close()
  })

  it('after a lost upload answer, searches by signature and adopts what TikTok stored: one upload, no duplicate', async () => {
    const { server, dataDir, store, engine } = await setup({ faults: { rules: [{ endpoint: UPLOAD, kind: 'drop-after-commit', times: 1 }] } })
    const { ridge } = await withLibrary(dataDir)
    store.apply({ type: 'create', ...draftUsing('l', [{ video: ridge.signature }]) })
    const { result } = await engine.post()
    expect(result.failed).toBe(0)
    expect(server.stats(UPLOAD).requests).toBe(1)
    expect(Object.values(server.state.data.materials!.videos).map((v) => v.signature)).toEqual([ridge.signature])
    expect(serverAds(server)[0]!.video).toBe(Object.values(server.state.data.materials!.videos)[0]!.video_id)
    store.close()
  })

  it('a refused upload fails only the ads that use it, with TikTok’s message; a moved file fails its ads before sending', async () => {
    const { server, dataDir, store, engine } = await setup()
    const { ridge, summit, card, paths } = await withLibrary(dataDir)
    server.faults.add({ endpoint: UPLOAD, kind: 'error-code', code: 40002, message: 'video_file: The video could not be transcoded.', times: 1 })
    renameSync(paths[2]!, `${paths[2]}.moved`)
    store.apply({
      type: 'create',
      ...draftUsing('r', [{ video: ridge.signature }, { video: summit.signature }, { images: [card.signature] }, { video: summit.signature }]),
    })
    const { result } = await engine.post()
    const failed = result.outcomes.filter((o) => o.outcome === 'failed')
    // The first upload (ridge-runner, the first ad's) is the one refused.
    expect(failed.map((o) => o.name)).toEqual(['r ad 1.1.1', 'r ad 1.1.3'])
    expect(failed[0]).toMatchObject({ code: 40002, field: 'video_id' })
    expect(failed[0]!.message).toBe(
      'Upload of “ridge-runner.mp4” failed: video_file: The video could not be transcoded. (TikTok code 40002, /file/video/ad/upload/)',
    )
    expect(failed[1]!.message).toContain('was moved or deleted')
    expect(server.stats(IMAGE_UPLOAD).requests).toBe(0)
    expect(serverAds(server).map((a) => a.name)).toEqual(['r ad 1.1.2', 'r ad 1.1.4'])
    // Never sent with a library reference, and still pending with it, to post again once fixed.
    expect(store.snapshot().ads.filter((a) => a.video_id === libraryRef(ridge.signature))).toHaveLength(1)
    expect(store.snapshot().pending.filter((p) => p.change === 'created')).toHaveLength(2)
    const fixed = await engine.post()
    expect(fixed.result.outcomes.filter((o) => o.outcome === 'failed').map((o) => o.name)).toEqual(['r ad 1.1.3'])
    expect(server.stats(UPLOAD).requests).toBe(3)
    store.close()
  })

  it('reports progress in bytes, cancels mid-file, and the next post resumes: each file reaches TikTok once', async () => {
    const { server, dataDir, store } = await setup()
    const { ridge, summit } = await withLibrary(dataDir)
    const { engineFor } = await import('#test/helpers/sync')
    const seen: Array<{ done: number; total: number }> = []
    let cancelAt: number | null = null
    const engine = engineFor(store, dataDir, server, {
      onProgress: (p) => {
        if (p.phase !== 'upload' || !p.upload) return
        seen.push({ done: p.upload.done, total: p.upload.total })
        if (cancelAt !== null && p.upload.done >= cancelAt) engine.cancel()
      },
    })
    store.apply({ type: 'create', ...draftUsing('c', [{ video: ridge.signature }, { video: summit.signature }]) })
    const total = ridge.facts.sizeBytes + summit.facts.sizeBytes
    // Stop inside the first file: the sandbox gets no whole file, and neither ad is sent.
    cancelAt = 1
    const first = await engine.post()
    expect(first.result.cancelled).toBe(true)
    expect(first.result.outcomes.filter((o) => o.kind === 'ad').map((o) => o.outcome)).toEqual(['skipped', 'skipped'])
    expect(Object.keys(server.state.data.materials?.videos ?? {})).toHaveLength(0)
    expect(server.state.list('ad', '7301000000000000001')).toHaveLength(0)
    expect(seen[0]).toEqual({ done: 0, total })

    cancelAt = null
    seen.length = 0
    const second = await engine.post()
    expect(second.result.failed).toBe(0)
    expect(seen.at(-1)).toEqual({ done: total, total })
    // Monotone: bytes only ever grow.
    expect(seen.every((s, i) => i === 0 || s.done >= seen[i - 1]!.done)).toBe(true)
    expect(
      Object.values(server.state.data.materials!.videos)
        .map((v) => v.signature)
        .sort(),
    ).toEqual([ridge.signature, summit.signature].sort())
    expect(server.state.list('ad', '7301000000000000001')).toHaveLength(2)
    store.close()
  })
})
