/** The client's asset endpoints against the sandbox over HTTP, on files ffmpeg makes. */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fetchAll } from '#backend/tiktok-api/client'
import { AmbiguousRequestError } from '#backend/tiktok-api/errors'
import { clientFor, useSandbox } from '#test/helpers/sandbox'
import { makeImage, makeVideo } from '#test/helpers/media'
import { useTempDirs } from '#test/helpers/temp-dir'

const startSandbox = useSandbox()
const tempDir = useTempDirs()
const ADV = '7301000000000000001'
const md5 = (path: string) => createHash('md5').update(readFileSync(path)).digest('hex')

describe('asset uploads', { timeout: 60_000 }, () => {
  it('uploads a video and an image streamed from disk, and finds the video again by its signature', async () => {
    const server = await startSandbox({ seedDemo: false })
    const client = clientFor(server)
    const files = tempDir()
    const clip = makeVideo(files, 'clip', { width: 720, height: 1280, seconds: 6 })
    const video = await client.uploadVideo(ADV, { path: clip, signature: md5(clip) })
    expect(video).toMatchObject({ signature: md5(clip), width: 720, height: 1280, file_name: 'clip.mp4', flaw_types: [] })
    const card = makeImage(files, 'card', 1080, 1920)
    expect(await client.uploadImage(ADV, { path: card, signature: md5(card), fileName: 'Spring card' })).toMatchObject({
      signature: md5(card),
      is_carousel_usable: true,
    })
    const all = await fetchAll(client.videoPages(ADV))
    expect(all.filter((v) => v.signature === md5(clip)).map((v) => v.video_id)).toEqual([video.video_id])
    expect((await client.videoInfo(ADV, [video.video_id])).list[0]).toMatchObject({ video_id: video.video_id })
  })

  it('says a missing file is missing, without sending anything', async () => {
    const server = await startSandbox({ seedDemo: false })
    const gone = join(tempDir(), 'gone.mp4')
    await expect(clientFor(server).uploadVideo(ADV, { path: gone, signature: '0'.repeat(32) })).rejects.toThrow(
      `The file ${gone} is no longer there: it was moved or deleted.`,
    )
    expect(server.stats('/file/video/ad/upload/').requests).toBe(0)
  })

  it('never re-sends an upload whose answer was lost: the caller is told the outcome is unknown', async () => {
    const server = await startSandbox({
      seedDemo: false,
      faults: { rules: [{ endpoint: '/file/video/ad/upload/', kind: 'drop-after-commit', times: 1 }] },
    })
    const clip = makeVideo(tempDir(), 'clip', { width: 720, height: 1280, seconds: 5 })
    const error = await clientFor(server)
      .uploadVideo(ADV, { path: clip, signature: md5(clip) })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AmbiguousRequestError)
    expect(server.stats('/file/video/ad/upload/').requests).toBe(1)
    // TikTok kept it: a search by signature finds it, which is how a caller recovers.
    expect(Object.values(server.state.data.materials!.videos).map((v) => v.signature)).toEqual([md5(clip)])
  })
})
