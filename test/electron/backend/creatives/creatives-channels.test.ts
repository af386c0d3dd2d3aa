/** The creatives channels through the real dispatcher (zod-validated), on real files, and the media route with byte ranges. */
import { mkdirSync, readFileSync, renameSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { CreativeAddResult, CreativeList } from '#shared/creatives/creative-view'
import { libraryRef } from '#shared/creatives/creative-ref'
import { mediaAnswer } from '#backend/creatives/media-response'
import { useAppServices, valueOf } from '#test/helpers/app-services'
import { makeImage, makeJunk, makeVideo } from '#test/helpers/media'
import { useTempDirs } from '#test/helpers/temp-dir'

const services = useAppServices()
const tempDir = useTempDirs()
const ADV = '7301000000000000001'

const read = async (body: NodeJS.ReadableStream | null) => {
  const parts: Buffer[] = []
  for await (const c of body!) parts.push(c as Buffer)
  return Buffer.concat(parts)
}

describe('creatives channels', { timeout: 60_000 }, () => {
  it('adds a folder’s media (not its other files) with progress, lists metadata, problems and use, and refuses to delete a used creative', async () => {
    const s = services()
    const folder = join(tempDir(), 'shoot')
    mkdirSync(folder)
    makeVideo(folder, 'tall', { width: 720, height: 1280, seconds: 6 })
    makeVideo(folder, 'square', { width: 480, height: 480, seconds: 6 })
    makeImage(folder, 'card', 1080, 1920)
    makeJunk(folder, 'notes.txt')
    const added = valueOf<CreativeAddResult>(await s.dispatch('creatives:add', { advertiserId: ADV, paths: [folder] }))
    expect(added.outcomes.map((o) => [o.fileName, o.refused ?? 'ok'])).toEqual([
      ['card.jpg', 'ok'],
      ['square.mp4', 'ok'],
      ['tall.mp4', 'ok'],
    ])
    const progress = s.events.filter(([c]) => c === 'creatives:progress').map(([, p]) => p as { done: number; total: number })
    expect(progress.at(-1)!.done).toBe(progress.at(-1)!.total)
    const list = added.library
    expect(list.creatives.map((c) => [c.fileName, c.facts.width, c.facts.height, c.sourceState, c.usedBy])).toEqual([
      ['card.jpg', 1080, 1920, 'ok', 0],
      ['square.mp4', 480, 480, 'ok', 0],
      ['tall.mp4', 720, 1280, 'ok', 0],
    ])
    const square = list.creatives.find((c) => c.fileName === 'square.mp4')!
    expect(square.problems.map((p) => `${p.ruleId}@${p.placement}`)).toContain('creative.video.resolution@PLACEMENT_TIKTOK')

    // Used by an ad: counted, and not deletable until the ad lets go of it.
    const snap = valueOf<{ ads: Array<{ ad_id: string }> }>(await s.dispatch('account:open', { advertiserId: ADV }))
    const adId = snap.ads[0]!.ad_id
    valueOf(
      await s.dispatch('account:edit', {
        advertiserId: ADV,
        edit: { type: 'update', patches: [{ kind: 'ad', id: adId, fields: { video_id: libraryRef(square.signature) } }] },
      }),
    )
    const used = valueOf<CreativeList>(await s.dispatch('creatives:list', { advertiserId: ADV }))
    expect(used.creatives.find((c) => c.signature === square.signature)!.usedBy).toBe(1)
    // "Check changes" reads the same library: the 480×480 video's problem holds the ad back there too.
    const check = valueOf<{ problems: Array<{ ruleId: string; entityId: string; severity: string }> }>(
      await s.dispatch('sync:check', { advertiserId: ADV }),
    )
    expect(check.problems.filter((p) => p.entityId === adId).map((p) => [p.ruleId, p.severity])).toContainEqual([
      'ad.creative.video.resolution',
      'error',
    ])
    const refused = await s.dispatch('creatives:remove', { advertiserId: ADV, signature: square.signature })
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: 'This creative is used by 1 ad; remove it from them first.' } })
    const card = list.creatives.find((c) => c.fileName === 'card.jpg')!
    const after = valueOf<CreativeList>(await s.dispatch('creatives:remove', { advertiserId: ADV, signature: card.signature }))
    expect(after.creatives.map((c) => c.fileName)).toEqual(['square.mp4', 'tall.mp4'])

    // Tags are trimmed and deduplicated; a moved file is reported when the library is listed.
    const tagged = valueOf<CreativeList>(
      await s.dispatch('creatives:set-tags', { advertiserId: ADV, signature: square.signature, tags: [' spring ', 'spring', 'ugc'] }),
    )
    expect(tagged.creatives.find((c) => c.signature === square.signature)!.tags).toEqual(['spring', 'ugc'])
    renameSync(join(folder, 'tall.mp4'), join(folder, 'tall-moved.mp4'))
    const moved = valueOf<CreativeList>(await s.dispatch('creatives:list', { advertiserId: ADV }))
    expect(moved.creatives.find((c) => c.fileName === 'tall.mp4')!.sourceState).toBe('missing')
  })

  it('says why a file is refused, and validates requests in the back end', async () => {
    const s = services()
    const dir = tempDir()
    const junk = makeJunk(dir, 'ridge-runner-15s.mp4')
    const r = valueOf<CreativeAddResult>(await s.dispatch('creatives:add', { advertiserId: ADV, paths: [junk, join(dir, 'gone.mp4')] }))
    expect(r.outcomes.map((o) => o.refused)).toEqual([
      'This is not a video or image file Adwright can read (no picture track found).',
      'The file does not exist or cannot be read.',
    ])
    expect(r.library.creatives).toEqual([])
    expect(await s.dispatch('creatives:add', { advertiserId: ADV, paths: [] })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } })
    expect(await s.dispatch('creatives:remove', { advertiserId: ADV, signature: '../../etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_REQUEST' },
    })
    expect(await s.dispatch('creatives:pick', { advertiserId: ADV, folder: false })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('serves a creative’s file whole or by byte range, and nothing it does not know', async () => {
    const video = makeVideo(tempDir(), 'clip', { width: 720, height: 1280, seconds: 5 })
    const bytes = readFileSync(video)
    const whole = mediaAnswer({ path: video, extension: 'mp4' }, undefined)
    expect(whole).toMatchObject({ status: 200, headers: { 'Content-Type': 'video/mp4', 'Content-Length': String(bytes.length) } })
    expect((await read(whole.body)).equals(bytes)).toBe(true)
    const part = mediaAnswer({ path: video, extension: 'mp4' }, 'bytes=100-199')
    expect(part).toMatchObject({ status: 206, headers: { 'Content-Range': `bytes 100-199/${bytes.length}`, 'Content-Length': '100' } })
    expect((await read(part.body)).equals(bytes.subarray(100, 200))).toBe(true)
    expect(mediaAnswer({ path: video, extension: 'mp4' }, `bytes=${bytes.length + 5}-`).status).toBe(416)
    expect(mediaAnswer(null, undefined).status).toBe(404)
  })

  it('keeps a thumbnail the renderer drew, lists it, serves it under /thumb, refuses what is not a small JPEG, and drops it with its creative', async () => {
    const s = services()
    const dir = tempDir()
    const image = makeImage(dir, 'card', 1080, 1920)
    const jpeg = readFileSync(makeImage(dir, 'thumb', 96, 96))
    const added = valueOf<CreativeAddResult>(await s.dispatch('creatives:add', { advertiserId: ADV, paths: [image] }))
    const signature = added.outcomes[0]!.signature!
    expect(added.library.creatives[0]!.hasThumbnail).toBe(false)
    expect(s.creatives.mediaFileOf(ADV, signature, 'thumb')).toBeNull()
    const save = (jpegBase64: string, sig = signature) => s.dispatch('creatives:save-thumbnail', { advertiserId: ADV, signature: sig, jpegBase64 })
    expect(await save(jpeg.toString('base64'))).toMatchObject({ ok: true })
    const listed = valueOf<CreativeList>(await s.dispatch('creatives:list', { advertiserId: ADV }))
    expect(listed.creatives[0]!.hasThumbnail).toBe(true)
    const served = s.creatives.mediaFileOf(ADV, signature, 'thumb')!
    expect(await read(mediaAnswer(served, undefined).body)).toEqual(jpeg)
    expect(s.creatives.mediaFileOf(ADV, signature, undefined)!.path).toBe(image)
    // Not a JPEG, too large, not base64, or for a creative the library does not hold: refused with a message, nothing kept.
    for (const [body, message] of [
      [Buffer.from('<svg/>').toString('base64'), 'must be a JPEG'],
      [Buffer.concat([jpeg, Buffer.alloc(70 * 1024)]).toString('base64'), 'at most 64 KB'],
      ['not base64!', 'base64'],
    ] as const) {
      const r = await save(body)
      expect(r.ok).toBe(false)
      expect(!r.ok && r.error.message).toContain(message)
    }
    expect((await save(jpeg.toString('base64'), 'f'.repeat(32))).ok).toBe(false)
    expect(readFileSync(served.path)).toEqual(jpeg)
    valueOf(await s.dispatch('creatives:remove', { advertiserId: ADV, signature }))
    expect(s.creatives.mediaFileOf(ADV, signature, 'thumb')).toBeNull()
  })
})
