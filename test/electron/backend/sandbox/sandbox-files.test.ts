/**
 * TikTok's asset endpoints in the sandbox, over plain HTTP with multipart
 * bodies as any client would send them ([SDK] python_sdk/docs/FileApi.md):
 * the signature must be the file's MD5, the answers carry what TikTok reports,
 * and info / search find what was uploaded. Media files are made by ffmpeg.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SANDBOX_DEMO_TOKEN } from '#backend/sandbox/server'
import { call } from '#test/helpers/sandbox-http'
import { makeImage, makeJunk, makeVideo } from '#test/helpers/media'
import { useSandbox } from '#test/helpers/sandbox'
import { useTempDirs } from '#test/helpers/temp-dir'

const startSandbox = useSandbox()
const tempDir = useTempDirs()
const ADV = '7301000000000000001'
const md5 = (path: string) => createHash('md5').update(readFileSync(path)).digest('hex')

async function upload(baseUrl: string, path: string, kind: 'video' | 'image', fields: Record<string, string> = {}, token = SANDBOX_DEMO_TOKEN) {
  const form = new FormData()
  form.set('advertiser_id', ADV)
  form.set(`${kind}_signature`, md5(path))
  for (const [k, v] of Object.entries(fields)) form.set(k, v)
  form.set(`${kind}_file`, new Blob([readFileSync(path)]), basename(path))
  const res = await fetch(`${baseUrl}/file/${kind}/ad/upload/`, { method: 'POST', headers: { 'Access-Token': token }, body: form })
  expect(res.status).toBe(200)
  return (await res.json()) as { code: number; message: string; data: unknown }
}

describe('sandbox asset endpoints', { timeout: 60_000 }, () => {
  it('uploads a video, answering a list with TikTok’s fields, then finds it by info and search', async () => {
    const server = await startSandbox({ seedDemo: false })
    const clip = makeVideo(tempDir(), 'ridge-runner', { width: 720, height: 1280, seconds: 6 })
    const r = await upload(server.baseUrl, clip, 'video', { file_name: 'Ridge runner 6s' })
    expect(r.code).toBe(0)
    const [video] = r.data as Array<Record<string, unknown>>
    expect(video).toMatchObject({ file_name: 'Ridge runner 6s', signature: md5(clip), width: 720, height: 1280, format: 'mp4', displayable: true })
    expect(video!.duration).toBeCloseTo(6, 0)
    expect(video!.video_id).toEqual(expect.any(String))
    expect(video!.allowed_placements).toEqual(['PLACEMENT_TIKTOK', 'PLACEMENT_PANGLE', 'PLACEMENT_GLOBAL_APP_BUNDLE'])
    const info = await call(server.baseUrl, 'GET', '/file/video/ad/info/', { advertiser_id: ADV, video_ids: [video!.video_id] })
    expect(info.data.list).toEqual([video])
    const found = await call(server.baseUrl, 'GET', '/file/video/ad/search/', { advertiser_id: ADV, filtering: { width: 720, ratio: [0.56] } })
    expect(found.data).toMatchObject({ list: [video], page_info: { page: 1, page_size: 20, total_number: 1 } })
    const none = await call(server.baseUrl, 'GET', '/file/video/ad/search/', { advertiser_id: ADV, filtering: { ratio: [1.7] } })
    expect(none.data.list).toEqual([])
  })

  it('refuses a signature that is not the file’s MD5, a body that is not multipart, and bytes that are no video', async () => {
    const server = await startSandbox({ seedDemo: false })
    const files = tempDir()
    const clip = makeVideo(files, 'clip', { width: 720, height: 1280, seconds: 5 })
    const wrong = await upload(server.baseUrl, clip, 'video', { video_signature: '0'.repeat(32) })
    expect(wrong).toMatchObject({ code: 40002, message: 'video_signature: Does not match the MD5 of the uploaded file.' })
    const json = await call(server.baseUrl, 'POST', '/file/video/ad/upload/', { advertiser_id: ADV, video_signature: md5(clip) })
    expect(json).toMatchObject({ code: 40002, message: 'The request must be multipart/form-data with the file in it.' })
    const junk = await upload(server.baseUrl, makeJunk(files, 'notes.mp4'), 'video')
    expect(junk.code).toBe(40002)
    expect(junk.message).toMatch(/^video_file: /)
    const unknown = await upload(server.baseUrl, clip, 'video', { thumbnail: 'yes' })
    expect(unknown.code).toBe(40002)
    expect(unknown.message).toMatch(/thumbnail/)
    expect(server.state.data.materials?.videos ?? {}).toEqual({})
  })

  it('reports flaws and no placement for a 4:3 video when asked to detect them', async () => {
    const server = await startSandbox({ seedDemo: false })
    const wide = makeVideo(tempDir(), 'four-three', { width: 640, height: 480, seconds: 6 })
    const quiet = await upload(server.baseUrl, wide, 'video')
    expect((quiet.data as Array<Record<string, unknown>>)[0]).toMatchObject({ flaw_types: [], allowed_placements: [] })
    const asked = await upload(server.baseUrl, wide, 'video', { flaw_detect: 'true' })
    expect((asked.data as Array<Record<string, unknown>>)[0]!.flaw_types).toContain('UNSUPPORTED_ASPECT_RATIO')
    // The same bytes twice are two videos: the client has to look before it uploads.
    expect(Object.keys(server.state.data.materials!.videos)).toHaveLength(2)
  })

  it('uploads an image with its carousel verdict, and refuses without a token before reading the file', async () => {
    const server = await startSandbox({ seedDemo: false })
    const files = tempDir()
    const card = makeImage(files, 'card', 1080, 1920, 'png')
    const r = await upload(server.baseUrl, card, 'image')
    expect(r).toMatchObject({ code: 0, data: { signature: md5(card), width: 1080, height: 1920, format: 'png', is_carousel_usable: true } })
    const small = await upload(server.baseUrl, makeImage(files, 'small', 640, 640), 'image')
    expect(small.data).toMatchObject({ is_carousel_usable: false })
    const info = await call(server.baseUrl, 'GET', '/file/image/ad/info/', {
      advertiser_id: ADV,
      image_ids: [(r.data as { image_id: string }).image_id],
    })
    expect((info.data.list as unknown[]).length).toBe(1)
    expect(await upload(server.baseUrl, card, 'image', {}, 'not-a-token')).toMatchObject({ code: 40105 })
  })
})
