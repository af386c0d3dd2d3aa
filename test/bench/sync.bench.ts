/**
 * Posting through the sync engine to the embedded sandbox at TikTok's Basic
 * tier (10 QPS per endpoint, enforced on both sides): N ad groups under N/10
 * campaigns, as one post. The figure is wall time over the least possible time
 * (create requests ÷ QPS). Then the same with 5% of creates failing (half lost
 * answers after the write, half TikTok system errors), posted until nothing is
 * pending, once per answer TikTok may give a repeated request_id (the sandbox's
 * `echo` and `duplicate-error` modes; notes tiktok-api-2026.md §3): its ratio,
 * the objects created twice and those missing (goals 0).
 * 200 ad groups by default (≈ 22 s each run); SYNC_BENCH_ADGROUPS=1000 for the full size.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AdGroup, Campaign } from '#shared/domain/entities'
import { DEFAULT_GEO } from '#shared/domain/validation/index'
import { AccountStore } from '#backend/accounts/store/account-store'
import { DEMO_ADVERTISER_ID } from '#backend/sandbox/demo-seed'
import type { FaultRule } from '#backend/sandbox/faults'
import type { SandboxIdempotencyMode } from '#shared/domain/sandbox-faults'
import { SANDBOX_DEMO_TOKEN, startSandboxServer } from '#backend/sandbox/server'
import { createSyncEngine } from '#backend/sync/sync-engine'
import { createTikTokClient } from '#backend/tiktok-api/client'
import { round, type Bench, type Figure } from './figures'
import { apiTimeAfter, testNow } from '../helpers/clock'

const QPS = 10
const PER_CAMPAIGN = 10

function draft(adgroups: number) {
  const campaigns: Campaign[] = []
  const groups: AdGroup[] = []
  for (let c = 0; c < adgroups / PER_CAMPAIGN; c++) {
    const campaign_id = `local-bench-c${c}`
    campaigns.push({
      advertiser_id: DEMO_ADVERTISER_ID,
      campaign_id,
      campaign_name: `Bench ${c}`,
      objective_type: 'TRAFFIC',
      budget_mode: 'BUDGET_MODE_DAY',
      budget: 1000,
      operation_status: 'ENABLE',
    })
    for (let g = 0; g < PER_CAMPAIGN; g++)
      groups.push({
        advertiser_id: DEMO_ADVERTISER_ID,
        campaign_id,
        adgroup_id: `${campaign_id}-g${g}`,
        adgroup_name: `Bench ${c}.${g}`,
        operation_status: 'ENABLE',
        placement_type: 'PLACEMENT_TYPE_NORMAL',
        placements: ['PLACEMENT_TIKTOK'],
        location_ids: ['6252001'],
        age_groups: ['AGE_25_34'],
        gender: 'GENDER_UNLIMITED',
        languages: [],
        interest_category_ids: [],
        interest_keyword_ids: [],
        actions: [],
        operating_systems: [],
        network_types: [],
        device_price_ranges: [],
        budget_mode: 'BUDGET_MODE_DAY',
        budget: 50,
        schedule_type: 'SCHEDULE_FROM_NOW',
        schedule_start_time: apiTimeAfter(8),
        promotion_type: 'WEBSITE',
        optimization_goal: 'CLICK',
        billing_event: 'CPC',
        bid_type: 'BID_TYPE_NO_BID',
        pacing: 'PACING_MODE_SMOOTH',
      })
  }
  return { campaigns, adgroups: groups, ads: [] }
}

/** Planned names TikTok holds more than once, and planned names it does not hold. */
function tally(planned: string[], live: string[]) {
  const count = new Map<string, number>()
  for (const n of live) count.set(n, (count.get(n) ?? 0) + 1)
  return {
    duplicates: [...count.values()].reduce((sum, c) => sum + Math.max(0, c - 1), 0) + live.filter((n) => !planned.includes(n)).length,
    missing: planned.filter((n) => !count.has(n)).length,
  }
}

