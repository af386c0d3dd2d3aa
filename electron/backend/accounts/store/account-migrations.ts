import { getMeta, putMeta, type AccountDatabase, type HistoryStep } from './account-database'
import { pendingChangeFor } from './pending-changes'
import { KINDS, type Entity } from '#shared/domain/entity-kinds'
import { currentAdGroupValues, hasRetiredValues } from '#shared/domain/retired-values'
import { entityKey, kindRange } from './store-types'

/** The layout this build writes. Bump it and append a migration when the layout changes. */
export const ACCOUNT_SCHEMA_VERSION = 3

export interface AccountMigration {
  /** The version the store has after this step. */
  to: number
  what: string
  /** Runs inside the transaction that also records `to` as the schema version. */
  migrate: (db: AccountDatabase) => void
}

/** Ordered; each runs once, in its own transaction, on the first open by a build that knows it. */
export const ACCOUNT_MIGRATIONS: readonly AccountMigration[] = [
  {
    to: 2,
    what: 'keep pending changes and entry counts on disk instead of diffing the whole account on every open',
    migrate(db) {
      let pending = 0
      for (const kind of KINDS) {
        const ids = new Set<string>()
        for (const { key } of db.working.getRange(kindRange(kind))) ids.add(key.slice(kind.length + 1))
        for (const { key } of db.baseline.getRange(kindRange(kind))) ids.add(key.slice(kind.length + 1))
        for (const id of ids) {
          const key = entityKey(kind, id)
          const change = pendingChangeFor(kind, id, db.working.get(key) ?? null, db.baseline.get(key) ?? null)
          if (change) {
            db.pending.putSync(key, change)
            pending++
          }
        }
      }
      putMeta(db, 'counts', { working: db.working.getCount(), baseline: db.baseline.getCount(), pending })
      if (!getMeta(db, 'history')) putMeta(db, 'history', { first: 1, cursor: 0, last: 0 })
      if (getMeta(db, 'lastDownloadedAt') === undefined) putMeta(db, 'lastDownloadedAt', null)
    },
  },
  {
    to: 3,
    what: 'spell the page-visit goal PAGE_VISIT as TikTok does (older builds stored PAGE_VISITS), in undo history too',
    migrate(db) {
      // Working and baseline change alike, so pending changes (field names, no values) stay right.
      for (const table of [db.working, db.baseline])
        for (const { key, value } of table.getRange(kindRange('adgroup')))
          if (hasRetiredValues(value)) table.putSync(key, currentAdGroupValues(value))
      // An undo must not bring the old spelling back.
      const current = (e: Entity | null) => (e && hasRetiredValues(e) ? currentAdGroupValues(e) : e)
      for (const { key, value } of db.history.getRange()) {
        if (!value.changes.some((c) => c.kind === 'adgroup' && (hasRetiredValues(c.before ?? {}) || hasRetiredValues(c.after ?? {})))) continue
        const step: HistoryStep = {
          ...value,
          changes: value.changes.map((c) => (c.kind === 'adgroup' ? { ...c, before: current(c.before), after: current(c.after) } : c)),
        }
        db.history.putSync(key, step)
      }
    },
  },
]

/** Brings an opened database to ACCOUNT_SCHEMA_VERSION; returns the versions it passed through. */
export function migrate(db: AccountDatabase, migrations = ACCOUNT_MIGRATIONS): number[] {
  const applied: number[] = []
  for (const m of migrations) {
    const version = getMeta(db, 'schemaVersion') ?? 0
    if (m.to <= version) continue
    db.root.transactionSync(() => {
      m.migrate(db)
      putMeta(db, 'schemaVersion', m.to)
    })
    applied.push(m.to)
  }
  return applied
}
