import { describe, expect, it } from 'vitest'
import { isLocalId } from '#shared/domain/entities'
import { ADVERTISER, useSandbox } from '#test/helpers/sandbox'
import { useTempDirs } from '#test/helpers/temp-dir'
import { draftNames, draftTree, engineFor, FAST_QPS, openSyncStore, serverNames, SYNC_ADVERTISER } from '#test/helpers/sync'

const startSandbox = useSandbox()
const tempDir = useTempDirs()

async function setup(faults: Parameters<typeof startSandbox>[0] = {}) {
  const server = await startSandbox({ seedDemo: false, qps: FAST_QPS, ...faults })
  const dataDir = tempDir()
  const store = openSyncStore(dataDir)
  return { server, dataDir, store, engine: engineFor(store, dataDir, server) }
}

describe('post changes against the sandbox', () => {
  it('creates campaigns, ad groups and ads parents first and records TikTok ids', async () => {
    expect(ADVERTISER).toBe(SYNC_ADVERTISER)
    const { server, store, engine } = await setup()
    const draft = draftTree('p')
    store.apply({ type: 'create', ...draft })
    const { result } = await engine.post()
    expect(result.failed).toBe(0)
    expect(result.posted).toBe(14)
    expect(serverNames(server)).toEqual(draftNames(draft))
    const snap = store.snapshot()
    expect(snap.pending).toEqual([])
    expect([...snap.campaigns, ...snap.adgroups].some((e) => isLocalId('campaign_id' in e ? e.campaign_id : ''))).toBe(false)
    expect(snap.ads.every((a) => !isLocalId(a.ad_id) && !isLocalId(a.adgroup_id))).toBe(true)
    store.close()
  })

  it('sends updates, status changes and deletions, batched, and a download then shows nothing pending', async () => {
    const { server, store, engine } = await setup()
    store.apply({ type: 'create', ...draftTree('u') })
    await engine.post()
    const snap = store.snapshot()
    const [c1, c2] = snap.campaigns
    store.apply({ type: 'update', patches: [{ kind: 'campaign', id: c1!.campaign_id, fields: { budget: 180, campaign_name: 'renamed' } }] })
    store.apply({
      type: 'update',
      patches: snap.ads.map((a) => ({ kind: 'ad' as const, id: a.ad_id, fields: { operation_status: 'DISABLE' as const } })),
    })
    store.apply({ type: 'delete', targets: [{ kind: 'campaign', id: c2!.campaign_id }] })
    const before = server.stats('/ad/status/update/').requests
    const { result } = await engine.post()
    expect(result.failed).toBe(0)
    expect(server.stats('/ad/status/update/').requests - before).toBe(1)
    expect(server.state.get('campaign', c1!.campaign_id)).toMatchObject({ budget: 180, campaign_name: 'renamed' })
    expect(server.state.get('campaign', c2!.campaign_id)?.secondary_status).toBe('CAMPAIGN_STATUS_DELETE')
    expect(store.snapshot().pending).toEqual([])
    await engine.download()
    expect(store.snapshot().pending).toEqual([])
    expect(store.snapshot().campaigns).toHaveLength(1)
    expect(store.snapshot().ads.every((a) => a.operation_status === 'DISABLE')).toBe(true)
    store.close()
  })

  it('puts each TikTok error on its entity with the message and field, and posts the rest', async () => {
    const { server, store, engine } = await setup()
    const draft = draftTree('e', 1, 3, 1)
    store.apply({ type: 'create', ...draft })
    server.faults.add({
      endpoint: '/adgroup/create/',
      kind: 'error-code',
      code: 40002,
      message: 'budget: The ad group daily budget must be greater than 20 USD.',
      times: 1,
    })
    server.faults.add({ endpoint: '/ad/create/', kind: 'error-code', code: 40065, message: 'AGE_13_17 is not allowed in these locations.', times: 1 })
    const { result } = await engine.post()
    const failed = result.outcomes.filter((o) => o.outcome === 'failed')
    expect(failed).toHaveLength(2)
    expect(failed[0]).toMatchObject({ kind: 'adgroup', field: 'budget', code: 40002, name: 'e ad group 1.1' })
    expect(failed[0]!.message).toContain('must be greater than 20 USD')
    expect(failed[1]).toMatchObject({ kind: 'ad', code: 40065, name: 'e ad 1.2.1' })
    const skipped = result.outcomes.filter((o) => o.outcome === 'skipped')
    expect(skipped.map((o) => o.name)).toEqual(['e ad 1.1.1'])
    expect(serverNames(server).adgroups).toEqual(['e ad group 1.2', 'e ad group 1.3'])
    // Posting again sends only what failed, and nothing twice.
    const again = await engine.post()
    expect(again.result.failed).toBe(0)
    expect(serverNames(server)).toEqual(draftNames(draft))
    store.close()
  })

  it('stops at an auth failure and leaves everything else pending', async () => {
    const { server, store, engine } = await setup()
    store.apply({ type: 'create', ...draftTree('a', 2, 1, 1) })
    server.faults.expireTokens()
    const { result } = await engine.post()
    expect(result.outcomes[0]).toMatchObject({ outcome: 'failed', code: 40102 })
    expect(result.outcomes.slice(1).every((o) => o.outcome === 'skipped')).toBe(true)
    expect(store.snapshot().pending).toHaveLength(6)
    server.faults.restoreTokens()
    expect((await engine.post()).result.posted).toBe(6)
    store.close()
  })

  it('reuses request_id after a dropped answer, and reconciles ads by reading back, with no duplicates', async () => {
    const { server, store, engine } = await setup()
    const draft = draftTree('d')
    store.apply({ type: 'create', ...draft })
    for (const endpoint of ['/campaign/create/', '/adgroup/create/', '/ad/create/'])
      server.faults.add({ endpoint, kind: 'drop-after-commit', times: 1 })
    const { result } = await engine.post()
    expect(result.failed).toBe(0)
    expect(serverNames(server)).toEqual(draftNames(draft))
    store.close()
  })

  it('a transient failure that outlasts the retries fails the entity; the next post makes it once', async () => {
    const { server, store, engine } = await setup()
    const draft = draftTree('t', 1, 1, 1)
    store.apply({ type: 'create', ...draft })
    server.faults.add({ endpoint: '/campaign/create/', kind: 'error-code', code: 50000, message: 'System error.', times: 3 })
    const { result } = await engine.post()
    expect(result.outcomes[0]).toMatchObject({ kind: 'campaign', outcome: 'failed', code: 50000 })
    // Kept: an earlier attempt may have been written with its answer lost, so the retry reuses the request_id.
    expect(engine.state().unfinished).toBe(1)
    await engine.post()
    expect(serverNames(server)).toEqual(draftNames(draft))
    store.close()
  })

  it('cancels after the request in flight and finishes on the next post', async () => {
    const { server, store, dataDir } = await setup()
    const draft = draftTree('x', 2, 2, 1)
    store.apply({ type: 'create', ...draft })
    let cancelOnce: (() => void) | null = null
    const engine = engineFor(store, dataDir, server, {
      onProgress: (p) => {
        if (p.done === 1 && cancelOnce) cancelOnce()
      },
    })
    cancelOnce = () => {
      engine.cancel()
      cancelOnce = null
    }
    const { result } = await engine.post()
    expect(result.cancelled).toBe(true)
    expect(result.posted).toBe(1)
    expect(result.skipped).toBe(9)
    const again = await engine.post()
    expect(again.result.posted).toBe(9)
    expect(serverNames(server)).toEqual(draftNames(draft))
    store.close()
  })
})
