import { describe, expect, it } from 'vitest'
import { apiTime } from '#backend/sandbox/sandbox-state'
import { adGroupFields, campaignFields, clientFor, useSandbox } from '#test/helpers/sandbox'
import { useTempDirs } from '#test/helpers/temp-dir'
import { draftTree, engineFor, FAST_QPS, openSyncStore, SYNC_ADVERTISER } from '#test/helpers/sync'
import { TEST_NOW } from '#test/helpers/clock'
import { downloadLossSentences } from '#shared/domain/download-losses'

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
    expect((await engine.download()).result?.conflicts).toBe(1)
    engine.resolveConflict('campaign', id, 'theirs')
    expect(engine.state().conflicts).toEqual([])
    expect(store.snapshot().campaigns[0]).toMatchObject({ budget: 300, campaign_name: 'mine' })
    await engine.post()
    expect(server.state.get('campaign', id)).toMatchObject({ budget: 300, campaign_name: 'mine' })
    expect(store.snapshot().pending).toEqual([])
    store.close()
  })
})

describe('a download that would take local work', () => {
  /** A posted campaign with an ad group and an ad, then deleted in TikTok Ads Manager. */
  async function deletedOnTikTok() {
    const s = await setup()
    s.store.apply({ type: 'create', ...draftTree('gone', 2, 1, 1) })
    await s.engine.post()
    const [gone, kept] = s.store.snapshot().campaigns
    await s.tiktok.updateStatus('campaign', SYNC_ADVERTISER, [gone!.campaign_id], 'DELETE')
    return { ...s, gone: gone!, kept: kept! }
  }

  it('says what it would remove and writes nothing until confirmed', async () => {
    const { store, engine, gone, kept } = await deletedOnTikTok()
    const before = store.snapshot()
    const run = await engine.download()
    expect(run.result).toBeUndefined()
    expect(run.preview?.losses.map((l) => `${l.loss} ${l.kind} ${l.name}`)).toEqual([
      'removed campaign gone campaign 1',
      'removed adgroup gone ad group 1.1',
      'removed ad gone ad 1.1.1',
    ])
    expect(downloadLossSentences(run.preview!.losses)).toEqual([
      'This download removes 1 campaign, 1 ad group and 1 ad you have locally, which TikTok no longer has: “gone campaign 1”.',
    ])
    expect(store.snapshot()).toEqual(before)
    expect(engine.state().lastDownloadedAt).toBe(before.lastDownloadedAt)

    // A confirmation that does not name these losses is no confirmation.
    expect((await engine.download({ confirmation: 'not-the-one' })).preview?.confirmation).toBe(run.preview!.confirmation)
    expect(store.snapshot()).toEqual(before)

    const done = await engine.download({ confirmation: run.preview!.confirmation })
    expect(done.result).toMatchObject({ campaigns: 1, adgroups: 1, ads: 1 })
    expect(store.snapshot().campaigns.map((c) => c.campaign_id)).toEqual([kept.campaign_id])
    expect(store.workingEntity('campaign', gone.campaign_id)).toBeUndefined()
    store.close()
  })

  it('asks again when TikTok removed more since the buyer confirmed', async () => {
    const { store, engine, tiktok, kept } = await deletedOnTikTok()
    const first = await engine.download()
    await tiktok.updateStatus('campaign', SYNC_ADVERTISER, [kept.campaign_id], 'DELETE')
    const again = await engine.download({ confirmation: first.preview!.confirmation })
    expect(again.preview?.losses.filter((l) => l.kind === 'campaign').map((l) => l.id)).toHaveLength(2)
    expect(store.snapshot().campaigns).toHaveLength(2)
    store.close()
  })

  it('needs no confirmation when nothing local is lost: edits and drafts are kept', async () => {
    const { store, engine, tiktok } = await setup()
    store.apply({ type: 'create', ...draftTree('mine', 1, 1, 0) })
    await engine.post()
    const [c] = store.snapshot().campaigns
    store.apply({ type: 'update', patches: [{ kind: 'campaign', id: c!.campaign_id, fields: { campaign_name: 'renamed here' } }] })
    store.apply({ type: 'create', ...draftTree('draft', 1, 0, 0) })
    // Changed on TikTok in a field the buyer did not touch: a refresh, not a loss.
    await tiktok.updateCampaign(SYNC_ADVERTISER, c!.campaign_id, { budget: 321 })
    const run = await engine.download()
    expect(run.preview).toBeUndefined()
    expect(store.workingEntity('campaign', c!.campaign_id)).toMatchObject({ campaign_name: 'renamed here', budget: 321 })
    expect(
      store
        .snapshot()
        .pending.map((p) => p.name)
        .sort(),
    ).toEqual(['draft campaign 1', 'renamed here'])
    store.close()
  })
})
