import { describe, expect, it } from 'vitest'
import { apiTime } from '#backend/sandbox/sandbox-state'
import { adGroupFields, campaignFields, clientFor, useSandbox } from '#test/helpers/sandbox'
import { useTempDirs } from '#test/helpers/temp-dir'
import { draftTree, engineFor, FAST_QPS, openSyncStore, SYNC_ADVERTISER } from '#test/helpers/sync'
import { TEST_NOW } from '#test/helpers/clock'

const startSandbox = useSandbox()
const tempDir = useTempDirs()

async function setup() {
  const server = await startSandbox({ seedDemo: false, qps: FAST_QPS })
  const dataDir = tempDir()
  const store = openSyncStore(dataDir)
  return { server, store, engine: engineFor(store, dataDir, server), tiktok: clientFor(server, { qps: FAST_QPS }) }
}

describe('get recent changes', () => {
  it('downloads every page (1,100 ads, paused ones included) and keeps local edits', async () => {
    const { server, store, engine, tiktok } = await setup()
    const campaign = await tiktok.createCampaign(SYNC_ADVERTISER, campaignFields())
    const group = await tiktok.createAdGroup(SYNC_ADVERTISER, adGroupFields(campaign.campaign_id))
    const time = apiTime(TEST_NOW.getTime())
    for (let i = 0; i < 1100; i++) {
      const ad_id = server.state.nextId('ad')
      server.state.put('ad', {
        advertiser_id: SYNC_ADVERTISER,
        campaign_id: campaign.campaign_id,
        adgroup_id: group.adgroup_id,
        ad_id,
        ad_name: `Ad ${i}`,
        operation_status: i % 10 === 0 ? 'DISABLE' : 'ENABLE',
        secondary_status: i % 10 === 0 ? 'AD_STATUS_DISABLE' : 'AD_STATUS_DELIVERY_OK',
        ad_format: 'SINGLE_VIDEO',
        ad_text: 'Hi',
        call_to_action: 'LEARN_MORE',
        identity_type: 'CUSTOMIZED_USER',
        video_id: 'v1',
        image_ids: [],
        landing_page_url: 'https://example.com',
        create_time: time,
        modify_time: time,
      })
    }
    store.apply({ type: 'create', ...draftTree('keep', 1, 0, 0) })
    const { result } = await engine.download()
    expect(result).toMatchObject({ campaigns: 1, adgroups: 1, ads: 1100, conflicts: 0 })
    expect(server.stats('/ad/get/').requests).toBe(2)
    const snap = store.snapshot()
    expect(snap.ads).toHaveLength(1100)
    expect(snap.ads.filter((a) => a.operation_status === 'DISABLE')).toHaveLength(110)
    expect(snap.pending.map((p) => p.name)).toEqual(['keep campaign 1'])
    expect(snap.lastDownloadedAt).not.toBeNull()
    store.close()
  })
})

describe('conflicts', () => {
  async function conflicted() {
    const s = await setup()
    s.store.apply({ type: 'create', ...draftTree('k', 1, 1, 0) })
    await s.engine.post()
    const [c] = s.store.snapshot().campaigns
    const id = c!.campaign_id
    await s.tiktok.updateCampaign(SYNC_ADVERTISER, id, { budget: 300 })
    s.store.apply({ type: 'update', patches: [{ kind: 'campaign', id, fields: { budget: 200, campaign_name: 'mine' } }] })
    return { ...s, id }
  }

  it('posting holds back an entity changed on TikTok too; keep mine sends it', async () => {
    const { server, store, engine, id } = await conflicted()
    const { result } = await engine.post()
    expect(result.outcomes).toEqual([expect.objectContaining({ id, outcome: 'skipped', action: 'update' })])
    const [conflict] = engine.state().conflicts
    expect(conflict).toMatchObject({ kind: 'campaign', id, fields: ['budget'], mine: { budget: 200 }, theirs: { budget: 300 } })
    expect(server.state.get('campaign', id)?.budget).toBe(300)
    expect(engine.check().changes[0]).toMatchObject({ blockedBy: 'conflict' })
    engine.resolveConflict('campaign', id, 'mine')
    expect((await engine.post()).result.posted).toBe(1)
    expect(server.state.get('campaign', id)).toMatchObject({ budget: 200, campaign_name: 'mine' })
    expect(store.snapshot().pending).toEqual([])
    store.close()
  })

  it('a download lists the conflict; take theirs puts TikTok’s value in the account and keeps the other edit', async () => {
    const { server, store, engine, id } = await conflicted()
    expect((await engine.download()).result.conflicts).toBe(1)
    engine.resolveConflict('campaign', id, 'theirs')
    expect(engine.state().conflicts).toEqual([])
    expect(store.snapshot().campaigns[0]).toMatchObject({ budget: 300, campaign_name: 'mine' })
    await engine.post()
    expect(server.state.get('campaign', id)).toMatchObject({ budget: 300, campaign_name: 'mine' })
    expect(store.snapshot().pending).toEqual([])
    store.close()
  })
})
