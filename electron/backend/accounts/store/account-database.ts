import { cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { open, type Database, type RootDatabase } from 'lmdb'
import { ServiceError } from '#backend/app/service-error'
import { checkLmdbFile } from './lmdb-file-check'
import { folderError, osCause } from './store-folder'
import type { Change } from './store-types'
import type { Entity } from '#shared/domain/entity-kinds'
import type { PendingChange } from '#shared/domain/account'

/** What the meta database holds, by key. */
export interface MetaValues {
  schemaVersion: number
  lastDownloadedAt: string | null
  /** Undo history: steps first..cursor can be undone, cursor+1..last redone. */
  history: { first: number; cursor: number; last: number }
  /** Entries per database, written with every commit, to notice rows lost to damage. */
  counts: { working: number; baseline: number; pending: number }
}

export interface HistoryStep {
  changes: Change[]
  createdIds: string[]
}

export const DATABASE_NAMES = ['meta', 'working', 'baseline', 'pending', 'history', 'history-labels'] as const

/** The LMDB environment of one advertiser and its named databases. */
export interface AccountDatabase {
  root: RootDatabase
  meta: Database<MetaValues[keyof MetaValues], keyof MetaValues>
  working: Database<Entity, string>
  baseline: Database<Entity, string>
  pending: Database<PendingChange, string>
  history: Database<HistoryStep, number>
  historyLabels: Database<string, number>
  dir: string
}

export const getMeta = <K extends keyof MetaValues>(db: AccountDatabase, key: K) => db.meta.get(key) as MetaValues[K] | undefined

export const putMeta = <K extends keyof MetaValues>(db: AccountDatabase, key: K, value: MetaValues[K]) => db.meta.putSync(key, value)

/**
 * Opens (creating if absent) the database folder. Durability settings:
 * `overlappingSync: false` makes every synchronous transaction fsync its data
 * and meta page before returning (lmdb-js defaults to flushing after the commit
 * returns on Linux and macOS, which could lose an acknowledged edit on power
 * loss); `noSync`/`noMetaSync`/`useWritemap` stay off.
 */
export function openAccountDatabase(dir: string, advertiserId = ''): AccountDatabase {
  mkdirSync(dir, { recursive: true })
  const dataFile = join(dir, 'data.mdb')
  if (existsSync(dataFile)) {
    const problem = checkLmdbFile(dataFile)
    if (problem) throw new CorruptDatabaseError(problem)
  }
  let root: RootDatabase
  try {
    root = open({ path: dir, overlappingSync: false, noSync: false, maxDbs: 8, encoding: 'msgpack' })
  } catch (error) {
    // A read-only folder or a full disk is not damage: no backup copy, a message naming the cause.
    const cause = osCause(error)
    if (cause) throw folderError(advertiserId, dir, cause, (error as Error).message)
    throw new CorruptDatabaseError((error as Error).message)
  }
  const sub = <V, K extends string | number>(name: string) => root.openDB<V, K>({ name })
  return {
    root,
    dir,
    meta: sub('meta'),
    working: sub('working'),
    baseline: sub('baseline'),
    pending: sub('pending'),
    history: sub('history'),
    historyLabels: sub('history-labels'),
  }
}

/** Damage found while opening or reading; turned into a STORAGE error with a backup by `failWithBackup`. */
export class CorruptDatabaseError extends Error {
  override name = 'CorruptDatabaseError'
}

/**
 * Keeps a byte-for-byte copy of the damaged folder next to it and explains
 * where, never resetting: the user's unposted edits may only exist there.
 */
export function failWithBackup(dir: string, advertiserId: string, reason: string, now: Date): never {
  const backup = `${dir}.corrupt-${now.toISOString().replace(/[:.]/g, '-')}`
  let kept: string
  try {
    cpSync(dir, backup, { recursive: true, errorOnExist: true, force: false })
    kept = `A copy of the files was kept in ${backup}.`
  } catch (error) {
    kept = `A backup copy could not be made (${(error as Error).message}); the files were left untouched in ${dir}.`
  }
  throw new ServiceError(
    'STORAGE',
    `The local copy of advertiser ${advertiserId} could not be read: ${reason}. Nothing was reset. ${kept} ` +
      `To start over, remove ${dir}; edits not yet posted are only in the backup.`,
  )
}

/** The backups made so far for one advertiser's folder (for tests and support). */
export function listBackups(dir: string): string[] {
  const parent = join(dir, '..')
  const name = dir.slice(parent.length + 1)
  return readdirSync(parent)
    .filter((f) => f.startsWith(`${name}.corrupt-`))
    .map((f) => join(parent, f))
}
