/**
 * Upgraded Smart+ objects in a download (/work/shared/notes/tiktok-api-2026.md §2):
 * stored as they are, read-only, skipped by validation, refused by the store,
 * and never sent to the manual endpoints.
 */
import { describe, expect, it } from 'vitest'
import type { Campaign } from '#shared/domain/entities'
import { readOnlyReason } from '#shared/domain/read-only'
import { checkAccount } from '#shared/checks/check-account'
import { apiTime } from '#backend/sandbox/sandbox-state'
import { putSmartPlus } from '#test/helpers/smart-plus'
import { useSandbox } from '#test/helpers/sandbox'
import { useTempDirs } from '#test/helpers/temp-dir'
import { draftTree, engineFor, FAST_QPS, openSyncStore, SYNC_ADVERTISER } from '#test/helpers/sync'
import { TEST_NOW } from '#test/helpers/clock'

const startSandbox = useSandbox()
const tempDir = useTempDirs()

async function setup() {
  const server = await startSandbox({ seedDemo: false, qps: FAST_QPS })
  const dataDir = tempDir()
  const store = openSyncStore(dataDir)
  const smart = putSmartPlus(server, SYNC_ADVERTISER, TEST_NOW)
  return { server, store, engine: engineFor(store, dataDir, server), smart }
}

const MANUAL_WRITES = [
  '/campaign/update/',
  '/campaign/status/update/',
  '/adgroup/update/',
  '/adgroup/status/update/',
  '/ad/update/',
  '/ad/status/update/',
]

describe('Upgraded Smart+ objects', () => {
  it('download stores them read-only, and validation skips them without crashing', async () => {
    const { store, engine, smart } = await setup()
    const { result } = await engine.download()
    expect(result).toMatchObject({ campaigns: 1, adgroups: 2, ads: 4, conflicts: 0 })
    const campaign = store.workingEntity('campaign', smart.campaign_id)
    expect(campaign).toMatchObject({ campaign_automation_type: 'UPGRADED_SMART_PLUS', campaign_name: 'Smart+ spring' })
    expect(readOnlyReason('campaign', campaign)?.message).toBe(
      'Upgraded Smart+ campaign: edit it in TikTok Ads Manager; Adwright shows it read-only.',
    )
    for (const id of smart.adgroups) expect(readOnlyReason('adgroup', store.workingEntity('adgroup', id))).not.toBeNull()
    for (const id of smart.ads) {
      expect(store.workingEntity('ad', id)).toMatchObject({ smart_plus_ad_id: expect.any(String) })
      expect(readOnlyReason('ad', store.workingEntity('ad', id))?.message).toMatch(/^Upgraded Smart\+ ad: /)
    }
    expect(store.pendingList()).toEqual([])
    const snap = store.snapshot()
    expect(checkAccount(snap, { currency: 'USD', now: TEST_NOW })).toEqual([])
    const check = await engine.check()
    expect(check.errors).toBe(0)
    store.close()
  })

  it('the store refuses edits, deletions, copies and drafts under them', async () => {
    const { store, engine, smart } = await setup()
    await engine.download()
    const refused = /cannot be (changed|added).*Smart\+ .*read-only/
    expect(() => store.apply({ type: 'update', patches: [{ kind: 'campaign', id: smart.campaign_id, fields: { budget: 900 } }] })).toThrow(refused)
    expect(() => store.apply({ type: 'update', patches: [{ kind: 'ad', id: smart.ads[0]!, fields: { ad_name: 'x' } }] })).toThrow(refused)
    expect(() => store.apply({ type: 'delete', targets: [{ kind: 'adgroup', id: smart.adgroups[0]! }] })).toThrow(refused)
    expect(() => store.apply({ type: 'duplicate', targets: [{ kind: 'campaign', id: smart.campaign_id }] })).toThrow(refused)
    const draft = draftTree('under', 1, 1, 0)
    const group = { ...draft.adgroups[0]!, campaign_id: smart.campaign_id }
    expect(() => store.apply({ type: 'create', campaigns: [], adgroups: [group], ads: [] })).toThrow(refused)
    const own = store.workingEntity('campaign', smart.campaign_id) as Campaign
    expect(() => store.upsert({ campaigns: [{ ...own, budget: 900 }], adgroups: [], ads: [] }, 'import')).toThrow(refused)
    expect(store.pendingList()).toEqual([])
    store.close()
  })

  it('a post of other changes never calls a manual endpoint for them', async () => {
    const { server, store, engine, smart } = await setup()
    await engine.download()
    store.apply({ type: 'create', ...draftTree('manual', 1, 1, 1) })
    const before = Object.fromEntries(MANUAL_WRITES.map((p) => [p, server.stats(p).requests]))
    const { result } = await engine.post()
    expect(result.failed).toBe(0)
    for (const p of MANUAL_WRITES.filter((x) => x.endsWith('/update/') && !x.includes('status'))) expect(server.stats(p).requests, p).toBe(before[p])
    expect(server.state.get('campaign', smart.campaign_id)).toMatchObject({ campaign_name: 'Smart+ spring', budget: 500 })
    store.close()
  })

  it('an edit made before TikTok marked the object Smart+ is held back, not posted', async () => {
    const { server, store, engine, smart } = await setup()
    const marked = server.state.get('campaign', smart.campaign_id)!
    server.state.put('campaign', { ...marked, campaign_automation_type: 'MANUAL', objective_type: 'TRAFFIC', budget_mode: 'BUDGET_MODE_DAY' })
    await engine.download()
    store.apply({ type: 'update', patches: [{ kind: 'campaign', id: smart.campaign_id, fields: { budget: 900 } }] })
    server.state.put('campaign', { ...marked, modify_time: apiTime(TEST_NOW.getTime() + 60_000) })
    const updates = server.stats('/campaign/update/').requests
    await engine.post()
    expect(server.stats('/campaign/update/').requests).toBe(updates)
    expect(server.state.get('campaign', smart.campaign_id)?.budget).toBe(500)
    const check = await engine.check()
    expect(check.problems).toContainEqual(expect.objectContaining({ ruleId: 'sync.read-only', entityId: smart.campaign_id }))
    store.close()
  })
})
