/** `creatives add` as agencies run it: a child process through tsx, on files ffmpeg made. */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { TEST_NOW_ISO } from '#test/helpers/clock'
import { makeImage, makeJunk, makeVideo } from '#test/helpers/media'
import { useTempDirs } from '#test/helpers/temp-dir'

const root = resolve(import.meta.dirname, '../../..')
const tempDir = useTempDirs()
const ADV = '7301000000000000001'

function cli(...args: string[]) {
  const r = spawnSync(resolve(root, 'node_modules/.bin/tsx'), ['electron/cli/main.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ADWRIGHT_NOW: TEST_NOW_ISO },
  })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

describe('creatives add', { timeout: 60_000 }, () => {
  it('prints signature, size, duration, format and spec problems per file (--json), exit 0', () => {
    const files = tempDir()
    const store = tempDir()
    const clip = makeVideo(files, 'clip', { width: 720, height: 1280, seconds: 6 })
    const wide = makeVideo(files, 'wide', { width: 640, height: 480, seconds: 6 })
    const card = makeImage(files, 'card', 1080, 1920, 'png')
    const r = cli('creatives', 'add', clip, wide, card, '--store', store, '--advertiser', ADV, '--json', '--placements', 'tiktok')
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    const { creatives } = JSON.parse(r.out) as { creatives: Array<Record<string, unknown>> }
    expect(creatives.map((c) => c.signature)).toEqual([clip, wide, card].map((f) => createHash('md5').update(readFileSync(f)).digest('hex')))
    expect(creatives[0]).toMatchObject({ kind: 'video', format: 'MPEG-4', width: 720, height: 1280, duplicate: false })
    expect(creatives[0]!.duration_seconds).toBeCloseTo(6, 0)
    expect(creatives[1]!.problems).toEqual([
      { rule_id: 'creative.video.aspect', severity: 'error', placement: 'PLACEMENT_TIKTOK', message: expect.stringContaining('640×480 is not 9:16') },
    ])
    expect(creatives[2]).toMatchObject({ kind: 'image', format: 'PNG', width: 1080, height: 1920, problems: [] })
    expect(existsSync(join(store, 'accounts', ADV, 'creatives', `${String(creatives[0]!.signature)}.json`))).toBe(true)
  })

  it('exits 1 naming each refused file, keeping the good ones; 2 on bad arguments', () => {
    const files = tempDir()
    const store = tempDir()
    const r = cli('creatives', 'add', makeJunk(files, 'notes.mov'), makeImage(files, 'ok', 720, 1280), '--store', store, '--advertiser', ADV)
    expect(r.code).toBe(1)
    expect(r.out).toContain(`refused ${join(files, 'notes.mov')}: This is not a video or image file Adwright can read (no picture track found).`)
    expect(r.out).toMatch(/^added .*ok\.jpg [0-9a-f]{32} 720×1280 JPEG$/m)
    expect(cli('creatives', 'add', '--store', store, '--advertiser', ADV)).toMatchObject({
      code: 2,
      err: expect.stringContaining('Name at least one file.'),
    })
    expect(cli('creatives', 'list', 'x', '--store', store, '--advertiser', ADV).code).toBe(2)
  })
})
