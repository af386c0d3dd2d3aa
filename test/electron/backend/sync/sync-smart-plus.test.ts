/**
 * Upgraded Smart+ through the sync engine (/work/shared/notes/tiktok-api-2026.md §2):
 * downloaded once, through `/smart_plus/…/get/`, as Smart+ kinds (never mistaken for
 * manual); created, updated and paused through the Smart+ endpoints, with the
 * campaign and ad group creates keyed by request_id and a lost ad create read back;
 * status failures in `error_list` failing only their own object. The older, non-upgraded
 * Smart+ type stays on the manual kinds, read-only.
 */
import { describe, expect, it } from 'vitest'
import type { Campaign } from '#shared/domain/entities'
import { emptyEntitySet } from '#shared/domain/entity-kinds'
import { ad, adgroup, campaign } from '#test/helpers/account-fixtures'
import { readOnlyReason } from '#shared/domain/read-only'
import { checkAccount } from '#shared/checks/check-account'
import { smartPlusAds } from '#backend/sandbox/smart-plus-store'
import { putSmartPlus } from '#test/helpers/smart-plus'
import { useTempDirs } from '#test/helpers/temp-dir'
import { useSandbox } from '#test/helpers/sandbox'
import { draftTree, engineFor, FAST_QPS, openSyncStore, smartPlusDraft, SYNC_ADVERTISER } from '#test/helpers/sync'
import { TEST_NOW } from '#test/helpers/clock'

const startSandbox = useSandbox()
const tempDir = useTempDirs()

