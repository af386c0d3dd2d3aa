/**
 * "Start new campaigns paused": the post pauses new campaigns first, as an
 * undoable edit, so TikTok creates them paused and nothing is left pending that
 * a later post would switch on.
 */
import { describe, expect, it } from 'vitest'
import { draftTree, SYNC_ADVERTISER, useSyncSetup } from '#test/helpers/sync'

const setup = useSyncSetup()

describe('start new campaigns paused', () => {
  it('creates new campaigns paused on TikTok, with nothing left pending', async () => {
    const { server, store, engine } = await setup()
    store.apply({ type: 'create', ...draftTree('sp', 2, 1, 1) })
    const before = engine.check().spend
    expect(before.newEnabledCampaigns).toBe(2)
    // Two campaigns at 100/day and their ad groups at 50/day each (test/helpers/account-fixtures.ts).
    expect(before.asPlanned).toEqual({ campaigns: 2, adgroups: 2, daily: 300, lifetime: 0 })
    expect(before.withNewCampaignsPaused).toMatchObject({ campaigns: 0, adgroups: 0, daily: 0 })

    const { result, delta } = await engine.post({ startPaused: true })
    expect(result).toMatchObject({ failed: 0, skipped: 0 })
    const onServer = server.state.list('campaign', SYNC_ADVERTISER)
    expect(onServer.map((c) => c.operation_status)).toEqual(['DISABLE', 'DISABLE'])
    // The ad groups keep their own status; the paused campaign is what stops delivery.
    expect(server.state.list('adgroup', SYNC_ADVERTISER).map((g) => g.operation_status)).toEqual(['ENABLE', 'ENABLE'])
    expect(store.snapshot().campaigns.map((c) => c.operation_status)).toEqual(['DISABLE', 'DISABLE'])
    expect(store.pendingList()).toEqual([])
    // The renderer learns of the pause through the post's delta, as of any other change the post made.
    expect(delta?.upserted.campaigns.map((c) => c.operation_status)).toEqual(['DISABLE', 'DISABLE'])
    store.close()
  })

  it('posts as drafted without the option, and leaves existing campaigns alone with it', async () => {
    const { server, store, engine } = await setup()
    store.apply({ type: 'create', ...draftTree('on', 1, 1, 1) })
    await engine.post()
    expect(server.state.list('campaign', SYNC_ADVERTISER).map((c) => c.operation_status)).toEqual(['ENABLE'])
    // A later post with the option on does not pause the campaign already on TikTok.
    const [c] = store.snapshot().campaigns
    store.apply({ type: 'update', patches: [{ kind: 'campaign', id: c!.campaign_id, fields: { campaign_name: 'renamed' } }] })
    await engine.post({ startPaused: true })
    expect(server.state.list('campaign', SYNC_ADVERTISER).map((o) => [o.campaign_name, o.operation_status])).toEqual([['renamed', 'ENABLE']])
    store.close()
  })
})
