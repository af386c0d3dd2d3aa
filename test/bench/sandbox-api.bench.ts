/**
 * Bulk create through the client against the embedded sandbox at TikTok's
 * Basic-tier 10 QPS, with the sandbox enforcing the same limit. The figure is
 * the wall time over the least possible time (requests ÷ QPS): how much the
 * client's pacing, retries and HTTP cost on top of the rate limit.
 * 200 requests by default (20 s); SANDBOX_BENCH_REQUESTS=1000 for the full run.
 */
import { startSandboxServer } from '#backend/sandbox/server'
import { createTikTokClient } from '#backend/tiktok-api/client'
import { SANDBOX_DEMO_TOKEN } from '#backend/sandbox/server'
import { DEMO_ADVERTISER_ID } from '#backend/sandbox/demo-seed'
import { adGroupFields } from '../helpers/api-bodies'
import { round, type Bench } from './figures'
import { apiTimeAfter, testNow } from '../helpers/clock'

const QPS = 10

const bench: Bench = async () => {
  const requests = Number(process.env.SANDBOX_BENCH_REQUESTS ?? 200)
  const server = await startSandboxServer({ now: testNow, seed: 1, qps: { default: QPS } })
  const logs: string[] = []
  try {
    const client = createTikTokClient({ baseUrl: server.baseUrl, accessToken: SANDBOX_DEMO_TOKEN, qps: { default: QPS }, log: (l) => logs.push(l) })
    const campaign = await client.createCampaign(DEMO_ADVERTISER_ID, {
      campaign_name: 'Bench',
      objective_type: 'TRAFFIC',
      budget_mode: 'BUDGET_MODE_DAY',
      budget: 1000,
    })
    const started = performance.now()
    // Callers fire everything at once; the client's limiter does the pacing.
    await Promise.all(
      Array.from({ length: requests }, (_, i) =>
        client.createAdGroup(
          DEMO_ADVERTISER_ID,
          adGroupFields(campaign.campaign_id, { adgroup_name: `Bench ${i}`, age_groups: ['AGE_25_34'], schedule_start_time: apiTimeAfter(8) }),
        ),
      ),
    )
    const seconds = (performance.now() - started) / 1000
    const minimum = requests / QPS
    const { rejectedByQps } = server.stats('/adgroup/create/')
    return [
      {
        name: `${requests} ad group creates at ${QPS} QPS: wall time ÷ minimum (${minimum} s)`,
        value: round(seconds / minimum, 3),
        unit: 'ratio',
        goal: '≤ 1.15',
      },
      { name: `${requests} ad group creates at ${QPS} QPS: wall time`, value: round(seconds, 2), unit: 's', goal: '' },
      { name: 'requests the sandbox refused with 40100', value: rejectedByQps, unit: 'requests', goal: '0' },
      { name: 'client retries', value: logs.filter((l) => l.includes('retrying')).length, unit: 'retries', goal: '0' },
    ]
  } finally {
    await server.close()
  }
}
export default bench
