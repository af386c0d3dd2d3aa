import { afterEach, describe, expect, it } from 'vitest'
import type { AccountStore } from '#backend/accounts/store/account-store'
import { ServiceError } from '#backend/app/service-error'
import { ad, adgroup, campaign } from '#test/helpers/account-fixtures'
import { openStore } from '#test/helpers/account-store'
import { useTempDirs } from '#test/helpers/temp-dir'

const tempDir = useTempDirs()
const open: AccountStore[] = []
afterEach(() => {
  for (const s of open.splice(0)) s.close()
})
function store(opts: Parameters<typeof openStore>[1] = { downloaded: true }) {
  const s = openStore(tempDir(), opts)
  open.push(s)
  return s
}
const ids = (s: AccountStore) => {
  const snap = s.snapshot()
  return {
    campaigns: snap.campaigns.map((c) => c.campaign_id).sort(),
    adgroups: snap.adgroups.map((g) => g.adgroup_id).sort(),
    ads: snap.ads.map((a) => a.ad_id).sort(),
  }
}
function refused(run: () => unknown): ServiceError {
  try {
    run()
  } catch (e) {
    if (e instanceof ServiceError) return e
    throw e
  }
  throw new Error('expected the edit to be refused')
}

describe('account store edits', () => {
  it('starts a downloaded account with no pending changes and nothing to undo', () => {
    const s = store()
    expect(ids(s).campaigns).toEqual(['100', '200'])
    expect(s.snapshot()).toMatchObject({ pending: [], undo: { canUndo: false, canRedo: false }, lastDownloadedAt: '2026-11-23T12:00:00.000Z' })
  })

  it('creates entities under existing or new parents and reports them as created', () => {
    const s = store()
    const d = s.apply({
      type: 'create',
      campaigns: [campaign('local-c1')],
      adgroups: [adgroup('local-g1', 'local-c1')],
      ads: [ad('local-a1', 'local-g1')],
    })
    expect(d.createdIds).toEqual(['local-c1', 'local-g1', 'local-a1'])
    expect(d.upserted.campaigns.map((c) => c.campaign_id)).toEqual(['local-c1'])
    expect(d.pending.upserted.map((p) => [p.kind, p.id, p.change])).toEqual([
      ['campaign', 'local-c1', 'created'],
      ['adgroup', 'local-g1', 'created'],
      ['ad', 'local-a1', 'created'],
    ])
    expect(d.undo).toMatchObject({ canUndo: true, undoLabel: 'Create 1 campaign, 1 ad group and 1 ad' })
  })

  it('refuses a create with an existing id or a missing parent, writing nothing', () => {
    const s = store()
    const conflict = refused(() => s.apply({ type: 'create', campaigns: [campaign('local-new'), campaign('100')] }))
    expect(conflict.code).toBe('CONFLICT')
    expect(conflict.message).toBe('Campaign 100 already exists.')
    const orphan = refused(() => s.apply({ type: 'create', ads: [ad('local-a', '999')] }))
    expect(orphan).toMatchObject({ code: 'NOT_FOUND', message: 'Ad group 999 of ad local-a does not exist.' })
    expect(ids(s).campaigns).toEqual(['100', '200'])
    expect(s.snapshot().undo.canUndo).toBe(false)
  })

  it('updates fields and lists exactly the fields that differ from the download', () => {
    const s = store()
    const d = s.apply({
      type: 'update',
      patches: ['1001', '1002', '2001'].map((id) => ({ kind: 'adgroup' as const, id, fields: { budget: 75 } })),
    })
    expect(d.upserted.adgroups.map((g) => g.budget)).toEqual([75, 75, 75])
    expect(d.pending.upserted).toEqual([
      { kind: 'adgroup', id: '1001', name: 'Ad group 1001', change: 'edited', fields: ['budget'] },
      { kind: 'adgroup', id: '1002', name: 'Ad group 1002', change: 'edited', fields: ['budget'] },
      { kind: 'adgroup', id: '2001', name: 'Ad group 2001', change: 'edited', fields: ['budget'] },
    ])
    expect(d.undo.undoLabel).toBe('Edit budget of 3 ad groups')
    s.apply({ type: 'update', patches: [{ kind: 'adgroup', id: '1001', fields: { budget: 50, adgroup_name: 'Trail runners' } }] })
    expect(s.pendingList().find((p) => p.id === '1001')).toMatchObject({ name: 'Trail runners', fields: ['adgroup_name'] })
    const back = s.apply({
      type: 'update',
      patches: [{ kind: 'adgroup', id: '1001', fields: { adgroup_name: 'Ad group 1001' } }],
      label: 'Rename back',
    })
    expect(s.pendingList().map((p) => p.id)).toEqual(['1002', '2001'])
    // The delta names only the entity that went back to its download, not the two still pending.
    expect(back.pending).toEqual({ upserted: [], removed: [{ kind: 'adgroup', id: '1001' }] })
    expect(s.snapshot().undo.undoLabel).toBe('Rename back')
  })

  it('refuses an update of an unknown id or of an id field', () => {
    const s = store()
    expect(refused(() => s.apply({ type: 'update', patches: [{ kind: 'campaign', id: '999', fields: { budget: 1 } }] }))).toMatchObject({
      code: 'NOT_FOUND',
      message: 'Campaign 999 does not exist in this account.',
    })
    expect(refused(() => s.apply({ type: 'update', patches: [{ kind: 'campaign', id: '100', fields: { campaign_id: '101' } }] })).code).toBe(
      'INVALID_REQUEST',
    )
    expect(refused(() => s.apply({ type: 'update', patches: [{ kind: 'ad', id: '10011', fields: { adgroup_id: '77' } }] })).code).toBe('NOT_FOUND')
    expect(s.pendingCount()).toBe(0)
  })

  it('deletes a campaign with its ad groups and ads, leaving tombstones for the downloaded ones', () => {
    const s = store()
    const d = s.apply({ type: 'delete', targets: [{ kind: 'campaign', id: '100' }] })
    expect(d.removed).toHaveLength(1 + 2 + 4)
    expect(ids(s)).toEqual({ campaigns: ['200'], adgroups: ['2001', '2002'], ads: ['20011', '20012', '20021', '20022'] })
    expect(d.pending.upserted.filter((p) => p.change === 'deleted')).toHaveLength(7)
    expect(d.pending.upserted.find((p) => p.id === '100')).toEqual({
      kind: 'campaign',
      id: '100',
      name: 'Campaign 100',
      change: 'deleted',
      fields: [],
    })
    expect(d.undo.undoLabel).toBe('Delete campaign “Campaign 100”')
    expect(refused(() => s.apply({ type: 'delete', targets: [{ kind: 'campaign', id: '100' }] })).code).toBe('NOT_FOUND')
  })

  it('deleting a local creation leaves no pending change behind', () => {
    const s = store()
    s.apply({ type: 'create', campaigns: [campaign('local-x')] })
    s.apply({ type: 'delete', targets: [{ kind: 'campaign', id: 'local-x' }] })
    expect(s.pendingCount()).toBe(0)
  })

  it('duplicates a campaign with all its children under new local ids', () => {
    const s = store()
    const d = s.apply({ type: 'duplicate', targets: [{ kind: 'campaign', id: '100' }] })
    expect(d.createdIds).toHaveLength(1 + 2 + 4)
    expect(d.createdIds.every((id) => /^local-[0-9a-f-]{36}$/.test(id))).toBe(true)
    const [copy] = d.upserted.campaigns
    expect(copy).toMatchObject({ campaign_name: 'Campaign 100 (copy)', budget: 100 })
    expect(d.upserted.adgroups.every((g) => g.campaign_id === copy!.campaign_id)).toBe(true)
    const groupIds = new Set(d.upserted.adgroups.map((g) => g.adgroup_id))
    expect(d.upserted.ads.every((a) => groupIds.has(a.adgroup_id))).toBe(true)
    expect(d.upserted.adgroups.map((g) => g.adgroup_name).sort()).toEqual(['Ad group 1001', 'Ad group 1002'])
    expect(d.pending.upserted.every((p) => p.change === 'created')).toBe(true)
    expect(ids(s).campaigns).toHaveLength(3)
  })

  it('duplicates an ad group inside its campaign with a custom suffix', () => {
    const s = store()
    const d = s.apply({ type: 'duplicate', targets: [{ kind: 'adgroup', id: '2001' }], nameSuffix: ' B' })
    expect(d.upserted.adgroups).toEqual([expect.objectContaining({ campaign_id: '200', adgroup_name: 'Ad group 2001 B' })])
    expect(d.upserted.ads).toHaveLength(2)
    expect(d.undo.undoLabel).toBe('Duplicate ad group “Ad group 2001”')
  })

  it('reverts edits, deletions (with their children) and creations back to the download', () => {
    const s = store()
    s.apply({ type: 'update', patches: [{ kind: 'campaign', id: '200', fields: { budget: 999 } }] })
    s.apply({ type: 'delete', targets: [{ kind: 'campaign', id: '100' }] })
    s.apply({ type: 'create', adgroups: [adgroup('local-g', '200')], ads: [ad('local-a', 'local-g')] })
    expect(s.pendingCount()).toBe(1 + 7 + 2)
    s.apply({
      type: 'revert',
      targets: [
        { kind: 'campaign', id: '100' },
        { kind: 'adgroup', id: 'local-g' },
      ],
    })
    expect(s.pendingList()).toEqual([{ kind: 'campaign', id: '200', name: 'Campaign 200', change: 'edited', fields: ['budget'] }])
    expect(ids(s).ads).toHaveLength(8)
    const d = s.apply({ type: 'revert', targets: [{ kind: 'campaign', id: '200' }] })
    expect(d.upserted.campaigns[0]?.budget).toBe(100)
    expect(d.pending).toEqual({ upserted: [], removed: [{ kind: 'campaign', id: '200' }] })
  })

  it('reverting a deleted ad brings back the ad group it needs', () => {
    const s = store()
    s.apply({ type: 'delete', targets: [{ kind: 'adgroup', id: '1001' }] })
    s.apply({ type: 'revert', targets: [{ kind: 'ad', id: '10011' }] })
    expect(ids(s).adgroups).toContain('1001')
    expect(ids(s).ads).toContain('10011')
    expect(s.pendingList().map((p) => p.id)).toEqual(['10012'])
  })

  it('an edit that changes nothing is not an undo step', () => {
    const s = store()
    const d = s.apply({ type: 'update', patches: [{ kind: 'campaign', id: '100', fields: { budget: 100 } }] })
    expect(d.upserted.campaigns).toEqual([])
    expect(d.undo.canUndo).toBe(false)
  })
})
