import { describe, expect, it } from 'vitest'
import { openStore } from '#test/helpers/account-store'
import { runThenKill } from '#test/helpers/kill-after-acks'
import { useTempDirs } from '#test/helpers/temp-dir'

const tempDir = useTempDirs()

describe('account store durability', () => {
  it('keeps every acknowledged edit when the process is killed mid-sequence', { timeout: 60_000 }, async () => {
    const dir = tempDir()
    const acknowledged = await runThenKill('test/helpers/crash-writer.ts', [dir], 40)
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
