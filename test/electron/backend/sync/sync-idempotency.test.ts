/**
 * The create journal under both answers to a repeated request_id (notes
 * tiktok-api-2026.md §3): whatever TikTok answers, each planned object is made
 * once, none is given up, and no ad planned paused is ever live.
 */
import { describe, expect, it } from 'vitest'
import { SANDBOX_IDEMPOTENCY_MODES } from '#shared/domain/sandbox-faults'
import type { FaultRule } from '#backend/sandbox/faults'
import { useSandbox } from '#test/helpers/sandbox'
import { useTempDirs } from '#test/helpers/temp-dir'
import { draftNames, draftTree, engineFor, FAST_QPS, openSyncStore, serverNames, watchAdStatuses, withPausedAds } from '#test/helpers/sync'

const startSandbox = useSandbox()
const tempDir = useTempDirs()

async function setup(idempotency: (typeof SANDBOX_IDEMPOTENCY_MODES)[number]) {
  const server = await startSandbox({ seedDemo: false, qps: FAST_QPS, idempotency })
  const dataDir = tempDir()
  const store = openSyncStore(dataDir)
  return { server, store, dataDir, engine: engineFor(store, dataDir, server) }
}

const LOST: Array<[string, FaultRule[]]> = [
  ['a dropped answer', [{ endpoint: '/campaign/create/', kind: 'drop-after-commit', times: 1 }]],
  ['a 504 after the commit', [{ endpoint: '/adgroup/create/', kind: 'status-after-commit', status: 504, times: 2 }]],
  [
    'every attempt answered lost',
    [
      { endpoint: '/campaign/create/', kind: 'drop-after-commit', times: 3 },
      { endpoint: '/adgroup/create/', kind: 'status-after-commit', times: 3 },
    ],
  ],
]

describe.each(SANDBOX_IDEMPOTENCY_MODES)('create journal, repeats answered %s', (mode) => {
  it.each(LOST)('after %s, finds the object the first request made and goes on with its children', async (_what, rules) => {
    const { server, store, engine } = await setup(mode)
    const draft = withPausedAds(draftTree('lost', 2, 2, 2))
    const everLive = watchAdStatuses(server)
    store.apply({ type: 'create', ...draft })
    for (const r of rules) server.faults.add(r)
    const { result } = await engine.post()
    expect(result).toMatchObject({ failed: 0, skipped: 0, posted: 14 })
    expect(serverNames(server)).toEqual(draftNames(draft))
    expect(everLive(draft)).toEqual([])
    expect(store.pendingCount()).toBe(0)
    expect(engine.state().unfinished).toBe(0)
    store.close()
  })

  it('a create whose answer never came in one post is found, not made again, by the next', async () => {
    const { server, store, engine } = await setup(mode)
    const draft = draftTree('next', 1, 1, 1)
    store.apply({ type: 'create', ...draft })
    server.faults.add({ endpoint: '/campaign/create/', kind: 'drop-after-commit', times: 3 })
    // The read-back after the lost answers fails too, so this post cannot tell.
    server.faults.add({ endpoint: '/campaign/get/', kind: 'error-code', code: 40001, message: 'No permission.', times: 1 })
    const first = await engine.post()
    expect(first.result.outcomes[0]).toMatchObject({ kind: 'campaign', outcome: 'failed' })
    expect(engine.state().unfinished).toBe(1)
    const sent = server.stats('/campaign/create/').requests
    const second = await engine.post()
    expect(second.result.failed).toBe(0)
    expect(serverNames(server)).toEqual(draftNames(draft))
    // Found by reading back: the next post sent no campaign create at all.
    expect(server.stats('/campaign/create/').requests).toBe(sent)
    store.close()
  })
})

describe('create journal after a 40050 that made nothing', () => {
  it('sends again under a new request_id, journaled first, and makes the object once', async () => {
    const { server, store, engine } = await setup('duplicate-error')
    const draft = draftTree('dup', 1, 1, 1)
    store.apply({ type: 'create', ...draft })
    server.faults.add({ endpoint: '/campaign/create/', kind: 'error-code', code: 40050, message: 'Duplicated requests have been sent.', times: 1 })
    const { result } = await engine.post()
    expect(result).toMatchObject({ failed: 0, posted: 3 })
    expect(serverNames(server)).toEqual(draftNames(draft))
    const keys = Object.keys(server.state.data.idempotency).filter((k) => k.startsWith('campaign:'))
    expect(keys).toHaveLength(1)
    store.close()
  })

  it('never adopts an object the store already holds: a same-named campaign posted before stays its own', async () => {
    const { server, store, engine } = await setup('duplicate-error')
    const twin = draftTree('twin', 1, 0, 0)
    store.apply({ type: 'create', ...twin })
    await engine.post()
    store.apply({ type: 'create', ...draftTree('twin', 1, 0, 0) })
    server.faults.add({ endpoint: '/campaign/create/', kind: 'drop-after-commit', times: 1 })
    const { result } = await engine.post()
    expect(result.failed).toBe(0)
    expect(serverNames(server).campaigns).toEqual(['twin campaign 1', 'twin campaign 1'])
    expect(new Set(store.snapshot().campaigns.map((c) => c.campaign_id)).size).toBe(2)
    store.close()
  })
})

describe('create journal after an auth failure', () => {
  it('keeps a create whose retry met an expired token, and finds it after reconnecting instead of making it again', async () => {
    const { server, store, engine } = await setup('echo')
    const draft = draftTree('auth', 1, 1, 0)
    store.apply({ type: 'create', ...draft })
    // The token expires right as TikTok stores the campaign; that answer is lost, so the client's retry meets 40102.
    const put = server.state.put.bind(server.state)
    server.state.put = (kind, obj) => {
      put(kind, obj)
      if (kind === 'campaign') server.faults.expireTokens()
    }
    server.faults.add({ endpoint: '/campaign/create/', kind: 'drop-after-commit', times: 1 })
    const first = await engine.post()
    expect(first.result.outcomes[0]).toMatchObject({ kind: 'campaign', outcome: 'failed', code: 40102 })
    server.state.put = put
    server.faults.restoreTokens()
    const second = await engine.post()
    expect(second.result.failed).toBe(0)
    expect(serverNames(server)).toEqual(draftNames(draft))
    store.close()
  })
})

describe('ads planned paused', () => {
  it('are created paused: ad/create carries each status and no status update follows', async () => {
    const { server, store, engine } = await setup('echo')
    const draft = withPausedAds(draftTree('paused', 1, 2, 4))
    const everLive = watchAdStatuses(server)
    store.apply({ type: 'create', ...draft })
    const { result } = await engine.post()
    expect(result.failed).toBe(0)
    expect(everLive(draft)).toEqual([])
    expect(server.stats('/ad/status/update/').requests).toBe(0)
    const paused = server.state.list('ad', draft.ads[0]!.advertiser_id).filter((a) => a.operation_status === 'DISABLE')
    expect(paused.map((a) => a.ad_name).sort()).toEqual(
      draft.ads
        .filter((a) => a.operation_status === 'DISABLE')
        .map((a) => a.ad_name)
        .sort(),
    )
    store.close()
  })
})
