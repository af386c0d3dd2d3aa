import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ProbeRunner } from '#backend/accounts/store/probe-at-start'
import { probeAccountsAtStart } from '#backend/accounts/store/probe-at-start'
import { AccountStore } from '#backend/accounts/store/account-store'
import { sourceProbe } from '#backend/accounts/store/source-probe'
import { ADVERTISER, ad } from '#test/helpers/account-fixtures'
import { openStore } from '#test/helpers/account-store'
import { testNow } from '#test/helpers/clock'
import { useTempDirs } from '#test/helpers/temp-dir'

const tempDir = useTempDirs()

/** The check as a real child process, run asynchronously as the app's utility processes are. */
const childRunner: ProbeRunner = (dir) =>
  new Promise((resolve) => {
    const { command, args } = sourceProbe()
    const child = spawn(command, [...args, dir])
    let stdout = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.on('exit', (status, signal) => resolve({ status, signal, stdout }))
  })

describe('checking every account folder at start-up', { timeout: 60_000 }, () => {
  it('finds the damaged folder, passes the sound one, and the store refuses the damaged one when opened', async () => {
    const data = tempDir()
    const sound = openStore(data, { downloaded: true })
    sound.close()
    const damagedData = tempDir()
    const s = openStore(damagedData, { downloaded: true })
    s.apply({ type: 'create', ads: Array.from({ length: 200 }, (_, i) => ad(`local-a${i}`, '1001', { ad_text: `marker-${i}-${'x'.repeat(300)}` })) })
    s.close()
    // Both advertisers' folders side by side, as in one data folder.
    const accounts = join(data, 'accounts')
    const damagedDir = join(accounts, '7301000000000000077')
    mkdirSync(damagedDir)
    const bytes = readFileSync(join(damagedData, 'accounts', ADVERTISER, 'data.mdb'))
    bytes.fill(0xab, 20, 40)
    writeFileSync(join(damagedDir, 'data.mdb'), bytes)
    mkdirSync(join(accounts, '7301000000000000078')) // no data.mdb: nothing to check

    const seen: string[] = []
    const check = await probeAccountsAtStart(accounts, async (dir) => (seen.push(dir), childRunner(dir)))
    expect(seen.sort()).toEqual([join(accounts, ADVERTISER), damagedDir].sort())
    expect(check(join(accounts, ADVERTISER))).toBeNull()
    expect(check(damagedDir)).toMatch(/^the database is damaged \(meta page 0/)
    expect(check(join(accounts, 'made-later'))).toBeNull()

    expect(() => openStore(data, { probe: check }).close()).not.toThrow()
    expect(() => AccountStore.open({ dir: damagedDir, advertiserId: '7301000000000000077', now: testNow, probe: check })).toThrow(
      /could not be read: the database is damaged \(meta page 0/,
    )
  })

  it('opens without the check when it cannot run, and says so', async () => {
    const data = tempDir()
    openStore(data).close()
    const notes: string[] = []
    const check = await probeAccountsAtStart(
      join(data, 'accounts'),
      () => Promise.reject(new Error('fork failed')),
      (n) => notes.push(n),
    )
    expect(check(join(data, 'accounts', ADVERTISER))).toBeNull()
    expect(notes).toEqual([expect.stringContaining('could not run (fork failed)')])
  })
})
