import { spawn } from 'node:child_process'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openStore } from '../../../helpers/account-store'
import { useTempDirs } from '../../../helpers/temp-dir'

const tempDir = useTempDirs()
const root = resolve(import.meta.dirname, '../../../..')

/** Runs the crash writer and SIGKILLs it once it has acknowledged `acks` edits; returns the last ack it printed. */
function writeThenKill(dir: string, acks: number): Promise<number> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/helpers/crash-writer.ts', dir], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] })
    let last = 0
    let buffered = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString()
      const lines = buffered.split('\n')
      buffered = lines.pop()!
      for (const line of lines) last = Number(line.replace('ack ', ''))
      if (last >= acks) child.kill('SIGKILL')
    })
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? done(last) : fail(new Error(`writer exited ${code}: ${stderr}`))))
  })
}

describe('account store durability', () => {
  it('keeps every acknowledged edit when the process is killed mid-sequence', { timeout: 60_000 }, async () => {
    const dir = tempDir()
    const acknowledged = await writeThenKill(dir, 40)
    expect(acknowledged).toBeGreaterThanOrEqual(40)

    const store = openStore(dir)
    const ads = new Set(store.snapshot().ads.map((a) => a.ad_id))
    for (let n = 1; n <= acknowledged; n++) expect(ads.has(`local-a${n}`), `ad ${n} was acknowledged`).toBe(true)
    // The edit in flight at the kill is either wholly there or wholly absent, history included.
    expect(ads.size - acknowledged).toBeLessThanOrEqual(1)
    expect(store.pendingCount()).toBe(ads.size + 2)
    let steps = 0
    while (store.undoState().canUndo) {
      store.undo()
      steps++
    }
    expect(steps).toBe(ads.size + 1)
    expect(store.snapshot().campaigns).toEqual([])
    store.close()
  })
})
