/**
 * Child-process entry that walks every B-tree page of an account database and
 * exits. liblmdb aborts or segfaults on some damaged pages instead of returning
 * an error; here that kills only this child, and the app reports the damage.
 * Usage: <node or Electron as node> account-probe-main <folder>
 */
import { open } from 'lmdb'
import { checkLmdbFile } from './lmdb-file-check'
import { DATABASE_NAMES } from './account-database'
import { PROBE_FOUND_DAMAGE } from './account-probe'

// The folder is the last argument: after the script under node, the only one in an Electron utility process.
const dir = process.argv.at(-1)!
const problem = checkLmdbFile(`${dir}/data.mdb`)
if (problem) {
  process.stdout.write(problem)
  process.exit(PROBE_FOUND_DAMAGE)
}
try {
  const root = open({ path: dir, readOnly: true, maxDbs: 8 })
  // Key-only walks touch every branch and leaf page without decoding values.
  for (const name of DATABASE_NAMES) root.openDB({ name }).getKeysCount()
  root.close()
} catch (error) {
  process.stdout.write((error as Error).message)
  process.exit(PROBE_FOUND_DAMAGE)
}
