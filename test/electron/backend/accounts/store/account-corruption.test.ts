import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { listBackups, openAccountDatabase as openRaw } from '#backend/accounts/store/account-database'
import { ServiceError } from '#backend/app/service-error'
import { ADVERTISER } from '#test/helpers/account-fixtures'
import { openStore, storeWithAds, TSX_PROBE, zeroPagesHolding } from '#test/helpers/account-store'
import { useTempDirs } from '#test/helpers/temp-dir'

const tempDir = useTempDirs()
const storeDir = (dir: string) => join(dir, 'accounts', ADVERTISER)
const dataFile = (dir: string) => join(storeDir(dir), 'data.mdb')

function openError(dir: string, probe = false): ServiceError {
  try {
    openStore(dir, probe ? { probe: TSX_PROBE } : {}).close()
  } catch (e) {
    if (e instanceof ServiceError) return e
    throw e
  }
  throw new Error('expected the damaged store to be refused')
}

describe('a damaged account database', () => {
  it('is refused with a STORAGE error naming the problem and the backup, which holds the original bytes', () => {
    const dir = tempDir()
    storeWithAds(dir)
    const bytes = readFileSync(dataFile(dir))
    bytes.fill(0xab, 20, 40) // the first meta page's signature
    writeFileSync(dataFile(dir), bytes)

    const error = openError(dir)
    expect(error.code).toBe('STORAGE')
    const [backup] = listBackups(storeDir(dir))
    expect(error.message).toContain(`advertiser ${ADVERTISER} could not be read: meta page 0 does not carry the LMDB signature`)
    expect(error.message).toContain(`A copy of the files was kept in ${backup}`)
    expect(error.message).toContain('Nothing was reset')
    expect(readFileSync(join(backup!, 'data.mdb')).equals(bytes)).toBe(true)
    expect(readFileSync(dataFile(dir)).equals(bytes)).toBe(true)
  })

  it('is never reset: opening it again fails again and leaves the file alone', () => {
    const dir = tempDir()
    storeWithAds(dir)
    const bytes = readFileSync(dataFile(dir))
    bytes.fill(0xab, 4096 + 20, 4096 + 40) // the second meta page
    writeFileSync(dataFile(dir), bytes)
    expect(openError(dir).message).toContain('meta page 1')
    expect(openError(dir).code).toBe('STORAGE')
    expect(readFileSync(dataFile(dir)).equals(bytes)).toBe(true)
  })

  it('reports rows lost to a damaged data page instead of opening with fewer entities', () => {
    const dir = tempDir()
    storeWithAds(dir)
    const bytes = readFileSync(dataFile(dir))
    let pages = 0
    for (let at = bytes.indexOf('marker-200-'); at >= 0; at = bytes.indexOf('marker-200-', at + 1)) {
      const page = at - (at % 4096)
      bytes.fill(0xab, page, page + 4096)
      pages++
    }
    expect(pages).toBeGreaterThan(0)
    writeFileSync(dataFile(dir), bytes)
    const error = openError(dir)
    expect(error.code).toBe('STORAGE')
    expect(error.message).toMatch(/could not be read: (entries are missing|the database is damaged)/)
    expect(listBackups(storeDir(dir))).toHaveLength(1)
  })

  it('reports a page that would crash LMDB, checked in a child process first', { timeout: 30_000 }, () => {
    const dir = tempDir()
    storeWithAds(dir)
    const bytes = readFileSync(dataFile(dir))
    // Zeroed pages make liblmdb abort the whole process when read in place.
    writeFileSync(dataFile(dir), zeroPagesHolding(bytes, 'marker-200-'))
    const error = openError(dir, true)
    expect(error.code).toBe('STORAGE')
    expect(error.message).toMatch(/could not be read: (reading it crashed the database check \(SIG[A-Z]+\)|the database is damaged)/)
    expect(listBackups(storeDir(dir))).toHaveLength(1)
  })

  it('passes the child-process check when the file is sound', { timeout: 30_000 }, () => {
    const dir = tempDir()
    storeWithAds(dir)
    const s = openStore(dir, { probe: TSX_PROBE })
    expect(s.snapshot().ads).toHaveLength(408)
    s.close()
  })

  it('opens a sound store when the check itself cannot run, and says so', () => {
    const dir = tempDir()
    storeWithAds(dir)
    const told: string[] = []
    const s = openStore(dir, { probe: { command: join(dir, 'no-such-binary'), args: [], onUnavailable: (r) => told.push(r) } })
    expect(s.snapshot().ads).toHaveLength(408)
    s.close()
    expect(told).toEqual([expect.stringMatching(/^The account database check could not run \(.*ENOENT.*\); .* was opened without it\.$/)])
  })

  it('refuses a store written by a newer format without touching it', () => {
    const dir = tempDir()
    const s = openStore(dir, { downloaded: true })
    s.close()
    const raw = openRaw(storeDir(dir))
    raw.meta.putSync('schemaVersion', 99)
    raw.root.close()
    const error = openError(dir)
    expect(error.message).toContain('was written by a newer version of Adwright (format 99')
    expect(listBackups(storeDir(dir))).toEqual([])
  })
})
