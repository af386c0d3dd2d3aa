import { describe, expect, it } from 'vitest'
import { SANDBOX_IDEMPOTENCY_MODES } from '#shared/domain/sandbox-faults'
import { createPrng } from '#backend/sandbox/prng'
import type { FaultRule } from '#backend/sandbox/faults'
import { useSandbox } from '#test/helpers/sandbox'
import { useTempDirs } from '#test/helpers/temp-dir'
import {
  draftNames,
  draftTree,
  engineFor,
  FAST_QPS,
  openSyncStore,
  resetSandbox,
  serverNames,
  watchAdStatuses,
  withPausedAds,
} from '#test/helpers/sync'

const startSandbox = useSandbox()
const tempDir = useTempDirs()
/** Seeds per idempotency mode: a few by default so the unit run stays fast; CI sets SYNC_FAULT_SEEDS=200. */
const SEEDS = Number(process.env.SYNC_FAULT_SEEDS ?? 12)
const MAX_POSTS = 10

/** A few faults at random rates: lost answers and gateway 504s after the write, TikTok errors, HTTP 503s, on any endpoint. */
function randomFaults(seed: number): FaultRule[] {
  const random = createPrng(seed)
  const endpoints = ['/campaign/create/', '/adgroup/create/', '/ad/create/', '*']
  const pick = () => endpoints[Math.floor(random() * endpoints.length)]!
  return [
    { endpoint: pick(), kind: 'drop-after-commit', probability: 0.1 + random() * 0.3 },
    { endpoint: pick(), kind: 'drop-after-commit', probability: random() * 0.3 },
    { endpoint: pick(), kind: 'error-code', code: random() < 0.5 ? 50000 : 40202, probability: random() * 0.3 },
    { endpoint: pick(), kind: 'http-status', status: 503, probability: random() * 0.2 },
    { endpoint: pick(), kind: 'status-after-commit', status: 504, probability: random() * 0.2 },
  ]
}

describe.each(SANDBOX_IDEMPOTENCY_MODES)('randomized faults, repeated request_id answered %s', (idempotency) => {
  it(`${SEEDS} seeds end with exactly the drafted objects on the server, no paused ad ever live`, { timeout: 600_000 }, async () => {
    const server = await startSandbox({ seedDemo: false, qps: FAST_QPS, idempotency })
    const everLive = watchAdStatuses(server)
    let posts = 0
    for (let seed = 1; seed <= SEEDS; seed++) {
      resetSandbox(server)
      for (const rule of randomFaults(seed)) server.faults.add(rule)
      const dataDir = tempDir()
      const store = openSyncStore(dataDir)
      const engine = engineFor(store, dataDir, server)
      const draft = withPausedAds(draftTree(`s${seed}`))
      store.apply({ type: 'create', ...draft })
      let rounds = 0
      while (store.pendingCount() > 0 && rounds < MAX_POSTS) {
        // A post that fails outright (e.g. the conflict read hit a fault) is simply tried again, as a user would.
        await engine.post().catch(() => undefined)
        rounds++
      }
      posts += rounds
      server.faults.clear()
      if (store.pendingCount() > 0) await engine.post()
      expect({ seed, names: serverNames(server) }).toEqual({ seed, names: draftNames(draft) })
      expect({ seed, everLive: everLive(draft) }).toEqual({ seed, everLive: [] })
      expect(store.pendingCount()).toBe(0)
      store.close()
    }
    expect(posts).toBeGreaterThanOrEqual(SEEDS)
  })
})
