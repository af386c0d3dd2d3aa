/**
 * Posting when TikTok's answer does not say whether a write happened (a gateway
 * 5xx after the commit, code 50000): nothing is re-sent blindly, the engine
 * reads back and ends with exactly the drafted objects and changes.
 */
import { describe, expect, it } from 'vitest'
import { draftNames, draftTree, serverNames, useSyncSetup } from '#test/helpers/sync'

const setup = useSyncSetup()

describe('writes whose outcome is unknown', () => {
  it('a 504 after ad/create committed leaves the 2 planned ads, not 6', async () => {
    const { server, store, engine } = await setup()
    const draft = draftTree('g', 1, 1, 2)
    store.apply({ type: 'create', ...draft })
    server.faults.add({ endpoint: '/ad/create/', kind: 'status-after-commit', status: 504, times: 3 })
    const { result } = await engine.post()
    expect(result.failed).toBe(0)
    expect(server.stats('/ad/create/').requests).toBe(1)
    expect(serverNames(server)).toEqual(draftNames(draft))
    expect(store.snapshot().pending).toEqual([])
    store.close()
  })

  it('a 50000 on ad/create is read back before the ads are sent again', async () => {
    const { server, store, engine } = await setup()
    const draft = draftTree('s', 1, 1, 2)
    store.apply({ type: 'create', ...draft })
    server.faults.add({ endpoint: '/ad/create/', kind: 'error-code', code: 50000, message: 'System error.', times: 1 })
    const reads = server.stats('/ad/get/').requests
    const { result } = await engine.post()
    expect(result.failed).toBe(0)
    // Refused before the write: the read-back finds nothing, so the batch goes once more.
    expect(server.stats('/ad/create/').requests).toBe(2)
    expect(server.stats('/ad/get/').requests).toBeGreaterThan(reads)
    expect(serverNames(server)).toEqual(draftNames(draft))
    store.close()
  })

  it('confirms an update and a status change by reading back after a 504, without re-sending them', async () => {
    const { server, store, engine } = await setup()
    store.apply({ type: 'create', ...draftTree('u', 2, 1, 1) })
    await engine.post()
    const [c1, c2] = store.snapshot().campaigns
    store.apply({ type: 'update', patches: [{ kind: 'campaign', id: c1!.campaign_id, fields: { budget: 180 } }] })
    store.apply({ type: 'update', patches: [{ kind: 'campaign', id: c2!.campaign_id, fields: { operation_status: 'DISABLE' as const } }] })
    server.faults.add({ endpoint: '/campaign/update/', kind: 'status-after-commit', status: 504, times: 1 })
    server.faults.add({ endpoint: '/campaign/status/update/', kind: 'status-after-commit', status: 502, times: 1 })
    const { result } = await engine.post()
    expect(result.failed).toBe(0)
    expect(result.posted).toBe(2)
    expect(server.stats('/campaign/update/').requests).toBe(1)
    expect(server.stats('/campaign/status/update/').requests).toBe(1)
    expect(server.state.get('campaign', c1!.campaign_id)).toMatchObject({ budget: 180 })
    expect(server.state.get('campaign', c2!.campaign_id)).toMatchObject({ operation_status: 'DISABLE' })
    expect(store.snapshot().pending).toEqual([])
    // The next post finds nothing to send and no conflict.
    expect((await engine.post()).result.posted).toBe(0)
    expect(store.snapshot().pending).toEqual([])
    store.close()
  })

  it('an update refused with a 503 before it was applied fails, unsent twice, and the next post sends it', async () => {
    const { server, store, engine } = await setup()
    store.apply({ type: 'create', ...draftTree('r', 1, 1, 1) })
    await engine.post()
    const [c] = store.snapshot().campaigns
    store.apply({ type: 'update', patches: [{ kind: 'campaign', id: c!.campaign_id, fields: { budget: 222 } }] })
    server.faults.add({ endpoint: '/campaign/update/', kind: 'http-status', status: 503, times: 1 })
    const first = await engine.post()
    expect(first.result.outcomes).toEqual([expect.objectContaining({ outcome: 'failed', action: 'update', kind: 'campaign' })])
    expect(server.stats('/campaign/update/').requests).toBe(1)
    expect((await engine.post()).result.posted).toBe(1)
    expect(server.state.get('campaign', c!.campaign_id)).toMatchObject({ budget: 222 })
    store.close()
  })
})
