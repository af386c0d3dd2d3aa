import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { getMeta, openAccountDatabase } from '#backend/accounts/store/account-database'
import { ACCOUNT_SCHEMA_VERSION, migrate } from '#backend/accounts/store/account-migrations'
import { ADVERTISER, adgroup, campaign } from '#test/helpers/account-fixtures'
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

describe('account store migrations', () => {
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
