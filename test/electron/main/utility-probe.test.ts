import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => import('#test/mocks/electron'))

const electron = await import('#test/mocks/electron')
const { utilityProbeRunner } = await import('../../../electron/main/utility-probe')
const { probeVerdict } = await import('#backend/accounts/store/account-probe')

/** Runs the runner against a child that prints `stdout` and exits with `code`, as the check would. */
async function outcome(code: number, stdout = '') {
  const pending = utilityProbeRunner('/app/out/main/account-probe.js')('/data/accounts/7301')
  const child = electron.utilityProcess.children.at(-1)!
  expect([child.modulePath, child.args]).toEqual(['/app/out/main/account-probe.js', ['/data/accounts/7301']])
  child.stdout.emit('data', Buffer.from(stdout))
  child.emit('exit', code)
  const r = await pending
  return probeVerdict(r.status, r.signal, r.stdout)
}

describe('the database check in a utility process (no ELECTRON_RUN_AS_NODE)', () => {
  it('reads a sound file, found damage and a crash of the check from the exit code', async () => {
    expect(await outcome(0)).toBeNull()
    expect(await outcome(2, 'meta page 0 does not carry the LMDB signature')).toBe(
      'the database is damaged (meta page 0 does not carry the LMDB signature)',
    )
    expect(await outcome(134)).toBe('reading it crashed the database check (exit code 134)')
  })

  it('gives up on a check that never answers, killing it', async () => {
    vi.useFakeTimers()
    try {
      const pending = utilityProbeRunner('/app/probe.js', 1000)('/d')
      vi.advanceTimersByTime(1001)
      await expect(pending).rejects.toThrow('no answer within 1 s')
      expect(electron.utilityProcess.children.at(-1)!.killed).toBe(true)
    } finally {
      vi.useRealTimers()
    }
  })
})