async function run(adgroups: number, faults: FaultRule[], idempotency: SandboxIdempotencyMode = 'echo') {
  const server = await startSandboxServer({
    now: testNow,
    seed: 3,
    seedDemo: false,
    qps: { default: QPS },
    faults: { rules: faults },
    idempotency,
  })
  const dataDir = mkdtempSync(join(tmpdir(), 'adwright-sync-bench-'))
  const dir = join(dataDir, 'accounts', DEMO_ADVERTISER_ID)
  const store = AccountStore.open({ dir, advertiserId: DEMO_ADVERTISER_ID, now: testNow })
  try {
    const d = draft(adgroups)
    store.apply({ type: 'create', ...d })
    const client = createTikTokClient({ baseUrl: server.baseUrl, accessToken: SANDBOX_DEMO_TOKEN, qps: { default: QPS } })
    const engine = createSyncEngine({
      store,
      dir,
      client: async () => client,
      validation: () => ({ currency: 'USD', now: testNow(), geo: DEFAULT_GEO }),
      now: testNow,
    })
    const started = performance.now()
    let posts = 0
    while (store.pendingCount() > 0 && posts < 10) {
      await engine.post()
      posts++
    }
    const seconds = (performance.now() - started) / 1000
    const minimum = (d.campaigns.length + d.adgroups.length) / QPS
    const live = [
      ...server.state.list('campaign', DEMO_ADVERTISER_ID).map((o) => `c:${String(o.campaign_name)}`),
      ...server.state.list('adgroup', DEMO_ADVERTISER_ID).map((o) => `g:${String(o.adgroup_name)}`),
    ]
    const planned = [...d.campaigns.map((c) => `c:${c.campaign_name}`), ...d.adgroups.map((g) => `g:${g.adgroup_name}`)]
    return { ratio: seconds / minimum, seconds, ...tally(planned, live), left: store.pendingCount(), posts }
  } finally {
    store.close()
    await server.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

const bench: Bench = async () => {
  const n = Number(process.env.SYNC_BENCH_ADGROUPS ?? 200)
  const clean = await run(n, [])
  const rules = ['/campaign/create/', '/adgroup/create/'].flatMap((endpoint): FaultRule[] => [
    { endpoint, kind: 'drop-after-commit', probability: 0.025 },
    { endpoint, kind: 'error-code', code: 50000, message: 'System error.', probability: 0.025 },
  ])
  const figures: Figure[] = [
    {
      name: `post ${n} ad groups + ${n / PER_CAMPAIGN} campaigns at ${QPS} QPS: wall time ÷ minimum`,
      value: round(clean.ratio, 3),
      unit: '×',
      goal: '≤ 1.10',
    },
    { name: `  same, wall time`, value: round(clean.seconds, 1), unit: 's', goal: '' },
    { name: `  same: objects created twice`, value: clean.duplicates, unit: 'objects', goal: '0' },
    { name: `  same: planned objects missing`, value: clean.missing, unit: 'objects', goal: '0' },
  ]
  for (const mode of ['echo', 'duplicate-error'] as const) {
    const faulty = await run(n, rules, mode)
    figures.push(
      {
        name: `  5% faults, repeats answered ${mode}: wall time ÷ minimum (${faulty.posts} posts)`,
        value: round(faulty.ratio, 3),
        unit: '×',
        goal: '≤ 1.15',
      },
      { name: `  5% faults, repeats answered ${mode}: objects created twice`, value: faulty.duplicates, unit: 'objects', goal: '0' },
      { name: `  5% faults, repeats answered ${mode}: planned objects missing`, value: faulty.missing, unit: 'objects', goal: '0' },
      { name: `  5% faults, repeats answered ${mode}: changes left unposted`, value: faulty.left, unit: 'changes', goal: '0' },
    )
  }
  return figures
}
export default bench
