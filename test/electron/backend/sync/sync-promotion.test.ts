/**
 * Drafts with TikTok's promotion fields go through the sync engine to the
 * sandbox and come back on download; a Reach & Frequency draft is never sent
 * (notes tiktok-api-2026.md §3).
 */
import { describe, expect, it } from 'vitest'
import { newAdGroup } from '#shared/domain/defaults'
import { useSandbox } from '#test/helpers/sandbox'
import { useTempDirs } from '#test/helpers/temp-dir'
import { draftTree, engineFor, FAST_QPS, NOW, openSyncStore } from '#test/helpers/sync'

const startSandbox = useSandbox()
const tempDir = useTempDirs()

async function setup() {
  const server = await startSandbox({ seedDemo: false, qps: FAST_QPS })
  const dataDir = tempDir()
  const store = openSyncStore(dataDir)
  return { server, store, engine: engineFor(store, dataDir, server) }
}

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
