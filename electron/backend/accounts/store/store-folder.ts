/**
 * The account folder as the operating system sees it, checked before LMDB opens it.
 * LMDB reports a read-only folder, a full disk or a missing file as a failed open (or
 * crashes, with SIGSEGV/SIGBUS, when the disk fills while it maps a new file), which
 * would read as damage: a backup copy on every start, or a 0-byte data.mdb that stays
 * "damaged" for good. Here each of those gets its own STORAGE message and nothing is
 * copied or reset.
 */
import { accessSync, constants, existsSync, mkdirSync, renameSync, rmSync, statfsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { ServiceError } from '#backend/app/service-error'

/** Creating a store needs about 50 KB; below this much free space it is not tried (LMDB would crash the process mid-way). */
export const MIN_FREE_BYTES_TO_CREATE = 1024 * 1024

/** Files that only exist once a store has been used: with these and no data.mdb, the database was lost, not never made. */
const TRACES = ['lock.mdb', 'sync-state.json', 'sync-journal.jsonl']

type Cause = 'permission' | 'no-space'

/** What an operating-system error says about the folder, when it is not damage. */
export function osCause(error: unknown): Cause | null {
  const code = (error as { code?: unknown } | null)?.code
  const message = error instanceof Error ? error.message : ''
  if (code === 'ENOSPC' || /no space left/i.test(message)) return 'no-space'
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || /permission denied|read-only file system/i.test(message)) return 'permission'
  return null
}

export function folderError(advertiserId: string, dir: string, cause: Cause, detail: string): ServiceError {
  const what =
    cause === 'permission'
      ? `Adwright may not write to ${dir} (${detail}). Give your user read and write access to the folder (or choose a data folder that has it) and open it again.`
      : `the disk holding ${dir} is full (${detail}). Free some space and open it again.`
  return new ServiceError('STORAGE', `The local copy of advertiser ${advertiserId} cannot be opened: ${what} Nothing was changed or reset.`)
}

function checkAccess(advertiserId: string, path: string, dir: string) {
  try {
    accessSync(path, constants.R_OK | constants.W_OK)
  } catch (error) {
    const cause = osCause(error)
    if (cause) throw folderError(advertiserId, dir, cause, (error as Error).message)
    throw error
  }
}

/**
 * Checks the folder before LMDB sees it. Returns true when there is no store yet (the
 * caller then creates one with {@link createStoreStaged}).
 */
export function checkStoreFolder(dir: string, advertiserId: string, minFreeBytes = MIN_FREE_BYTES_TO_CREATE): boolean {
  const dataFile = join(dir, 'data.mdb')
  if (existsSync(dataFile)) {
    checkAccess(advertiserId, dir, dir)
    checkAccess(advertiserId, dataFile, dir)
    return false
  }
  const traces = TRACES.filter((f) => existsSync(join(dir, f)))
  if (traces.length > 0)
    throw new ServiceError(
      'STORAGE',
      `The local copy of advertiser ${advertiserId} is missing its database file: ${dataFile} is gone, though the folder shows the ` +
        `account was kept there (${traces.join(', ')}). Nothing was created in its place. Put data.mdb back from a backup, or remove ` +
        `${dir} to start again from a fresh download (edits not yet posted are lost then).`,
    )
  let parent = dir
  while (!existsSync(parent) && dirname(parent) !== parent) parent = dirname(parent)
  checkAccess(advertiserId, parent, dir)
  const fs = statfsSync(parent)
  const free = fs.bavail * fs.bsize
  if (free < minFreeBytes) throw folderError(advertiserId, dir, 'no-space', `${free} bytes free; creating a store needs ${minFreeBytes}`)
  return true
}

/**
 * Creates the store in a sibling folder and moves data.mdb into place only once it is
 * complete, so a failure half-way leaves no file that would later read as damage.
 */
export function createStoreStaged(dir: string, advertiserId: string, create: (stagingDir: string) => void): void {
  // No dot in the name: lmdb-js takes a path with an extension for a file, not a folder.
  const staging = `${dir}-creating`
  rmSync(staging, { recursive: true, force: true })
  try {
    create(staging)
    mkdirSync(dir, { recursive: true })
    // data.mdb first: LMDB makes a fresh lock file if the move stops between the two.
    renameSync(join(staging, 'data.mdb'), join(dir, 'data.mdb'))
    if (existsSync(join(staging, 'lock.mdb'))) renameSync(join(staging, 'lock.mdb'), join(dir, 'lock.mdb'))
  } catch (error) {
    const cause = osCause(error)
    throw cause
      ? folderError(advertiserId, dir, cause, (error as Error).message)
      : new ServiceError('STORAGE', `The local copy of advertiser ${advertiserId} could not be created in ${dir}: ${(error as Error).message}.`)
  } finally {
    rmSync(staging, { recursive: true, force: true })
  }
}
