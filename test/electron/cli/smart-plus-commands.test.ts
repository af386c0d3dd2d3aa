/**
 * Issue 11's acceptance for accounts that hold Upgraded Smart+ objects made
 * through TikTok's own Smart+ endpoints: `pull` succeeds and stores them
 * read-only, and `report` succeeds over the same account.
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runPullCommand } from '../../../electron/cli/pull-command'
import { runReportCommand } from '../../../electron/cli/report-command'
import { AccountStore } from '#backend/accounts/store/account-store'
import { SANDBOX_DEMO_TOKEN } from '#backend/sandbox/server'
import { readOnlyReason } from '#shared/domain/read-only'
import { adBody, api, campaignWithAdGroup } from '#test/electron/backend/sandbox/smart-plus-http'
import { dayAfter, testNow } from '#test/helpers/clock'
import { useSandbox } from '#test/helpers/sandbox'
import { accountDir, FAST_QPS, SYNC_ADVERTISER } from '#test/helpers/sync'
import { useTempDirs } from '#test/helpers/temp-dir'

const startSandbox = useSandbox()
const tempDir = useTempDirs()

function io() {
  const out = { stdout: '', stderr: '' }
  return { out, io: { stdout: (s: string) => (out.stdout += s), stderr: (s: string) => (out.stderr += s), now: testNow } }
}

describe('pull and report with Smart+ objects', { timeout: 60_000 }, () => {
  it('pull stores them read-only; report succeeds', async () => {
    const server = await startSandbox({ seedDemo: true, qps: FAST_QPS })
    const call = api(server)
    const { adgroupId, campaignId } = await campaignWithAdGroup(call)
    const ad = await call.post('/smart_plus/ad/create/', adBody(adgroupId))
    expect(ad.code).toBe(0)
    const data = join(tempDir(), 'data')
    const flags = ['--api', server.baseUrl, '--token', SANDBOX_DEMO_TOKEN, '--advertiser', SYNC_ADVERTISER, '--store', data]

    const pulled = io()
    const pullCode = await runPullCommand(flags, pulled.io)
    expect(pulled.out).toEqual({ stdout: expect.any(String), stderr: '' })
    expect(pullCode).toBe(0)
    expect(pulled.out.stderr).toBe('')
    const store = AccountStore.open({ dir: accountDir(data), advertiserId: SYNC_ADVERTISER, now: testNow })
    try {
      expect(readOnlyReason('campaign', store.workingEntity('campaign', campaignId))?.automationType).toBe('UPGRADED_SMART_PLUS')
      expect(readOnlyReason('adgroup', store.workingEntity('adgroup', adgroupId))).not.toBeNull()
      const creativeRows = [...store.workingEntities('ad')].filter((a) => readOnlyReason('ad', a) !== null)
      expect(creativeRows.length).toBeGreaterThan(0)
      expect(store.pendingList()).toEqual([])
    } finally {
      store.close()
    }

    const reported = io()
    const code = await runReportCommand(
      ['--from', dayAfter(-7), '--to', dayAfter(-1), '--level', 'ad', '--api', server.baseUrl, '--advertiser', SYNC_ADVERTISER, '--json'],
      { stdout: reported.io.stdout, stderr: reported.io.stderr },
      { ADWRIGHT_ACCESS_TOKEN: SANDBOX_DEMO_TOKEN },
    )
    expect(code).toBe(0)
    expect((JSON.parse(reported.out.stdout) as { rows: unknown[] }).rows.length).toBeGreaterThan(0)
  })
})
