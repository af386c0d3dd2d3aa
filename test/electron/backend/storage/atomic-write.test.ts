import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeFileAtomic } from '#backend/storage/atomic-write'
import { runThenKill } from '#test/helpers/kill-after-acks'
import { useTempDirs } from '#test/helpers/temp-dir'

const tempDir = useTempDirs()
const posix = process.platform !== 'win32'
const SIZE = 1024 * 1024

describe('writeFileAtomic', () => {
  it('creates a file, replaces it whole, and leaves no temporary file', () => {
    const dir = tempDir()
    const file = join(dir, 'state.json')
    writeFileAtomic(file, '{"v":1}')
    expect(readFileSync(file, 'utf8')).toBe('{"v":1}')
    writeFileAtomic(file, Buffer.from('{"v":2}'))
    expect(readFileSync(file, 'utf8')).toBe('{"v":2}')
    expect(readdirSync(dir)).toEqual(['state.json'])
  })

  it('writes what the callback writes, in order, including large pieces', () => {
    const dir = tempDir()
    const file = join(dir, 'journal.jsonl')
    const big = 'x'.repeat(3 * 1024 * 1024)
    writeFileAtomic(file, (write) => {
      write('first\n')
      write(new TextEncoder().encode('second\n'))
      write(big)
    })
    expect(readFileSync(file, 'utf8')).toBe(`first\nsecond\n${big}`)
  })

  it('keeps the old file whole, removes the temporary file and rethrows when writing fails midway', () => {
    const dir = tempDir()
    const file = join(dir, 'sync-state.json')
    writeFileSync(file, 'old contents')
    expect(() =>
      writeFileAtomic(file, (write) => {
        write('half of the new ')
        throw new Error('disk full')
      }),
    ).toThrow('disk full')
    expect(readFileSync(file, 'utf8')).toBe('old contents')
    expect(readdirSync(dir)).toEqual(['sync-state.json'])
  })

  it('creates nothing when the first write of a file fails', () => {
    const dir = tempDir()
    expect(() =>
      writeFileAtomic(join(dir, 'new.json'), () => {
        throw new Error('no')
      }),
    ).toThrow('no')
    expect(readdirSync(dir)).toEqual([])
  })

  it.runIf(posix)('gives a secret file the mode asked for, also when it replaces a more open one', () => {
    const dir = tempDir()
    const file = join(dir, 'token.bin')
    writeFileSync(file, 'old', { mode: 0o644 })
    writeFileAtomic(file, 'secret', { mode: 0o600 })
    expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(readFileSync(file, 'utf8')).toBe('secret')
  })

  it('in exclusive mode refuses to replace an existing file, and leaves no temporary file', () => {
    const dir = tempDir()
    const file = join(dir, 'settings.corrupt.json')
    writeFileAtomic(file, 'first backup', { exclusive: true })
    expect(() => writeFileAtomic(file, 'second backup', { exclusive: true })).toThrow(expect.objectContaining({ code: 'EEXIST' }))
    expect(readFileSync(file, 'utf8')).toBe('first backup')
    expect(readdirSync(dir)).toEqual(['settings.corrupt.json'])
  })

  it('fails without leaving anything behind when the folder does not exist', () => {
    const dir = tempDir()
    expect(() => writeFileAtomic(join(dir, 'missing', 'x.json'), 'x')).toThrow(expect.objectContaining({ code: 'ENOENT' }))
    expect(existsSync(join(dir, 'missing'))).toBe(false)
  })

  it('leaves one whole version when the writing process is killed mid-write', { timeout: 60_000 }, async () => {
    const dir = tempDir()
    const file = join(dir, 'results.json')
    const acknowledged = await runThenKill('test/helpers/atomic-writer.ts', [file, String(SIZE)], 6)
    expect(acknowledged).toBeGreaterThanOrEqual(6)
    const text = readFileSync(file, 'utf8')
    expect(text.length).toBe(SIZE)
    expect(text === 'a'.repeat(SIZE) || text === 'b'.repeat(SIZE)).toBe(true)
    // A temporary file the kill interrupted may remain; it never takes the target's name, and the next write still works.
    writeFileAtomic(file, 'after the crash')
    expect(readFileSync(file, 'utf8')).toBe('after the crash')
    expect(readdirSync(dir).filter((f) => !f.endsWith('.tmp'))).toEqual(['results.json'])
  })
})
