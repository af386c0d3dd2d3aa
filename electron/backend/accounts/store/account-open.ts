/**
 * Opens an account database and brings it to this build's format: checked by
 * the probe first (liblmdb can abort the process on some damaged pages), created
 * when new, migrated when older, refused when a newer build wrote it.
 */
import { ServiceError } from '#backend/app/service-error'
import { CorruptDatabaseError, getMeta, openAccountDatabase, putMeta, type AccountDatabase } from './account-database'
import { ACCOUNT_SCHEMA_VERSION, migrate } from './account-migrations'
import { runProbe, type AccountProbe } from './account-probe'
import { checkStoreFolder, createStoreStaged } from './store-folder'

export function openCurrentDatabase(options: { dir: string; advertiserId: string; probe?: AccountProbe; minFreeBytes?: number }): AccountDatabase {
  // Permission, a full disk and a lost data.mdb are told apart from damage before LMDB sees the folder.
  if (checkStoreFolder(options.dir, options.advertiserId, options.minFreeBytes))
    createStoreStaged(options.dir, options.advertiserId, (staging) => {
      const fresh = openAccountDatabase(staging, options.advertiserId)
      try {
        initialise(fresh)
      } finally {
        fresh.root.close()
      }
    })
  const problem = options.probe ? runProbe(options.dir, options.probe) : null
  if (problem) throw new CorruptDatabaseError(problem)
  const db = openAccountDatabase(options.dir, options.advertiserId)
  try {
    const version = getMeta(db, 'schemaVersion')
    const isNew = version === undefined
    if (isNew && (db.working.getCount() > 0 || db.baseline.getCount() > 0))
      throw new CorruptDatabaseError('its format version is missing although it holds entities')
    if (isNew) initialise(db)
    else if (version > ACCOUNT_SCHEMA_VERSION)
      throw new ServiceError(
        'STORAGE',
        `The local copy of advertiser ${options.advertiserId} in ${options.dir} was written by a newer version of Adwright ` +
          `(format ${version}; this version reads up to ${ACCOUNT_SCHEMA_VERSION}). Update Adwright to open it.`,
      )
    else migrate(db)
    return db
  } catch (error) {
    try {
      db.root.close()
    } catch {
      // Already failing: the close error would only hide the original one.
    }
    throw error
  }
}

function initialise(db: AccountDatabase) {
  db.root.transactionSync(() => {
    putMeta(db, 'schemaVersion', ACCOUNT_SCHEMA_VERSION)
    putMeta(db, 'lastDownloadedAt', null)
    putMeta(db, 'history', { first: 1, cursor: 0, last: 0 })
    putMeta(db, 'counts', { working: 0, baseline: 0, pending: 0 })
  })
}
