import { emptyEntitySet } from '#shared/domain/entity-kinds'
import { describe, expect, it } from 'vitest'
import { ad, adgroup, campaign, smallDownload } from '#test/helpers/account-fixtures'
import { NOW, openStore } from '#test/helpers/account-store'
import { useTempDirs } from '#test/helpers/temp-dir'
import { downloadLosses } from '#backend/accounts/store/account-sync'
import { downloadLossSentences } from '#shared/domain/download-losses'

const tempDir = useTempDirs()
const LATER = new Date('2026-11-24T09:30:00.000Z')

describe('account store sync operations', () => {
  it('reads back the baseline it was given', () => {
    const s = openStore(tempDir(), { downloaded: true })
    s.apply({ type: 'update', patches: [{ kind: 'campaign', id: '100', fields: { budget: 5 } }] })
    const base = s.readBaseline()
    expect(base.downloadedAt).toBe(NOW.toISOString())
    expect(base.campaigns.find((c) => c.campaign_id === '100')?.budget).toBe(100)
    expect(base.ads).toHaveLength(8)
    s.close()
  })

  it('takes a new download for untouched entities and fields, keeping local edits pending', () => {
    const dir = tempDir()
    const s = openStore(dir, { downloaded: true })
    s.apply({ type: 'update', patches: [{ kind: 'campaign', id: '100', fields: { campaign_name: 'Local name' } }] })
    s.apply({ type: 'delete', targets: [{ kind: 'ad', id: '20011' }] })
    s.apply({ type: 'create', campaigns: [campaign('local-new')] })
    const server = smallDownload()
    server.campaigns[0]!.budget = 300 // changed on the server too
    server.campaigns[1]!.budget = 400 // changed only on the server
    server.ads = server.ads.filter((a) => a.ad_id !== '10011' && a.ad_id !== '20011') // deleted on the server
    server.ads.push(ad('30001', '1001'))
    const d = s.applyDownload(server, LATER)

    const snap = s.snapshot()
    const c100 = snap.campaigns.find((c) => c.campaign_id === '100')!
    expect(c100).toMatchObject({ campaign_name: 'Local name', budget: 300 })
    expect(snap.campaigns.find((c) => c.campaign_id === '200')?.budget).toBe(400)
    expect(snap.ads.map((a) => a.ad_id)).toContain('30001')
    expect(snap.ads.map((a) => a.ad_id)).not.toContain('10011')
    expect(d.removed).toEqual([{ kind: 'ad', id: '10011' }])
    expect(s.pendingList().map((p) => [p.id, p.change, p.fields])).toEqual([
      ['100', 'edited', ['campaign_name']],
      ['local-new', 'created', []],
    ])
    expect(snap).toMatchObject({ lastDownloadedAt: LATER.toISOString(), undo: { canUndo: false, canRedo: false } })
    s.close()
    const again = openStore(dir)
    expect(again.pendingCount()).toBe(2)
    again.close()
  })

  it('records a posted create under its server id, moving its children and clearing it from pending', () => {
    const s = openStore(tempDir(), { downloaded: true })
    s.apply({ type: 'create', campaigns: [campaign('local-c')], adgroups: [adgroup('local-g', 'local-c')], ads: [ad('local-a', 'local-g')] })
    const d = s.recordPostedCreate('campaign', 'local-c', '900')
    expect(d.removed).toEqual([{ kind: 'campaign', id: 'local-c' }])
    expect(d.upserted.adgroups).toEqual([expect.objectContaining({ adgroup_id: 'local-g', campaign_id: '900' })])
    expect(s.pendingList().map((p) => [p.id, p.change])).toEqual([
      ['local-g', 'created'],
      ['local-a', 'created'],
    ])
    expect(s.readBaseline().campaigns.find((c) => c.campaign_id === '900')?.campaign_name).toBe('Campaign local-c')
    s.recordPostedCreate('adgroup', 'local-g', '9001')
    s.recordPostedCreate('ad', 'local-a', '90011')
    expect(s.pendingCount()).toBe(0)
    expect(s.snapshot().ads).toContainEqual(expect.objectContaining({ ad_id: '90011', adgroup_id: '9001' }))
    expect(() => s.recordPostedCreate('campaign', '100', '901')).toThrow('is not a local creation waiting to be posted')
    expect(() => s.recordPostedCreate('campaign', 'local-x', '901')).toThrow('There is no campaign local-x')
    s.close()
  })
})

