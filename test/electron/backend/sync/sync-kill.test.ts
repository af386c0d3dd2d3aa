import { describe, expect, it } from 'vitest'
import { useSandbox } from '#test/helpers/sandbox'
import { useTempDirs } from '#test/helpers/temp-dir'
import { postInChildUntil } from '#test/helpers/sync-post-process'
import { draftNames, draftTree, engineFor, FAST_QPS, openSyncStore, serverNames, SYNC_ADVERTISER } from '#test/helpers/sync'

const startSandbox = useSandbox()
const tempDir = useTempDirs()

const createdOnServer = (server: Awaited<ReturnType<typeof startSandbox>>) =>
  (['campaign', 'adgroup', 'ad'] as const).reduce((n, k) => n + server.state.list(k, SYNC_ADVERTISER).length, 0)

describe('a post killed midway', () => {
  for (const killAfter of [1, 5, 11]) {
    it(`is SIGKILLed after ${killAfter} acknowledged creates and resumed with no duplicates`, { timeout: 60_000 }, async () => {
      // Slow answers (written first, then delayed) give the kill room to land between and during requests.
      const server = await startSandbox({ seedDemo: false, qps: FAST_QPS, faults: { rules: [{ endpoint: '*', kind: 'latency', latencyMs: 40 }] } })
      const dataDir = tempDir()
      const draft = draftTree(`k${killAfter}`, 2, 2, 2)
      const before = openSyncStore(dataDir)
      before.apply({ type: 'create', ...draft })
      before.close()

      const killed = await postInChildUntil(dataDir, server.baseUrl, () => createdOnServer(server) >= killAfter, 30_000)
      expect(killed.signal, killed.stderr).toBe('SIGKILL')
      expect(createdOnServer(server)).toBeLessThan(14)

      const store = openSyncStore(dataDir)
      const engine = engineFor(store, dataDir, server)
      const { result } = await engine.post()
      expect(result.failed).toBe(0)
      expect(serverNames(server)).toEqual(draftNames(draft))
      expect(store.pendingCount()).toBe(0)
      expect(engine.state().unfinished).toBe(0)
      store.close()
    })
  }
})
