/**
 * Upgraded Smart+ from the command line (issue 12 acceptance; notes tiktok-api-2026.md §2):
 * - `pull` stores Smart+ objects made through TikTok's own Smart+ endpoints as Smart+ kinds, and `report` succeeds;
 * - `push` of a Smart+ plan under lost answers posts each object exactly once, and a rerun sends nothing again;
 * - `validate` refuses a Smart+ campaign with 31 ad groups, naming the rule; `reach` estimates Smart+ ad groups.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runPullCommand } from '../../../electron/cli/pull-command'
import { runPushCommand } from '../../../electron/cli/push-command'
import { runReportCommand } from '../../../electron/cli/report-command'
import { runCli } from '../../../electron/cli/run'
import { AccountStore } from '#backend/accounts/store/account-store'
import { SANDBOX_DEMO_TOKEN } from '#backend/sandbox/server'
import { smartPlusAds } from '#backend/sandbox/smart-plus-store'
import { emptyEntitySet } from '#shared/domain/entity-kinds'
import { exportPlan } from '#shared/domain/plan/index'
import { adBody, api, campaignWithAdGroup } from '#test/electron/backend/sandbox/smart-plus-http'
import { dayAfter, testNow } from '#test/helpers/clock'
import { useSandbox } from '#test/helpers/sandbox'
import { accountDir, FAST_QPS, smartPlusDraft, SYNC_ADVERTISER } from '#test/helpers/sync'
import { useTempDirs } from '#test/helpers/temp-dir'

const startSandbox = useSandbox()
const tempDir = useTempDirs()

function io() {
  const out = { stdout: '', stderr: '' }
  return { out, io: { stdout: (s: string) => (out.stdout += s), stderr: (s: string) => (out.stderr += s), now: testNow } }
}

function inProcess(files: Record<string, string>, ...args: string[]) {
  let out = ''
  let err = ''
  const code = runCli(args, { readFile: (p) => files[p]!, out: (t) => (out += t), err: (t) => (err += t), now: testNow })
  return { code, out, err }
}

const planOf = (draft: ReturnType<typeof smartPlusDraft>) => exportPlan({ ...emptyEntitySet(), ...draft }, SYNC_ADVERTISER)

describe('Smart+ on the command line', { timeout: 60_000 }, () => {
  it('pull stores Smart+ objects as Smart+ kinds; report succeeds', async () => {
    const server = await startSandbox({ seedDemo: true, qps: FAST_QPS })
    const call = api(server)
    const { adgroupId, campaignId } = await campaignWithAdGroup(call)
    const ad = await call.post('/smart_plus/ad/create/', adBody(adgroupId))
    expect(ad.code).toBe(0)
    const data = join(tempDir(), 'data')
    const flags = ['--api', server.baseUrl, '--token', SANDBOX_DEMO_TOKEN, '--advertiser', SYNC_ADVERTISER, '--store', data]

    const pulled = io()
    expect(await runPullCommand(flags, pulled.io)).toBe(0)
    expect(pulled.out.stderr).toBe('')
    const store = AccountStore.open({ dir: accountDir(data), advertiserId: SYNC_ADVERTISER, now: testNow })
    try {
      expect(store.workingEntity('smart_plus_campaign', campaignId)).toMatchObject({ campaign_automation_type: 'UPGRADED_SMART_PLUS' })
      expect(store.workingEntity('smart_plus_adgroup', adgroupId)).toBeDefined()
      expect(store.workingEntity('campaign', campaignId)).toBeUndefined()
      expect([...store.workingEntities('smart_plus_ad')]).toHaveLength(1)
      // The creative rows of /ad/get/ are not manual ads.
      expect([...store.workingEntities('ad')].some((a) => 'smart_plus_ad_id' in a)).toBe(false)
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

  it('push of a Smart+ plan under lost answers posts each object exactly once; a rerun sends nothing', async () => {
    const server = await startSandbox({ seedDemo: false, qps: FAST_QPS })
    const dir = tempDir()
    const flags = ['--api', server.baseUrl, '--token', SANDBOX_DEMO_TOKEN, '--advertiser', SYNC_ADVERTISER, '--store', join(dir, 'data')]
    const path = join(dir, 'smart-plus.json')
    writeFileSync(path, planOf(smartPlusDraft('cli', 3)))
    for (const endpoint of ['/smart_plus/campaign/create/', '/smart_plus/adgroup/create/', '/smart_plus/ad/create/'])
      server.faults.add({ endpoint, kind: 'drop-after-commit', times: 1 })
    const first = io()
    const code = await runPushCommand([path, ...flags], first.io)
    if (code !== 0) expect(await runPushCommand([path, ...flags], io().io)).toBe(0)
    expect(server.state.list('campaign', SYNC_ADVERTISER)).toHaveLength(1)
    expect(server.state.list('adgroup', SYNC_ADVERTISER)).toHaveLength(3)
    expect(smartPlusAds(server.state, SYNC_ADVERTISER)).toHaveLength(3)
    const creates = ['/smart_plus/campaign/create/', '/smart_plus/adgroup/create/', '/smart_plus/ad/create/'].map((p) => server.stats(p).requests)
    const again = io()
    expect(await runPushCommand([path, ...flags], again.io)).toBe(0)
    expect(again.out.stdout).toMatch(/Posted 0, failed 0, not sent 0/)
    expect(['/smart_plus/campaign/create/', '/smart_plus/adgroup/create/', '/smart_plus/ad/create/'].map((p) => server.stats(p).requests)).toEqual(
      creates,
    )
    expect(smartPlusAds(server.state, SYNC_ADVERTISER)).toHaveLength(3)
  })

  it('validate refuses a Smart+ campaign with 31 ad groups, naming the rule, and takes one with 30', () => {
    const over = inProcess({ 'p.json': planOf(smartPlusDraft('big', 31)) }, 'validate', 'p.json', '--json')
    expect(over.code).toBe(1)
    const { problems } = JSON.parse(over.out) as { problems: Array<{ ruleId: string; severity: string; message: string }> }
    expect(problems.filter((p) => p.severity === 'error')).toEqual([
      expect.objectContaining({ ruleId: 'smart-plus.campaign.adgroups.max', message: expect.stringContaining('30') }),
    ])
    expect(inProcess({ 'p.json': planOf(smartPlusDraft('ok', 30)) }, 'validate', 'p.json').code).toBe(0)
  })

  it('reach estimates Smart+ ad groups, reading AUTOMATIC targeting by its hard controls', () => {
    const draft = smartPlusDraft('r', 1)
    const broad = inProcess({ 'p.json': planOf(draft) }, 'reach', 'p.json', '--json')
    expect(broad.code).toBe(0)
    const [group] = (
      JSON.parse(broad.out) as { adgroups: Array<{ smart_plus?: boolean; targeting_optimization_mode?: string; total: { upper_end: number } }> }
    ).adgroups
    expect(group).toMatchObject({ smart_plus: true, targeting_optimization_mode: 'AUTOMATIC' })
    expect(group!.total.upper_end).toBeGreaterThan(0)
    // A suggestion (an interest) does not narrow an AUTOMATIC estimate.
    const hinted = {
      ...draft,
      smartPlusAdgroups: draft.smartPlusAdgroups.map((g) => ({ ...g, targeting_spec: { ...g.targeting_spec, interest_category_ids: ['15'] } })),
    }
    const withHint = JSON.parse(inProcess({ 'p.json': planOf(hinted) }, 'reach', 'p.json', '--json').out) as typeof broad extends never
      ? never
      : { adgroups: Array<{ total: { upper_end: number } }> }
    expect(withHint.adgroups[0]!.total.upper_end).toBe(group!.total.upper_end)
  })
})
