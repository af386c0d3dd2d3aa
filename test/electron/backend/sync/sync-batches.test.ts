import { describe, expect, it } from 'vitest'
import { clientFor, useSandbox } from '#test/helpers/sandbox'
import { useTempDirs } from '#test/helpers/temp-dir'
import { draftTree, engineFor, FAST_QPS, openSyncStore, SYNC_ADVERTISER } from '#test/helpers/sync'

const startSandbox = useSandbox()
const tempDir = useTempDirs()

async function posted(c = 1, g = 1, a = 3) {
  const server = await startSandbox({ seedDemo: false, qps: FAST_QPS })
  const dataDir = tempDir()
  const store = openSyncStore(dataDir)
  const engine = engineFor(store, dataDir, server)
  store.apply({ type: 'create', ...draftTree('b', c, g, a) })
  await engine.post()
  return { server, store, engine }
}

describe('batched updates and deletions', () => {
  it('sends the ads of one ad group in one update, and one by one when the batch is refused', async () => {
    const { server, store, engine } = await posted()
    const ads = store.snapshot().ads
    const edit = () =>
      store.apply({
        type: 'update',
        patches: ads.map((a, i) => ({ kind: 'ad' as const, id: a.ad_id, fields: { ad_text: `New text ${i}${Math.random()}` } })),
      })
    edit()
    await engine.post()
    expect(server.stats('/ad/update/').requests).toBe(1)
    edit()
    server.faults.add({
      endpoint: '/ad/update/',
      kind: 'error-code',
      code: 40002,
      message: 'creatives[0].ad_text: Contains a word TikTok does not allow.',
      times: 2,
    })
    const { result } = await engine.post()
    expect(server.stats('/ad/update/').requests).toBe(1 + 1 + 3)
    expect(result.outcomes.filter((o) => o.outcome === 'failed')).toEqual([expect.objectContaining({ kind: 'ad', field: 'ad_text', code: 40002 })])
    expect(result.posted).toBe(2)
    expect(store.pendingCount()).toBe(1)
    store.close()
  })

  it('records a deletion already done on TikTok without sending it again', async () => {
    const { server, store, engine } = await posted(2, 1, 1)
    const [c1, c2] = store.snapshot().campaigns
    await clientFor(server, { qps: FAST_QPS }).updateStatus('campaign', SYNC_ADVERTISER, [c1!.campaign_id], 'DELETE')
    store.apply({
      type: 'delete',
      targets: [
        { kind: 'campaign', id: c1!.campaign_id },
        { kind: 'campaign', id: c2!.campaign_id },
      ],
    })
    const before = server.stats('/campaign/status/update/').requests
    const { result } = await engine.post()
    expect(server.stats('/campaign/status/update/').requests - before).toBe(1)
    expect(result.outcomes.map((o) => [o.id, o.outcome])).toEqual([[c2!.campaign_id, 'posted']])
    expect(store.pendingCount()).toBe(0)
    expect(server.state.get('campaign', c2!.campaign_id)?.secondary_status).toBe('CAMPAIGN_STATUS_DELETE')
    store.close()
  })

  it('warns about a change TikTok cannot make after creation instead of pretending to post it', async () => {
    const { store, engine } = await posted(1, 0, 0)
    const [c] = store.snapshot().campaigns
    store.apply({ type: 'update', patches: [{ kind: 'campaign', id: c!.campaign_id, fields: { objective_type: 'REACH' } }] })
    const check = engine.check()
    expect(check.changes).toEqual([])
    expect(check.problems).toEqual([expect.objectContaining({ severity: 'warning', ruleId: 'sync.field-not-updatable', field: 'objective_type' })])
    store.close()
  })
})
