/**
 * The demo advertiser: the local store and the embedded sandbox are seeded from
 * one generator (shared/domain/demo), so the first "Get recent changes" finds
 * the account the buyer already has and changes nothing they drafted.
 */
import { describe, expect, it } from 'vitest'
import type { AccountSnapshot, Edit } from '#shared/domain/account'
import type { DownloadOutcome } from '#shared/domain/sync'
import { createDemoAccount } from '#shared/domain/demo/index'
import { useAppServices, valueOf } from '#test/helpers/app-services'
import { clientFor, useSandbox } from '#test/helpers/sandbox'
import { FAST_QPS, SYNC_ADVERTISER as advertiserId } from '#test/helpers/sync'
import { TEST_NOW } from '#test/helpers/clock'
import { downloadLossSentences } from '#shared/domain/download-losses'
import { countsPhrase } from '#shared/domain/entity-words'

const startSandbox = useSandbox()
const appServices = useAppServices()

/** The app's services on the default demo seed, talking to a sandbox seeded with its demo account. */
async function demoApp() {
  const server = await startSandbox({ qps: FAST_QPS })
  const client = clientFor(server, { qps: FAST_QPS })
  const s = appServices({ apiClient: async () => client })
  return { ...s, server }
}

const names = (snap: AccountSnapshot) => ({
  campaigns: snap.campaigns.map((c) => c.campaign_name).sort(),
  adgroups: snap.adgroups.map((g) => g.adgroup_name).sort(),
  ads: snap.ads.map((a) => a.ad_name).sort(),
})

describe('the demo account', () => {
  it('is the same account locally and on the sandbox: the first download changes nothing', async () => {
    const s = await demoApp()
    const before = valueOf<AccountSnapshot>(await s.dispatch('account:open', { advertiserId }))
    const demo = createDemoAccount(advertiserId, TEST_NOW)
    expect(before.campaigns).toHaveLength(demo.campaigns.length)
    s.events.length = 0
    const outcome = valueOf<DownloadOutcome>(await s.dispatch('sync:download', { advertiserId }))
    expect(outcome.status).toBe('downloaded')
    if (outcome.status === 'downloaded')
      expect(outcome.result).toMatchObject({ campaigns: demo.campaigns.length, adgroups: demo.adgroups.length, ads: demo.ads.length, conflicts: 0 })
    const after = valueOf<AccountSnapshot>(await s.dispatch('account:open', { advertiserId }))
    expect(names(after)).toEqual(names(before))
    expect({ campaigns: after.campaigns, adgroups: after.adgroups, ads: after.ads }).toEqual({
      campaigns: before.campaigns,
      adgroups: before.adgroups,
      ads: before.ads,
    })
    expect(after.pending).toEqual([])
    // The windows are told of no entity change: TikTok had exactly what the buyer saw.
    const changed = s.events.filter(([c]) => c === 'account:changed').map(([, p]) => (p as { delta: { upserted: object; removed: unknown[] } }).delta)
    expect(changed.every((d) => d.removed.length === 0 && Object.values(d.upserted).every((l) => (l as unknown[]).length === 0))).toBe(true)
  })

  it('keeps what the buyer drafted before the first download', async () => {
    const s = await demoApp()
    const before = valueOf<AccountSnapshot>(await s.dispatch('account:open', { advertiserId }))
    const [first] = before.campaigns
    const edit: Edit = { type: 'update', patches: [{ kind: 'campaign', id: first!.campaign_id, fields: { campaign_name: 'Drafted offline' } }] }
    valueOf(await s.dispatch('account:edit', { advertiserId, edit }))
    expect(valueOf<DownloadOutcome>(await s.dispatch('sync:download', { advertiserId })).status).toBe('downloaded')
    const after = valueOf<AccountSnapshot>(await s.dispatch('account:open', { advertiserId }))
    expect(after.campaigns.find((c) => c.campaign_id === first!.campaign_id)?.campaign_name).toBe('Drafted offline')
    expect(after.pending.map((p) => [p.id, p.change, p.fields])).toEqual([[first!.campaign_id, 'edited', ['campaign_name']]])
    expect(after.campaigns).toHaveLength(before.campaigns.length)
    expect(after.ads).toHaveLength(before.ads.length)
  })
})

describe('a demo campaign deleted in TikTok Ads Manager', () => {
  it('is listed before the download removes it, and stays until the buyer confirms', async () => {
    const s = await demoApp()
    const before = valueOf<AccountSnapshot>(await s.dispatch('account:open', { advertiserId }))
    const [gone] = before.campaigns
    const client = clientFor(s.server, { qps: FAST_QPS })
    await client.updateStatus('campaign', advertiserId, [gone!.campaign_id], 'DELETE')
    s.events.length = 0

    const asked = valueOf<DownloadOutcome>(await s.dispatch('sync:download', { advertiserId }))
    if (asked.status !== 'needs-confirmation') throw new Error('expected the download to ask first')
    const groups = before.adgroups.filter((g) => g.campaign_id === gone!.campaign_id).map((g) => g.adgroup_id)
    const ads = before.ads.filter((a) => groups.includes(a.adgroup_id))
    expect(asked.preview.losses.filter((l) => l.loss === 'removed')).toHaveLength(1 + groups.length + ads.length)
    expect(downloadLossSentences(asked.preview.losses)[0]).toBe(
      `This download removes ${countsPhrase({ campaign: 1, adgroup: groups.length, ad: ads.length })} you have locally, which TikTok no longer has: “${gone!.campaign_name}”.`,
    )
    // Nothing written, nothing announced.
    expect(s.events.filter(([c]) => c === 'account:changed')).toEqual([])
    expect(valueOf<AccountSnapshot>(await s.dispatch('account:open', { advertiserId }))).toEqual(before)

    const done = valueOf<DownloadOutcome>(await s.dispatch('sync:download', { advertiserId, confirmation: asked.preview.confirmation }))
    expect(done.status).toBe('downloaded')
    const after = valueOf<AccountSnapshot>(await s.dispatch('account:open', { advertiserId }))
    expect(after.campaigns.map((c) => c.campaign_id)).toEqual(before.campaigns.slice(1).map((c) => c.campaign_id))
    expect(after.ads).toHaveLength(before.ads.length - ads.length)
  })
})
