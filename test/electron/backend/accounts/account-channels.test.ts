import { describe, expect, it } from 'vitest'
import type { AccountDelta, AccountSnapshot } from '#shared/domain/account'
import { DEMO_ADVERTISERS } from '#shared/domain/demo-account'
import { createDemoAccount } from '#shared/domain/demo/index'
import { ADVERTISER, campaign } from '#test/helpers/account-fixtures'
import { useAppServices, valueOf } from '#test/helpers/app-services'

const startServices = useAppServices()
const DEMO = DEMO_ADVERTISERS[0]!.advertiser_id
const NOW = new Date('2026-11-23T12:00:00.000Z')
const services = (dir?: string) => startServices({ now: () => NOW }, dir)

describe('account channels through the dispatcher', () => {
  it('opens the demo advertiser seeded with the demo account as downloaded, with nothing pending', async () => {
    const s = services()
    const snap = valueOf<AccountSnapshot>(await s.dispatch('account:open', { advertiserId: DEMO }))
    const demo = createDemoAccount(DEMO, NOW)
    expect(snap.campaigns).toEqual(demo.campaigns)
    expect(snap.adgroups).toHaveLength(demo.adgroups.length)
    expect(snap.ads).toHaveLength(demo.ads.length)
    expect(snap).toMatchObject({ advertiserId: DEMO, pending: [], lastDownloadedAt: NOW.toISOString(), undo: { canUndo: false } })
  })

  it('opens any other advertiser as an empty local account', async () => {
    const s = services()
    const snap = valueOf<AccountSnapshot>(await s.dispatch('account:open', { advertiserId: ADVERTISER }))
    expect(snap).toMatchObject({ campaigns: [], adgroups: [], ads: [], pending: [], lastDownloadedAt: null })
  })

  it('edits, undoes and redoes, pushing the pending count to the status bar each time', async () => {
    const s = services()
    await s.dispatch('settings:update', { activeAdvertiserId: DEMO })
    const snap = valueOf<AccountSnapshot>(await s.dispatch('account:open', { advertiserId: DEMO }))
    const ids = snap.adgroups.slice(0, 3).map((g) => g.adgroup_id)
    s.events.length = 0
    const edited = valueOf<AccountDelta>(
      await s.dispatch('account:edit', {
        advertiserId: DEMO,
        edit: { type: 'update', patches: ids.map((id) => ({ kind: 'adgroup', id, fields: { budget: 123 } })) },
      }),
    )
    expect(edited.pending.upserted.map((p) => p.fields)).toEqual([['budget'], ['budget'], ['budget']])
    expect(edited.undo.undoLabel).toBe('Edit budget of 3 ad groups')
    expect(s.events).toEqual([['status:changed', expect.objectContaining({ pendingChanges: 3 })]])
    const undone = valueOf<AccountDelta>(await s.dispatch('account:undo', { advertiserId: DEMO })).pending
    expect(undone.upserted).toEqual([])
    expect(undone.removed.map((r) => r.id).sort()).toEqual([...ids].sort())
    expect(s.events.at(-1)).toEqual(['status:changed', expect.objectContaining({ pendingChanges: 0 })])
    expect(valueOf<AccountDelta>(await s.dispatch('account:redo', { advertiserId: DEMO })).pending.upserted).toHaveLength(3)
    expect(valueOf<{ pendingChanges: number }>(await s.dispatch('status:get', undefined)).pendingChanges).toBe(3)
  })

  it('keeps edits and history across a restart of the services', async () => {
    const first = services()
    await first.dispatch('account:edit', { advertiserId: ADVERTISER, edit: { type: 'create', campaigns: [campaign('local-c1')] } })
    first.close()
    const again = services(first.dir)
    const snap = valueOf<AccountSnapshot>(await again.dispatch('account:open', { advertiserId: ADVERTISER }))
    expect(snap.campaigns.map((c) => c.campaign_id)).toEqual(['local-c1'])
    expect(snap.undo).toMatchObject({ canUndo: true, undoLabel: 'Create campaign “Campaign local-c1”' })
  })

  it('answers NOT_FOUND and CONFLICT with the store’s message', async () => {
    const s = services()
    const missing = await s.dispatch('account:edit', {
      advertiserId: ADVERTISER,
      edit: { type: 'delete', targets: [{ kind: 'campaign', id: '42' }] },
    })
    expect(missing).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'Campaign 42 does not exist in this account.' } })
    expect(await s.dispatch('account:undo', { advertiserId: ADVERTISER })).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: 'There is nothing to undo.' },
    })
  })

  it.each([
    ['account:open', { advertiserId: '../../etc' }, 'advertiserId'],
    ['account:open', { advertiserId: DEMO, extra: 1 }, '(payload)'],
    ['account:edit', { advertiserId: DEMO, edit: { type: 'rename' } }, 'edit.type'],
    ['account:edit', { advertiserId: DEMO, edit: { type: 'delete', targets: [] } }, 'edit.targets'],
    [
      'account:edit',
      { advertiserId: DEMO, edit: { type: 'update', patches: [{ kind: 'campaign', id: '1', fields: { budget: -5 } }] } },
      'edit.patches.0.fields.budget',
    ],
    ['account:edit', { advertiserId: DEMO, edit: { type: 'create', campaigns: [{ campaign_id: 'x' }] } }, 'edit.campaigns.0.advertiser_id'],
    ['account:undo', {}, 'advertiserId'],
    ['account:redo', undefined, '(payload)'],
  ])('refuses an invalid %s request with field issues, touching no store', async (channel, payload, path) => {
    const s = services()
    const r = await s.dispatch(channel, payload)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.error.code).toBe('INVALID_REQUEST')
    expect(r.error.issues?.map((i) => i.path)).toContain(path)
    expect(s.events).toEqual([])
  })
})
