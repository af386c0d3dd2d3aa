/**
 * The creative library over real files that ffmpeg makes in the test: metadata
 * read by MediaInfo, MD5 signatures, duplicates, refusals that leave nothing
 * behind, and a moved source reported when the library is read.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, renameSync, truncateSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openCreativeLibrary, type AddOutcome } from '#backend/creatives/creative-library'
import { checkCreativeFile } from '#shared/creatives/spec-checks'
import { TEST_NOW, testNow, TEST_NOW_ISO } from '#test/helpers/clock'
import { makeImage, makeJunk, makeVideo } from '#test/helpers/media'
import { useTempDirs } from '#test/helpers/temp-dir'

const tempDir = useTempDirs()

function setup() {
  const files = tempDir()
  const account = tempDir()
  return { files, library: openCreativeLibrary(account, testNow) }
}

function added(o: AddOutcome | undefined) {
  if (!o || !('added' in o)) throw new Error(`Not added: ${o && 'refused' in o ? o.refused : 'nothing'}`)
  return o.added
}

const md5 = (path: string) => createHash('md5').update(readFileSync(path)).digest('hex')

// Encoding the test media takes a few seconds on a loaded 2-core machine.
describe('creative library', { timeout: 60_000 }, () => {
  it('adds a video and an image with the facts TikTok’s specs need, keyed by MD5', async () => {
    const { files, library } = setup()
    const clip = makeVideo(files, 'ridge-runner-15s', { width: 540, height: 960, seconds: 6, kbps: 1500 })
    const still = makeImage(files, 'ridge-still', 1080, 1920)
    const progress: Array<[number, number]> = []
    const out = await library.add([clip, still], (done, total) => progress.push([done, total]))
    expect(out.map((o) => ('added' in o ? o.duplicate : o.refused))).toEqual([false, false])
    const [v, i] = out.map((o) => ('added' in o ? o.added : null))
    expect(v).toMatchObject({ signature: md5(clip), fileName: 'ridge-runner-15s.mp4', addedAt: TEST_NOW_ISO, tags: [] })
    expect(v!.facts).toMatchObject({ kind: 'video', format: 'MPEG-4', extension: 'mp4', width: 540, height: 960, videoCodec: 'AVC' })
    expect(v!.facts.durationSeconds).toBeCloseTo(6, 0)
    expect(v!.facts.bitrateKbps).toBeGreaterThan(516)
    expect(i!.facts).toMatchObject({ kind: 'image', format: 'JPEG', width: 1080, height: 1920 })
    // Progress counts every byte hashed, ending at the total.
    expect(progress.at(-1)).toEqual([progress.at(-1)![1], progress.at(-1)![1]])
    expect(library.list().creatives.map((c) => c.fileName)).toEqual(['ridge-runner-15s.mp4', 'ridge-still.jpg'])
    // The checks on what MediaInfo read: this clip passes TikTok's minimum but not its recommended size.
    expect(checkCreativeFile(v!.facts, ['PLACEMENT_TIKTOK']).map((p) => p.ruleId)).toEqual(['creative.video.resolution-low'])
  })

  it('finds a 4:3 video’s problem and a too-short one from the file itself', async () => {
    const { files, library } = setup()
    const [wide, short] = await library.add([
      makeVideo(files, 'four-three', { width: 640, height: 480, seconds: 6 }),
      makeVideo(files, 'short', { width: 720, height: 1280, seconds: 3 }),
    ])
    expect(checkCreativeFile(added(wide).facts, ['PLACEMENT_TIKTOK']).map((p) => p.ruleId)).toEqual(['creative.video.aspect'])
    expect(checkCreativeFile(added(short).facts, ['PLACEMENT_TIKTOK']).map((p) => p.ruleId)).toContain('creative.video.duration')
  })

  it('adds the same bytes once, under any name', async () => {
    const { files, library } = setup()
    const clip = makeVideo(files, 'a', { width: 720, height: 1280, seconds: 5 })
    const copy = join(files, 'copy-of-a.mp4')
    writeFileSync(copy, readFileSync(clip))
    const [first, second] = await library.add([clip, copy])
    expect(first).toMatchObject({ duplicate: false })
    expect(second).toMatchObject({ duplicate: true, added: { fileName: 'a.mp4' } })
    expect(library.list().creatives).toHaveLength(1)
  })

  it('refuses what is not usable media with a clear reason, and records nothing for it', async () => {
    const { files, library } = setup()
    const clip = makeVideo(files, 'whole', { width: 720, height: 1280, seconds: 6 })
    const truncated = join(files, 'truncated.mp4')
    writeFileSync(truncated, readFileSync(clip).subarray(0, 2000))
    const huge = join(files, 'huge.mp4')
    writeFileSync(huge, '')
    truncateSync(huge, 500 * 1024 * 1024 + 1) // sparse: no 500 MB written
    mkdirSync(join(files, 'folder.mp4'))
    const out = await library.add([makeJunk(files, 'notes.mp4'), truncated, huge, join(files, 'folder.mp4'), join(files, 'gone.mp4')])
    expect(out.map((o) => ('refused' in o ? o.refused : 'added'))).toEqual([
      'This is not a video or image file Adwright can read (no picture track found).',
      expect.stringMatching(/^(The video has no readable duration|This is not a video or image file)/),
      'The file is larger than TikTok’s 500 MB limit for creatives (500.0 MB).',
      'Not a regular file (a folder, device or pipe cannot be a creative).',
      'The file does not exist or cannot be read.',
    ])
    expect(library.list()).toEqual({ creatives: [], damaged: [] })
  })

  it('reports a moved or edited source file when read, and keeps a damaged record from hiding the rest', async () => {
    const { files, library } = setup()
    const a = makeVideo(files, 'moved', { width: 720, height: 1280, seconds: 5 })
    const b = makeImage(files, 'edited', 720, 1280, 'png')
    await library.add([a, b])
    renameSync(a, join(files, 'elsewhere.mp4'))
    utimesSync(b, TEST_NOW, new Date(TEST_NOW.getTime() + 60_000)) // edited in place: a new modification time
    const byName = Object.fromEntries(library.list().creatives.map((c) => [c.fileName, library.sourceState(c)]))
    expect(byName).toEqual({ 'moved.mp4': 'missing', 'edited.png': 'changed' })
    writeFileSync(join(library.dir, `${'0'.repeat(32)}.json`), '{"torn": ')
    const listed = library.list()
    expect(listed.creatives).toHaveLength(2)
    expect(listed.damaged).toEqual([`${'0'.repeat(32)}.json`])
  })

  it('deletes only unused creatives', async () => {
    const { files, library } = setup()
    const [out] = await library.add([makeImage(files, 'card', 720, 1280)])
    const { signature } = added(out)
    expect(() => library.remove(signature, 2)).toThrow('This creative is used by 2 ads; remove it from them first.')
    library.remove(signature, 0)
    expect(readdirSync(library.dir)).toEqual([])
  })
})
