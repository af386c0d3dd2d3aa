import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { getMeta, openAccountDatabase } from '#backend/accounts/store/account-database'
import { ACCOUNT_SCHEMA_VERSION, migrate } from '#backend/accounts/store/account-migrations'
import { pendingChangeFor } from '#backend/accounts/store/pending-changes'
import type { AdGroup } from '#shared/domain/entities'
import { DEFAULT_GEO, validateAccount } from '#shared/domain/validation/index'
import { ADVERTISER, adgroup, campaign } from '#test/helpers/account-fixtures'
import { NOW } from '#test/helpers/account-store'
import { openStore } from '#test/helpers/account-store'
import { useTempDirs } from '#test/helpers/temp-dir'

const tempDir = useTempDirs()

/** A store as the first format wrote it: working copy, baseline and version 1, nothing else. */
function fabricateV1(dir: string) {
  const db = openAccountDatabase(join(dir, 'accounts', ADVERTISER))
  db.root.transactionSync(() => {
    db.meta.putSync('schemaVersion', 1)
    db.meta.putSync('lastDownloadedAt', '2026-11-01T08:00:00.000Z')
    for (const c of [campaign('100'), campaign('200')]) db.baseline.putSync(`campaign/${c.campaign_id}`, c)
    db.baseline.putSync('adgroup/1001', adgroup('1001', '100'))
    db.working.putSync('campaign/100', campaign('100', { budget: 250, campaign_name: 'Renamed' }))
    db.working.putSync('adgroup/1001', adgroup('1001', '100'))
    db.working.putSync('campaign/local-n', campaign('local-n'))
  })
  db.root.close()
}

/**
 * A version 2 store as older builds wrote it, with the page-visit goal spelled
 * PAGE_VISITS in the baseline, the working copy and an undo step (budget 50 → 80).
 */
function fabricateV2WithPageVisits(dir: string) {
  const db = openAccountDatabase(join(dir, 'accounts', ADVERTISER))
  const old = (fields: Partial<AdGroup>) => ({ ...adgroup('1001', '100', fields), optimization_goal: 'PAGE_VISITS' }) as unknown as AdGroup
  const before = old({ budget: 50 })
  const after = old({ budget: 80 })
  db.root.transactionSync(() => {
    db.meta.putSync('schemaVersion', 2)
    db.meta.putSync('lastDownloadedAt', '2026-11-01T08:00:00.000Z')
    db.meta.putSync('history', { first: 1, cursor: 1, last: 1 })
    db.meta.putSync('counts', { working: 3, baseline: 3, pending: 1 })
    for (const table of [db.baseline, db.working]) {
      table.putSync('campaign/100', campaign('100', { objective_type: 'ENGAGEMENT' }))
      table.putSync('adgroup/1002', adgroup('1002', '100', { optimization_goal: 'FOLLOWERS', billing_event: 'OCPM' }))
    }
    db.baseline.putSync('adgroup/1001', before)
    db.working.putSync('adgroup/1001', after)
    db.pending.putSync('adgroup/1001', pendingChangeFor('adgroup', '1001', after, before)!)
    db.history.putSync(1, { changes: [{ kind: 'adgroup', id: '1001', before, after }], createdIds: [] })
  })
  db.root.close()
}

