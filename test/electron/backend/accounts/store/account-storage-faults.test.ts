import { spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { listBackups } from '#backend/accounts/store/account-database'
import { AccountStore } from '#backend/accounts/store/account-store'
import { ServiceError } from '#backend/app/service-error'
import { ADVERTISER } from '#test/helpers/account-fixtures'
import { openStore, storeWithAds, zeroPagesHolding } from '#test/helpers/account-store'
import { testNow, TEST_NOW_ISO } from '#test/helpers/clock'
import { useTempDirs } from '#test/helpers/temp-dir'

const tempDir = useTempDirs()
const root = resolve(import.meta.dirname, '../../../../..')
const storeDir = (dir: string) => join(dir, 'accounts', ADVERTISER)
const dataFile = (dir: string) => join(storeDir(dir), 'data.mdb')
const isRoot = process.getuid?.() === 0

function openError(dir: string, minFreeBytes?: number): ServiceError {
  try {
    AccountStore.open({ dir: storeDir(dir), advertiserId: ADVERTISER, now: testNow, minFreeBytes }).close()
  } catch (e) {
    if (e instanceof ServiceError) return e
    throw e
  }
  throw new Error('expected the store to be refused')
}

/** `pull` as agencies run it: a child process (a SIGBUS would show as exit 135). */
function pull(dataDir: string) {
  const args = [
    'electron/cli/main.ts',
    'pull',
    '--api',
    'http://127.0.0.1:9/open_api/v1.3',
    '--token',
    't',
    '--advertiser',
    ADVERTISER,
    '--store',
    dataDir,
  ]
  const r = spawnSync(resolve(root, 'node_modules/.bin/tsx'), args, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ADWRIGHT_NOW: TEST_NOW_ISO },
  })
  return { code: r.status, signal: r.signal, err: r.stderr }
}

describe('store faults that are not damage, or damage the CLI must survive', () => {
  it('reports a data file cut short, in the app and in the CLI, instead of dying of SIGBUS', { timeout: 60_000 }, () => {
    const dir = tempDir()
    storeWithAds(dir)
    truncateSync(dataFile(dir), Math.floor(statSync(dataFile(dir)).size / 2))
    const error = openError(dir)
    expect(error.code).toBe('STORAGE')
    expect(error.message).toMatch(/could not be read: the data file is cut short/)
    const cli = pull(dir)
    expect({ code: cli.code, signal: cli.signal }).toEqual({ code: 1, signal: null })
    expect(cli.err).toContain('Cannot open the local store')
    expect(cli.err).toContain('cut short')
  })

  it('runs the database check in the CLI, so a page that crashes LMDB stops a child and not pull', { timeout: 60_000 }, () => {
    const dir = tempDir()
    storeWithAds(dir)
    // Zeroed pages make liblmdb abort or segfault when read in place (see account-corruption.test.ts).
    const bytes = readFileSync(dataFile(dir))
    writeFileSync(dataFile(dir), zeroPagesHolding(bytes, 'marker-200-'))
    const cli = pull(dir)
    expect({ code: cli.code, signal: cli.signal }).toEqual({ code: 1, signal: null })
    expect(cli.err).toMatch(/could not be read: (reading it crashed the database check|the database is damaged)/)
  })

  it('refuses to create a store on a full disk, saying so, and leaves no data.mdb behind', () => {
    const dir = tempDir()
    const error = openError(dir, Number.MAX_SAFE_INTEGER)
    expect(error.code).toBe('STORAGE')
    expect(error.message).toContain('is full')
    expect(error.message).toContain('Free some space')
    expect(existsSync(dataFile(dir))).toBe(false)
    // Once there is room, the store is created normally.
    openStore(dir).close()
    expect(existsSync(dataFile(dir))).toBe(true)
    expect(readdirSync(join(dir, 'accounts'))).toEqual([ADVERTISER])
  })

  it.runIf(isRoot)('on a really full disk (a 20 KB tmpfs) gives the same message and no 0-byte store', () => {
    const mount = tempDir()
    const r = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=20k', 'tmpfs', mount])
    expect(r.status).toBe(0)
    try {
      const error = openError(mount)
      expect(error.message).toContain('is full')
      expect(existsSync(dataFile(mount))).toBe(false)
      expect(openError(mount).message).toContain('is full') // the same answer again, not "damaged"
    } finally {
      spawnSync('umount', [mount])
    }
  })

  it('reports a read-only folder as a permission problem, with no backup copy', { timeout: 30_000 }, () => {
    const dir = tempDir()
    storeWithAds(dir)
    chmodSync(dir, 0o755)
    chmodSync(join(dir, 'accounts'), 0o777) // a writable parent: a backup copy could be made there, and must not be
    chmodSync(storeDir(dir), 0o555)
    for (const f of readdirSync(storeDir(dir))) chmodSync(join(storeDir(dir), f), 0o444)
    // Root ignores permission bits, so the store is opened by an unprivileged user then.
    const script = `import { AccountStore } from '#backend/accounts/store/account-store'
try { AccountStore.open({ dir: process.argv[1], advertiserId: '${ADVERTISER}', now: () => new Date(0) }); console.log('opened') }
catch (e) { console.log(e.code + ': ' + e.message) }`
    const run = () =>
      spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, storeDir(dir)], {
        cwd: root,
        encoding: 'utf8',
        ...(isRoot ? { uid: 65534, gid: 65534 } : {}),
      }).stdout
    for (let i = 0; i < 2; i++) {
      const out = run()
      expect(out).toMatch(/^STORAGE: .*may not write to .*Give your user read and write access/)
      expect(out).not.toContain('damaged')
    }
    expect(listBackups(storeDir(dir))).toEqual([])
    chmodSync(storeDir(dir), 0o755)
  })

  it('refuses to start an empty store where data.mdb was deleted but the folder shows an account was kept', () => {
    const dir = tempDir()
    storeWithAds(dir)
    rmSync(dataFile(dir))
    for (let i = 0; i < 2; i++) {
      const error = openError(dir)
      expect(error.code).toBe('STORAGE')
      expect(error.message).toContain('is missing its database file')
      expect(error.message).toContain('lock.mdb')
    }
    expect(existsSync(dataFile(dir))).toBe(false)
    expect(listBackups(storeDir(dir))).toEqual([])
    mkdirSync(storeDir(dir), { recursive: true })
  })
})
