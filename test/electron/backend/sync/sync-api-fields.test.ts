/**
 * The sync engine against the sandbox on the points where TikTok's API as of
 * December 2026 differs from what the client first sent or expected
 * (notes: tiktok-api-2026.md §3).
 */
import { describe, expect, it } from 'vitest'
import { clientFor, useSandbox } from '#test/helpers/sandbox'
import { useTempDirs } from '#test/helpers/temp-dir'
import { draftTree, engineFor, FAST_QPS, openSyncStore, SYNC_ADVERTISER } from '#test/helpers/sync'

const startSandbox = useSandbox()
const tempDir = useTempDirs()

async function setup() {
  const server = await startSandbox({ seedDemo: false, qps: FAST_QPS })
  const dataDir = tempDir()
  const store = openSyncStore(dataDir)
  return { server, store, engine: engineFor(store, dataDir, server), tiktok: clientFor(server, { qps: FAST_QPS }) }
}

describe('status filter', () => {
  it('finds objects deleted on TikTok (primary_status STATUS_ALL) and takes a local deletion of them as done', async () => {
    const { server, store, engine, tiktok } = await setup()
    store.apply({ type: 'create', ...draftTree('d', 2, 1, 1) })
    await engine.post()
    const [gone] = store.snapshot().campaigns
    await tiktok.updateStatus('campaign', SYNC_ADVERTISER, [gone!.campaign_id], 'DELETE')
    store.apply({ type: 'delete', targets: [{ kind: 'campaign', id: gone!.campaign_id }] })
    const before = server.stats('/campaign/status/update/').requests
    const { result } = await engine.post()
    expect(result.failed).toBe(0)
    // Known to be gone there, so no second delete is sent.
    expect(server.stats('/campaign/status/update/').requests).toBe(before)
    expect(store.snapshot().pending).toEqual([])
    expect(store.snapshot().campaigns).toHaveLength(1)
    store.close()
  })
})

describe('ad updates', () => {
  it('sends only the changed fields of an ad with patch_update, so TikTok keeps the rest', async () => {
    const { server, store, engine } = await setup()
    store.apply({ type: 'create', ...draftTree('a', 1, 1, 1) })
    await engine.post()
    const [ad] = store.snapshot().ads
    const before = server.state.get('ad', ad!.ad_id)!
    store.apply({ type: 'update', patches: [{ kind: 'ad', id: ad!.ad_id, fields: { ad_name: 'renamed ad' } }] })
    const { result } = await engine.post()
    expect(result).toMatchObject({ posted: 1, failed: 0 })
    const { modify_time: _m, ...kept } = before
    expect(server.state.get('ad', ad!.ad_id)).toMatchObject({ ...kept, ad_name: 'renamed ad' })
    store.close()
  })
})