describe('account store migrations', () => {
  it('rewrites PAGE_VISITS ad groups of an older store as PAGE_VISIT, in the baseline, the working copy and undo history', () => {
    const dir = tempDir()
    fabricateV2WithPageVisits(dir)
    const s = openStore(dir)
    expect(s.workingEntity('adgroup', '1001')).toMatchObject({ optimization_goal: 'PAGE_VISIT', budget: 80 })
    expect(s.baselineEntity('adgroup', '1001')).toMatchObject({ optimization_goal: 'PAGE_VISIT', budget: 50 })
    // Only the budget is pending: the renaming is no edit to post.
    expect(s.pendingList()).toEqual([{ kind: 'adgroup', id: '1001', name: 'Ad group 1001', change: 'edited', fields: ['budget'] }])
    expect(s.workingEntity('adgroup', '1002')).toMatchObject({ optimization_goal: 'FOLLOWERS' })
    s.undo()
    expect(s.workingEntity('adgroup', '1001')).toMatchObject({ optimization_goal: 'PAGE_VISIT', budget: 50 })
    expect(s.pendingList()).toEqual([])
    s.redo()
    const snap = s.snapshot()
    expect(snap.adgroups.map((g) => g.optimization_goal).sort()).toEqual(['FOLLOWERS', 'PAGE_VISIT'])
    expect(validateAccount(snap, { currency: 'USD', now: NOW, geo: DEFAULT_GEO }).filter((p) => p.field === 'optimization_goal')).toEqual([])
    s.close()
    const db = openAccountDatabase(join(dir, 'accounts', ADVERTISER))
    expect(getMeta(db, 'schemaVersion')).toBe(ACCOUNT_SCHEMA_VERSION)
    expect(db.baseline.get('adgroup/1001')).toMatchObject({ optimization_goal: 'PAGE_VISIT' })
    db.root.close()
  })

  it('brings a version 1 store to the current format, computing its pending changes', () => {
    const dir = tempDir()
    fabricateV1(dir)
    const s = openStore(dir)
    expect(s.snapshot()).toMatchObject({ lastDownloadedAt: '2026-11-01T08:00:00.000Z', undo: { canUndo: false } })
    expect(s.pendingList().sort((a, b) => a.id.localeCompare(b.id))).toEqual([
      { kind: 'campaign', id: '100', name: 'Renamed', change: 'edited', fields: ['budget', 'campaign_name'] },
      { kind: 'campaign', id: '200', name: 'Campaign 200', change: 'deleted', fields: [] },
      { kind: 'campaign', id: 'local-n', name: 'Campaign local-n', change: 'created', fields: [] },
    ])
    s.apply({ type: 'update', patches: [{ kind: 'campaign', id: '100', fields: { budget: 100 } }] })
    s.close()
    const again = openStore(dir)
    expect(again.pendingList().find((p) => p.id === '100')?.fields).toEqual(['campaign_name'])
    again.close()
    const db = openAccountDatabase(join(dir, 'accounts', ADVERTISER))
    expect(getMeta(db, 'schemaVersion')).toBe(ACCOUNT_SCHEMA_VERSION)
    db.root.close()
  })

  it('applies migrations in order, each once, recording each version', () => {
    const db = openAccountDatabase(join(tempDir(), 'accounts', ADVERTISER))
    db.meta.putSync('schemaVersion', 1)
    const ran: string[] = []
    const steps = [
      { to: 2, what: 'two', migrate: () => ran.push(`2 after ${getMeta(db, 'schemaVersion')}`) },
      { to: 3, what: 'three', migrate: () => ran.push(`3 after ${getMeta(db, 'schemaVersion')}`) },
    ]
    expect(migrate(db, steps)).toEqual([2, 3])
    expect(migrate(db, steps)).toEqual([])
    expect(ran).toEqual(['2 after 1', '3 after 2'])
    expect(getMeta(db, 'schemaVersion')).toBe(3)
    db.root.close()
  })

  it('leaves the version alone when a migration fails', () => {
    const db = openAccountDatabase(join(tempDir(), 'accounts', ADVERTISER))
    db.meta.putSync('schemaVersion', 1)
    const failing = [
      {
        to: 2,
        what: 'fails halfway',
        migrate: () => {
          db.working.putSync('campaign/1', campaign('1'))
          throw new Error('disk full')
        },
      },
    ]
    expect(() => migrate(db, failing)).toThrow('disk full')
    expect(getMeta(db, 'schemaVersion')).toBe(1)
    expect(db.working.get('campaign/1')).toBeUndefined()
    db.root.close()
  })
})
