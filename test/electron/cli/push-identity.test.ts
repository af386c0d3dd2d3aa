/**
 * `push` against the sandbox over HTTP, in each request_id mode with lost
 * answers on the create endpoints: the plan is posted exactly once, no ad
 * planned paused is ever live, and a rerun of the edited plan updates what it
 * posted and creates nothing (issue 11 points 1, 3 and 5).
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runPushCommand } from '../../../electron/cli/push-command'
import { SANDBOX_DEMO_TOKEN, type SandboxServer } from '#backend/sandbox/server'
import type { FaultRule } from '#backend/sandbox/faults'
import { exportPlan } from '#shared/domain/plan/index'
import { SANDBOX_IDEMPOTENCY_MODES } from '#shared/domain/sandbox-faults'
import { useSandbox } from '#test/helpers/sandbox'
import { useTempDirs } from '#test/helpers/temp-dir'
import {
  accountDir,
  draftNames,
  draftTree,
  FAST_QPS,
  serverNames,
  SYNC_ADVERTISER,
  watchAdStatuses,
  withPausedAds,
  withSparkIdentity,
} from '#test/helpers/sync'
import { testNow } from '#test/helpers/clock'

const startSandbox = useSandbox()
const tempDir = useTempDirs()
const CREATES = ['/campaign/create/', '/adgroup/create/', '/ad/create/']

function cli() {
  const out = { stdout: '', stderr: '' }
  return { out, io: { stdout: (s: string) => (out.stdout += s), stderr: (s: string) => (out.stderr += s), now: testNow } }
}

type Json = Record<string, unknown> & { campaigns: Array<Record<string, unknown> & { adgroups: Array<Record<string, unknown>> }> }

/** A hand-written plan: no ids anywhere, entries known only by their names (or client_ref). */
function handWritten(draft: ReturnType<typeof draftTree>): Json {
  const strip = (o: unknown): unknown =>
    Array.isArray(o)
      ? o.map(strip)
      : o && typeof o === 'object'
        ? Object.fromEntries(
            Object.entries(o)
              .filter(([k]) => !['campaign_id', 'adgroup_id', 'ad_id'].includes(k))
              .map(([k, v]) => [k, strip(v)]),
          )
        : o
  return strip(JSON.parse(exportPlan(draft, SYNC_ADVERTISER))) as Json
}

async function setup(mode: (typeof SANDBOX_IDEMPOTENCY_MODES)[number], customIdentity: 'allowed' | 'refused' = 'allowed') {
  const server = await startSandbox({ seedDemo: false, qps: FAST_QPS, idempotency: mode, faults: { customIdentity } })
  const dir = tempDir()
  const flags = ['--api', server.baseUrl, '--token', SANDBOX_DEMO_TOKEN, '--advertiser', SYNC_ADVERTISER, '--store', join(dir, 'data')]
  const planPath = join(dir, 'plan.json')
  const write = (plan: Json, trailing = '\n') => writeFileSync(planPath, `${JSON.stringify(plan, null, 2)}${trailing}`)
  const push = async (...extra: string[]) => {
    const c = cli()
    const code = await runPushCommand([planPath, ...flags, ...extra], c.io)
    return { code, ...c.out }
  }
  return { server, dir, write, push, planPath }
}

const creates = (server: SandboxServer) => CREATES.map((p) => server.stats(p).requests).reduce((a, b) => a + b, 0)

const FAULTS: Array<[string, FaultRule[]]> = [
  ['answers dropped after the commit', CREATES.map((endpoint) => ({ endpoint, kind: 'drop-after-commit', times: 1 }) as FaultRule)],
  ['a gateway 504 after the commit', CREATES.map((endpoint) => ({ endpoint, kind: 'status-after-commit', status: 504, times: 2 }) as FaultRule)],
]

