import { closeSync, fstatSync, openSync, readSync } from 'node:fs'

/**
 * LMDB trusts its file: a damaged meta page makes the native addon crash the
 * whole process (segfault or abort) instead of returning an error. So before
 * LMDB sees a data file, its two meta pages are checked here in plain JS, and a
 * damaged one is reported as a readable problem.
 *
 * Layout (lmdb-js's liblmdb, 64-bit): a 24-byte page header, then MDB_meta:
 * magic u32, version u32, address u64, mapsize u64, two MDB_db records of 48
 * bytes (free-page DB, main DB), last page u64, txnid u64.
 */
const MAGIC = 0xbeefc0de
const DATA_VERSION = 2
const META = 24
const DB_FREE = META + 24
const DB_MAIN = DB_FREE + 48
const LAST_PAGE = DB_MAIN + 48
const TXN_ID = LAST_PAGE + 8
const INVALID_PAGE = 0xffffffffffffffffn

/** Returns what is wrong with the file, or null when both meta pages look sound. */
export function checkLmdbFile(path: string): string | null {
  const fd = openSync(path, 'r')
  try {
    const size = fstatSync(fd).size
    if (size < 2 * 4096) return `the data file is too short (${size} bytes)`
    const first = Buffer.alloc(4096)
    readSync(fd, first, 0, 4096, 0)
    const pageSize = first.readUInt32LE(DB_FREE)
    const firstProblem = checkMeta(first, 0)
    if (firstProblem) return firstProblem
    const second = Buffer.alloc(4096)
    readSync(fd, second, 0, 4096, pageSize)
    const secondProblem = checkMeta(second, 1, pageSize)
    if (secondProblem) return secondProblem
    // A file cut short (a copy that stopped, a full disk) makes LMDB read past its end through
    // the memory map, and the process dies of SIGBUS: the newest meta page says how long it must be.
    const newest = second.readBigUInt64LE(TXN_ID) > first.readBigUInt64LE(TXN_ID) ? second : first
    const needed = (newest.readBigUInt64LE(LAST_PAGE) + 1n) * BigInt(pageSize)
    if (BigInt(size) < needed) return `the data file is cut short (${size} bytes where its pages need ${needed})`
    return null
  } finally {
    closeSync(fd)
  }
}

function checkMeta(page: Buffer, index: number, expectedPageSize?: number): string | null {
  const where = `meta page ${index}`
  if (page.readUInt32LE(META) !== MAGIC) return `${where} does not carry the LMDB signature`
  if ((page.readUInt32LE(META + 4) & 0xffff) !== DATA_VERSION) return `${where} has an unknown format version`
  const pageSize = page.readUInt32LE(DB_FREE)
  if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0) return `${where} has an invalid page size`
  if (expectedPageSize !== undefined && pageSize !== expectedPageSize) return `${where} disagrees on the page size`
  const lastPage = page.readBigUInt64LE(LAST_PAGE)
  for (const db of [DB_FREE, DB_MAIN]) {
    const depth = page.readUInt16LE(db + 6)
    const root = page.readBigUInt64LE(db + 40)
    if (depth > 64) return `${where} has an impossible tree depth`
    if (root !== INVALID_PAGE && root > lastPage) return `${where} points past the end of the data`
  }
  return null
}
