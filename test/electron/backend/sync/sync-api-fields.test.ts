/**
 * The sync engine against the sandbox on the points where TikTok's API as of
 * December 2026 differs from what the client first sent or expected
 * (notes: tiktok-api-2026.md §3).
 */
import { describe, expect, it } from 'vitest'
import { newAdGroup } from '#shared/domain/defaults'
import { clientFor, useSandbox } from '#test/helpers/sandbox'
import { useTempDirs } from '#test/helpers/temp-dir'
import { draftTree, engineFor, FAST_QPS, NOW, openSyncStore, SYNC_ADVERTISER } from '#test/helpers/sync'

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

describe('promotion fields through sync', () => {
  it('posts an app campaign and ad group with app_promotion_type, promotion_type and app_id, and downloads them back', async () => {
    const { server, store, engine } = await setup()
    const tree = draftTree('app', 1, 1, 0)
    const campaign = { ...tree.campaigns[0]!, objective_type: 'APP_PROMOTION' as const, app_promotion_type: 'APP_INSTALL' as const }
    const drafted = newAdGroup(campaign, 'local-app-g1', NOW)
    expect(drafted.promotion_type).toBe('APP_ANDROID')
    const adgroup = { ...drafted, location_ids: ['6252001'], operating_systems: ['ANDROID' as const], app_id: '7302000000000000602' }
    store.apply({ type: 'create', campaigns: [campaign], adgroups: [adgroup], ads: [] })
    const { result } = await engine.post()
    expect(result).toMatchObject({ posted: 2, failed: 0, skipped: 0 })
    const [onTikTok] = server.state.list('adgroup', campaign.advertiser_id)
    expect(onTikTok).toMatchObject({ promotion_type: 'APP_ANDROID', app_id: '7302000000000000602' })
    expect(server.state.list('campaign', campaign.advertiser_id)[0]).toMatchObject({ app_promotion_type: 'APP_INSTALL' })
    await engine.download()
    const snap = store.snapshot()
    expect(snap.adgroups[0]).toMatchObject({ promotion_type: 'APP_ANDROID', app_id: '7302000000000000602' })
    expect(snap.campaigns[0]).toMatchObject({ app_promotion_type: 'APP_INSTALL' })
    expect(snap.pending).toEqual([])
    store.close()
  })

  it('holds back an ad group draft without promotion_type and a Reach & Frequency campaign, sending neither', async () => {
    const { server, store, engine } = await setup()
    const tree = draftTree('held', 2, 1, 0)
    const [traffic, rf] = tree.campaigns
    const { promotion_type: _p, ...without } = tree.adgroups[0]!
    store.apply({
      type: 'create',
      campaigns: [traffic!, { ...rf!, objective_type: 'RF_REACH', budget_mode: 'BUDGET_MODE_INFINITE', budget: undefined }],
      adgroups: [without, { ...tree.adgroups[1]!, optimization_goal: 'REACH', billing_event: 'CPM' }],
      ads: [],
    })
    const { result } = await engine.post()
    expect(result).toMatchObject({ posted: 1, failed: 0, skipped: 3 })
    expect(server.state.list('campaign', traffic!.advertiser_id).map((c) => c.objective_type)).toEqual(['TRAFFIC'])
    expect(server.stats('/adgroup/create/').requests).toBe(0)
    store.close()
  })
})