// Each test posts a plan with faults and read-backs, twice: seconds on a loaded 2-core machine.
describe.each(SANDBOX_IDEMPOTENCY_MODES)('push, repeated request_id answered %s', { timeout: 60_000 }, (mode) => {
  it.each(FAULTS)('with %s: the plan once, paused ads never live; an edited rerun updates and creates nothing', async (_what, rules) => {
    // An advertiser past TikTok's Custom Identity phase-out: the plan's ads must be Spark Ads to be accepted at all.
    const { server, write, push } = await setup(mode, 'refused')
    const draft = withSparkIdentity(withPausedAds(draftTree('plan', 2, 2, 2)))
    const everLive = watchAdStatuses(server)
    const plan = handWritten(draft)
    write(plan)
    for (const r of rules) server.faults.add(r)
    const first = await push()
    expect(first).toMatchObject({ code: 0, stderr: '' })
    expect(first.stdout).toMatch(/Posted 14, failed 0, not sent 0/)
    expect(serverNames(server)).toEqual(draftNames(draft))
    expect(everLive(draft)).toEqual([])
    // TikTok got the 2026 fields: a promotion type on each ad group, a Spark identity on each ad.
    expect(new Set(server.state.list('adgroup', SYNC_ADVERTISER).map((g) => g.promotion_type))).toEqual(new Set(['WEBSITE']))
    expect(new Set(server.state.list('ad', SYNC_ADVERTISER).map((a) => a.identity_type))).toEqual(new Set(['TT_USER']))

    // A newline at the end changes the bytes, not the plan.
    write(plan, '\n\n')
    const sent = creates(server)
    expect(await push()).toMatchObject({ code: 0, stderr: '', stdout: 'Posted 0, failed 0, not sent 0.\n' })

    // One field fixed, as the CLI's messages ask.
    plan.campaigns[1]!.adgroups[0]!.budget = 321
    write(plan)
    const edited = await push()
    expect(edited).toMatchObject({ code: 0, stderr: '', stdout: 'Posted 1, failed 0, not sent 0.\n' })
    expect(creates(server)).toBe(sent)
    expect(serverNames(server)).toEqual(draftNames(draft))
    const group = server.state.list('adgroup', SYNC_ADVERTISER).find((g) => g.adgroup_name === 'plan ad group 2.1')
    expect(group).toMatchObject({ budget: 321 })
    expect(everLive(draft)).toEqual([])
  })
})

describe('push plan record', { timeout: 60_000 }, () => {
  it('creates only what is new; a client_ref keeps an entry through a rename', async () => {
    const { server, write, push } = await setup('echo')
    const draft = draftTree('ref', 1, 1, 1)
    const plan = handWritten(draft)
    plan.campaigns[0]!.client_ref = 'spring-sale'
    write(plan)
    expect((await push()).code).toBe(0)
    plan.campaigns[0]!.campaign_name = 'Spring sale, renamed'
    plan.campaigns[0]!.adgroups.push({ ...plan.campaigns[0]!.adgroups[0]!, adgroup_name: 'ref ad group 1.2', ads: [] })
    write(plan)
    expect(await push()).toMatchObject({ code: 0, stderr: '', stdout: 'Posted 2, failed 0, not sent 0.\n' })
    expect(serverNames(server)).toEqual({
      campaigns: ['Spring sale, renamed'],
      adgroups: ['ref ad group 1.1', 'ref ad group 1.2'],
      ads: ['ref ad 1.1.1'],
    })
  })

  it('follows exported drafts (plans that name local ids) to what an earlier push made of them', async () => {
    const { server, planPath, push } = await setup('duplicate-error')
    const draft = draftTree('exp', 1, 2, 1)
    writeFileSync(planPath, exportPlan(draft, SYNC_ADVERTISER))
    expect((await push()).code).toBe(0)
    writeFileSync(planPath, `${readFileSync(planPath, 'utf8').replace('"exp ad 1.2.1"', '"exp ad 1.2.1 v2"')}\n`)
    expect(await push()).toMatchObject({ code: 0, stderr: '', stdout: 'Posted 1, failed 0, not sent 0.\n' })
    expect(serverNames(server).ads).toEqual(['exp ad 1.1.1', 'exp ad 1.2.1 v2'])
  })

  it('refuses a damaged record or one missing after a post, naming the file, and sends nothing', async () => {
    const { server, dir, write, push } = await setup('echo')
    const draft = draftTree('dmg', 1, 1, 1)
    write(handWritten(draft))
    expect((await push()).code).toBe(0)
    const record = join(accountDir(join(dir, 'data')), 'plan-record.jsonl')
    const good = readFileSync(record, 'utf8')
    const requests = () => ['/campaign/create/', '/campaign/update/', '/adgroup/update/', '/ad/update/'].map((p) => server.stats(p).requests)
    const before = requests()

    // A line torn by a crash mid-append is the last one, without its newline: dropped, the rest still counts.
    writeFileSync(record, `${good}{"key":"/campaign:dmg`)
    expect(await push()).toMatchObject({ code: 0, stderr: '', stdout: 'Posted 0, failed 0, not sent 0.\n' })

    writeFileSync(record, good.replace(/"id":"\d+"/, '"id":'))
    const damaged = await push()
    expect(damaged.code).toBe(1)
    expect(damaged.stderr).toMatch(/plan record .*plan-record\.jsonl is damaged \(line \d+/)

    writeFileSync(record, '')
    expect((await push()).stderr).toMatch(/plan-record\.jsonl is damaged \(its first line/)
    rmSync(record)
    const missing = await push()
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/plan record .* is missing, though this store has posted before.*--new-record/)
    expect(requests()).toEqual(before)
    expect(serverNames(server)).toEqual(draftNames(draft))
  })
})