describe('what a download would take from the buyer', () => {
  it('lists the untouched local entities it removes, writes nothing until applied, and applies exactly that plan', () => {
    const s = openStore(tempDir(), { downloaded: true })
    s.apply({ type: 'update', patches: [{ kind: 'campaign', id: '100', fields: { campaign_name: 'Local name' } }] })
    s.apply({ type: 'delete', targets: [{ kind: 'ad', id: '20011' }] })
    const server = smallDownload()
    server.campaigns[0]!.budget = 300 // a field the buyer did not change: taken, not lost
    server.ads = server.ads.filter((a) => a.ad_id !== '10011' && a.ad_id !== '20011')
    const before = s.snapshot()
    const planned = s.prepareDownload(server, LATER)
    // The ad deleted locally and on TikTok is no loss; the untouched one TikTok no longer has is.
    expect(planned.losses).toEqual([{ kind: 'ad', id: '10011', name: expect.any(String), loss: 'removed', fields: [], parentId: '1001' }])
    expect(s.snapshot()).toEqual(before)
    expect(planned.apply().removed).toEqual([{ kind: 'ad', id: '10011' }])
    expect(s.snapshot().campaigns.find((c) => c.campaign_id === '100')).toMatchObject({ campaign_name: 'Local name', budget: 300 })
    s.close()
  })

  it('names a local change the plan would overwrite, and only the fields the buyer changed', () => {
    const mine = campaign('100', { campaign_name: 'Mine', budget: 200 })
    const view = {
      workingEntity: () => mine,
      workingEntities: () => [mine],
      pendingFor: () => ({ kind: 'campaign' as const, id: '100', name: 'Mine', change: 'edited' as const, fields: ['budget'] }),
      readBaseline: () => emptyEntitySet(),
    }
    const after = { ...mine, budget: 300, campaign_name: 'Theirs' }
    const write = { changes: [{ kind: 'campaign' as const, id: '100', before: mine, after }], createdIds: [], baseline: { puts: [], removes: [] } }
    const losses = downloadLosses(view, write)
    expect(losses).toEqual([{ kind: 'campaign', id: '100', name: 'Mine', loss: 'overwritten', fields: ['budget'], parentId: null }])
    expect(downloadLossSentences(losses)).toEqual(["It replaces your local changes to 1 campaign with TikTok's version: “Mine (budget)”."])
  })
})

describe('an entity the buyer edited that TikTok no longer has', () => {
  it('is listed as one the next post would create again, with its untouched children as removed', () => {
    const s = openStore(tempDir(), { downloaded: true })
    s.apply({ type: 'update', patches: [{ kind: 'adgroup', id: '1001', fields: { budget: 77 } }] })
    const server = smallDownload()
    server.adgroups = server.adgroups.filter((g) => g.adgroup_id !== '1001')
    server.ads = server.ads.filter((a) => a.adgroup_id !== '1001')
    const children = smallDownload().ads.filter((a) => a.adgroup_id === '1001')
    const planned = s.prepareDownload(server, LATER)
    expect(planned.losses.filter((l) => l.loss === 'recreated')).toEqual([
      { kind: 'adgroup', id: '1001', name: expect.any(String), loss: 'recreated', fields: ['budget'], parentId: expect.any(String) },
    ])
    expect(planned.losses.filter((l) => l.loss === 'removed').map((l) => l.id)).toEqual(children.map((a) => a.ad_id))
    planned.apply()
    // What the buyer was told: the edited ad group stays and would be created on the next post.
    expect(s.pendingFor('adgroup', '1001')?.change).toBe('created')
    const [sentence] = downloadLossSentences(planned.losses.filter((l) => l.loss === 'recreated'))
    expect(sentence).toMatch(
      /^TikTok no longer has 1 ad group you changed locally: “.+”\. Your version stays, as a new one that Post changes would create\.$/,
    )
    s.close()
  })
})