async function setup(type?: 'SMART_PLUS') {
  const server = await startSandbox({ seedDemo: false, qps: FAST_QPS })
  const dataDir = tempDir()
  const store = openSyncStore(dataDir)
  const smart = putSmartPlus(server, SYNC_ADVERTISER, TEST_NOW, 'Smart+ spring', type)
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
const requests = (server: Awaited<ReturnType<typeof setup>>['server'], paths: readonly string[]) =>
  Object.fromEntries(paths.map((p) => [p, server.stats(p).requests]))

describe('Upgraded Smart+ in a download', () => {
  it('comes once, through the Smart+ gets, as Smart+ kinds that can be edited and that validate', async () => {
    const { store, engine, smart } = await setup()
    const { result } = await engine.download()
    expect(result).toMatchObject({ campaigns: 1, adgroups: 2, ads: 4, conflicts: 0 })
    expect(store.workingEntity('campaign', smart.campaign_id)).toBeUndefined()
    expect([...store.workingEntities('adgroup')]).toEqual([])
    // The manual /ad/get/ lists each Smart+ creative as a row; none becomes a manual ad.
    expect([...store.workingEntities('ad')]).toEqual([])
    const campaign = store.workingEntity('smart_plus_campaign', smart.campaign_id)
    expect(campaign).toMatchObject({ campaign_automation_type: 'UPGRADED_SMART_PLUS', campaign_name: 'Smart+ spring', budget: 500 })
    expect(readOnlyReason('smart_plus_campaign', campaign)).toBeNull()
    for (const id of smart.adgroups)
      expect(store.workingEntity('smart_plus_adgroup', id)).toMatchObject({ targeting_spec: { location_ids: ['6252001'] } })
    for (const id of smart.ads)
      expect(store.workingEntity('smart_plus_ad', id)).toMatchObject({
        creative_list: [{ ad_material_id: expect.any(String) }, { ad_material_id: expect.any(String) }],
      })
    expect(store.pendingList()).toEqual([])
    expect(checkAccount(store.snapshot(), { currency: 'USD', now: TEST_NOW }).filter((p) => p.severity === 'error')).toEqual([])
    store.close()
  })

  it('an older download that kept them on the manual kinds moves them to the Smart+ kinds without asking', async () => {
    const { store, engine, smart } = await setup()
    // What a build before Smart+ editing stored: the objects as the manual gets return them, creative rows as ads.
    const creativeRows = smart.ads.map((spId, i) => ({
      ...ad(`990${i}`, smart.adgroups[0]!),
      advertiser_id: SYNC_ADVERTISER,
      smart_plus_ad_id: spId,
    }))
    store.applyDownload(
      {
        ...emptyEntitySet(),
        campaigns: [{ ...campaign(smart.campaign_id), advertiser_id: SYNC_ADVERTISER, campaign_automation_type: 'UPGRADED_SMART_PLUS' }],
        adgroups: smart.adgroups.map((id) => ({
          ...adgroup(id, smart.campaign_id),
          advertiser_id: SYNC_ADVERTISER,
          campaign_automation_type: 'UPGRADED_SMART_PLUS',
        })),
        ads: creativeRows,
      },
      TEST_NOW,
    )
    expect(readOnlyReason('campaign', store.workingEntity('campaign', smart.campaign_id))?.message).toMatch(/Get recent changes/)
    const run = await engine.download()
    expect(run.result).toMatchObject({ campaigns: 1, adgroups: 2, ads: 4 })
    expect(store.workingEntity('campaign', smart.campaign_id)).toBeUndefined()
    expect([...store.workingEntities('ad')]).toEqual([])
    expect(store.workingEntity('smart_plus_campaign', smart.campaign_id)).toBeDefined()
    store.close()
  })

  it('a budget edit posts through /smart_plus/campaign/update/, never a manual endpoint', async () => {
    const { server, store, engine, smart } = await setup()
    await engine.download()
    store.apply({ type: 'update', patches: [{ kind: 'smart_plus_campaign', id: smart.campaign_id, fields: { budget: 750 } }] })
    const before = requests(server, [...MANUAL_WRITES, '/smart_plus/campaign/update/'])
    const { result } = await engine.post()
    expect(result).toMatchObject({ posted: 1, failed: 0 })
    expect(server.stats('/smart_plus/campaign/update/').requests).toBe(before['/smart_plus/campaign/update/']! + 1)
    for (const p of MANUAL_WRITES) expect(server.stats(p).requests, p).toBe(before[p])
    expect(server.state.get('campaign', smart.campaign_id)?.budget).toBe(750)
    expect(store.pendingList()).toEqual([])
    store.close()
  })

  it('a status change answered with an error_list fails only the ad group TikTok listed', async () => {
    const { server, store, engine, smart } = await setup()
    await engine.download()
    const [kept, gone] = smart.adgroups as [string, string]
    store.apply({
      type: 'update',
      patches: [kept, gone].map((id) => ({ kind: 'smart_plus_adgroup' as const, id, fields: { operation_status: 'DISABLE' as const } })),
    })
    // Deleted on TikTok meanwhile: the status update answers code 0 and lists it in error_list.
    const stored = server.state.get('adgroup', gone)!
    server.state.put('adgroup', { ...stored, secondary_status: 'ADGROUP_STATUS_DELETE' })
    const { result } = await engine.post()
    expect(server.stats('/smart_plus/adgroup/status/update/').requests).toBeGreaterThan(0)
    expect(result.outcomes.find((o) => o.id === kept)).toMatchObject({ outcome: 'posted' })
    expect(result.outcomes.find((o) => o.id === gone)).toMatchObject({ outcome: 'failed', message: expect.stringContaining('has been deleted') })
    expect(server.state.get('adgroup', kept)?.operation_status).toBe('DISABLE')
    expect(store.pendingFor('smart_plus_adgroup', kept)).toBeUndefined()
    expect(store.pendingFor('smart_plus_adgroup', gone)).toMatchObject({ change: 'edited' })
    store.close()
  })
})

describe('A new Smart+ draft', () => {
  it('posts campaign, ad groups and ads through the Smart+ creates, keyed by request_id, and records TikTok ids', async () => {
    const server = await startSandbox({ seedDemo: false, qps: FAST_QPS })
    const dataDir = tempDir()
    const store = openSyncStore(dataDir)
    const engine = engineFor(store, dataDir, server)
    store.apply({ type: 'create', ...smartPlusDraft('sp') })
    const { result } = await engine.post()
    expect(result).toMatchObject({ posted: 5, failed: 0, skipped: 0 })
    expect(server.stats('/campaign/create/').requests + server.stats('/adgroup/create/').requests + server.stats('/ad/create/').requests).toBe(0)
    const snap = store.snapshot()
    const [campaign] = snap.smartPlusCampaigns
    expect(campaign?.campaign_id).toMatch(/^\d+$/)
    expect(server.state.get('campaign', campaign!.campaign_id)).toMatchObject({ campaign_automation_type: 'UPGRADED_SMART_PLUS' })
    const ads = snap.smartPlusAds
    expect(ads.map((a) => a.smart_plus_ad_id)).toEqual(expect.arrayContaining([expect.stringMatching(/^\d+$/)]))
    // Each creative carries the ad_material_id TikTok gave it.
    for (const a of ads) expect(a.creative_list.every((c) => /^\d+$/.test(c.ad_material_id ?? ''))).toBe(true)
    expect(store.pendingList()).toEqual([])
    store.close()
  })

  it('under lost answers, makes each object exactly once', async () => {
    const server = await startSandbox({ seedDemo: false, qps: FAST_QPS })
    const dataDir = tempDir()
    const store = openSyncStore(dataDir)
    const engine = engineFor(store, dataDir, server)
    store.apply({ type: 'create', ...smartPlusDraft('lost') })
    for (const endpoint of ['/smart_plus/campaign/create/', '/smart_plus/adgroup/create/', '/smart_plus/ad/create/'])
      server.faults.add({ endpoint, kind: 'drop-after-commit', times: 1 })
    const first = await engine.post()
    const again = first.result.failed > 0 ? await engine.post() : first
    expect(again.result.failed).toBe(0)
    expect(server.state.list('campaign', SYNC_ADVERTISER)).toHaveLength(1)
    expect(server.state.list('adgroup', SYNC_ADVERTISER)).toHaveLength(2)
    expect(smartPlusAds(server.state, SYNC_ADVERTISER)).toHaveLength(2)
    expect(store.pendingList()).toEqual([])
    store.close()
  })
})

describe('The older, non-upgraded Smart+', () => {
  it('stays on the manual kinds, read-only: the store refuses edits, deletions, copies and drafts under them', async () => {
    const { store, engine, smart } = await setup('SMART_PLUS')
    const { result } = await engine.download()
    expect(result).toMatchObject({ campaigns: 1, adgroups: 2, ads: 4 })
    expect(readOnlyReason('campaign', store.workingEntity('campaign', smart.campaign_id))?.message).toBe(
      'Smart+ campaign: edit it in TikTok Ads Manager; Adwright shows it read-only.',
    )
    const refused = /cannot be (changed|added).*Smart\+ .*read-only/
    expect(() => store.apply({ type: 'update', patches: [{ kind: 'campaign', id: smart.campaign_id, fields: { budget: 900 } }] })).toThrow(refused)
    expect(() => store.apply({ type: 'delete', targets: [{ kind: 'adgroup', id: smart.adgroups[0]! }] })).toThrow(refused)
    expect(() => store.apply({ type: 'duplicate', targets: [{ kind: 'campaign', id: smart.campaign_id }] })).toThrow(refused)
    const draft = draftTree('under', 1, 1, 0)
    const group = { ...draft.adgroups[0]!, campaign_id: smart.campaign_id }
    expect(() => store.apply({ type: 'create', adgroups: [group] })).toThrow(refused)
    const own = store.workingEntity('campaign', smart.campaign_id) as Campaign
    expect(() => store.upsert({ ...emptyEntitySet(), campaigns: [{ ...own, budget: 900 }] }, 'import')).toThrow(refused)
    expect(store.pendingList()).toEqual([])
    store.close()
  })
})
