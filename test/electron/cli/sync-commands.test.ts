import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runPullCommand } from '../../../electron/cli/pull-command'
import { runPushCommand } from '../../../electron/cli/push-command'
import { SANDBOX_DEMO_TOKEN } from '#backend/sandbox/server'
import { exportPlan } from '#shared/domain/plan/index'
import { clientFor, useSandbox } from '#test/helpers/sandbox'
import { AccountStore } from '#backend/accounts/store/account-store'
import { useTempDirs } from '#test/helpers/temp-dir'
import { draftNames, draftTree, FAST_QPS, serverNames, SYNC_ADVERTISER } from '#test/helpers/sync'
import { testNow } from '#test/helpers/clock'
import { createDemoAccount } from '#shared/domain/demo/index'

const startSandbox = useSandbox()
const tempDir = useTempDirs()

function io() {
  const out = { stdout: '', stderr: '' }
  return { out, io: { stdout: (s: string) => (out.stdout += s), stderr: (s: string) => (out.stderr += s), now: testNow } }
}

async function setup(seedDemo = false) {
  const server = await startSandbox({ seedDemo, qps: FAST_QPS })
  const dir = tempDir()
  const flags = ['--api', server.baseUrl, '--token', SANDBOX_DEMO_TOKEN, '--advertiser', SYNC_ADVERTISER, '--store', join(dir, 'data')]
  return { server, dir, flags }
}

function writePlan(dir: string, draft: ReturnType<typeof draftTree>) {
  const path = join(dir, 'plan.json')
  writeFileSync(path, exportPlan(draft, SYNC_ADVERTISER))
  return path
}

describe('pull and push', { timeout: 60_000 }, () => {
  it('pull downloads the account into the store', async () => {
    const { flags } = await setup(true)
    const { out, io: cli } = io()
    expect(await runPullCommand(flags, cli)).toBe(0)
    // The sandbox serves the one demo account.
    const demo = createDemoAccount(SYNC_ADVERTISER, testNow())
    expect(out.stdout).toMatch(
      new RegExp(`^Downloaded ${demo.campaigns.length} campaigns, ${demo.adgroups.length} ad groups, ${demo.ads.length} ads`),
    )
  })

  it('pull lists what a download would remove and changes nothing, unless --accept-removals', async () => {
    const { server, flags } = await setup(true)
    expect(await runPullCommand(flags, io().io)).toBe(0)
    const demo = createDemoAccount(SYNC_ADVERTISER, testNow())
    const [gone] = demo.campaigns
    await clientFor(server, { qps: FAST_QPS }).updateStatus('campaign', SYNC_ADVERTISER, [gone!.campaign_id], 'DELETE')

    const refused = io()
    expect(await runPullCommand(flags, refused.io)).toBe(1)
    expect(refused.out.stderr).toContain(`which TikTok no longer has: “${gone!.campaign_name}”.`)
    expect(refused.out.stderr).toContain('Nothing was changed. Run pull again with --accept-removals')
    const store = AccountStore.open({
      dir: join(flags[flags.indexOf('--store') + 1]!, 'accounts', SYNC_ADVERTISER),
      advertiserId: SYNC_ADVERTISER,
      now: testNow,
    })
    expect(store.snapshot().campaigns).toHaveLength(demo.campaigns.length)
    store.close()

    const accepted = io()
    expect(await runPullCommand([...flags, '--accept-removals'], accepted.io)).toBe(0)
    expect(accepted.out.stdout).toMatch(new RegExp(`^Downloaded ${demo.campaigns.length - 1} campaigns`))
  })

  it('push posts a plan; a failure exits non-zero with one line for the entity; a rerun finishes with no duplicates', async () => {
    const { server, dir, flags } = await setup()
    const draft = draftTree('cli', 1, 2, 2)
    const plan = writePlan(dir, draft)
    server.faults.add({
      endpoint: '/adgroup/create/',
      kind: 'error-code',
      code: 40002,
      message: 'budget: The ad group daily budget must be greater than 20 USD.',
      times: 1,
    })
    server.faults.add({ endpoint: '/ad/create/', kind: 'drop-after-commit', times: 1 })
    const first = io()
    expect(await runPushCommand([plan, ...flags], first.io)).toBe(1)
    const lines = first.out.stdout.trim().split('\n')
    expect(lines.filter((l) => l.startsWith('failed'))).toEqual([
      expect.stringMatching(/^failed adgroup local-[\w-]+ "cli ad group 1.1": budget: .* \[field budget\]$/),
    ])
    const again = io()
    expect(await runPushCommand([plan, ...flags], again.io)).toBe(0)
    expect(again.out.stdout).toMatch(/Posted 3, failed 0, not sent 0/)
    expect(serverNames(server)).toEqual(draftNames(draft))
    const third = io()
    expect(await runPushCommand([plan, ...flags], third.io)).toBe(0)
    expect(serverNames(server)).toEqual(draftNames(draft))
  })

  it('push --start-paused creates the plan’s new campaigns paused, and a plan without operation_status takes TikTok’s default', async () => {
    const { server, dir, flags } = await setup()
    const draft = draftTree('sp', 2, 1, 1)
    const path = writePlan(dir, draft)
    // Hand-written plans often leave out operation_status; TikTok's default (ENABLE) applies, and --start-paused overrides it for campaigns.
    const json = JSON.parse(readFileSync(path, 'utf8')) as { campaigns: Array<Record<string, unknown>> }
    for (const c of json.campaigns) delete c.operation_status
    writeFileSync(path, JSON.stringify(json))
    const run = io()
    expect(await runPushCommand([path, ...flags, '--start-paused'], run.io)).toBe(0)
    expect(server.state.list('campaign', SYNC_ADVERTISER).map((c) => c.operation_status)).toEqual(['DISABLE', 'DISABLE'])
    expect(server.state.list('adgroup', SYNC_ADVERTISER)).toHaveLength(2)
  })

  it('says what is missing and never prints the token', async () => {
    const { out, io: cli } = io()
    expect(await runPushCommand(['plan.json', '--token', 'secret-token-123'], cli)).toBe(2)
    expect(out.stderr).toContain('Missing --api, --advertiser, --store')
    expect(out.stderr).not.toContain('secret-token-123')
  })
})
