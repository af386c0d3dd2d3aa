/**
 * Results for an account past the synchronous report's 20,000-ad cap: the sandbox's generated large account, the
 * real client over HTTP. The refresh switches to report tasks, reports their status as progress, gives the same
 * rows a synchronous report would (checked on the small demo account against report/integrated/get), and a cancel
 * stops it, cancels TikTok's task and leaves the cache as it was.
 */
import { describe, expect, it } from 'vitest'
import { fetchResults } from '#backend/results/report-fetcher'
import { createResultsService } from '#backend/results/results-service'
import { ServiceError } from '#backend/app/service-error'
import { createTikTokClient } from '#backend/tiktok-api/client'
import { SANDBOX_DEMO_TOKEN } from '#backend/sandbox/server'
import type { ResultsProgress } from '#shared/results/results-types'
import { ADVERTISER, clientFor, fakeClock, useSandbox } from '#test/helpers/sandbox'
import { useTempDirs } from '#test/helpers/temp-dir'
import { dayAfter, testNow } from '#test/helpers/clock'
import { createDemoAccount } from '#shared/domain/demo/index'

const sandbox = useSandbox()
const tempDir = useTempDirs()
const DAY = { from: dayAfter(-1), to: dayAfter(-1) }

describe('results past the synchronous cap', () => {
  it('come from report tasks, with their status as progress, every breakdown adding up to the same spend', async () => {
    const server = await sandbox({ largeAccountAds: 20_500, qps: { default: 10_000 } })
    const clock = fakeClock()
    const client = clientFor(server, { clock })
    const steps: Array<{ mode: string; taskStatus?: string }> = []
    const got = await fetchResults(client, { advertiserId: ADVERTISER, level: 'campaign', range: DAY, clock }, (s) => steps.push(s))

    // One task per breakdown (BASIC by country, AUDIENCE for placement, age, gender, platform); no synchronous report.
    expect(server.stats('/report/task/create/').requests).toBe(5)
    expect(server.stats('/report/integrated/get/').requests).toBe(0)
    expect(new Set(steps.map((s) => s.mode))).toEqual(new Set(['tasks']))
    expect(steps.map((s) => s.taskStatus).filter(Boolean)).toEqual(Array(5).fill(['QUEUING', 'PROCESSING', 'SUCCESS']).flat())
    // Checks were spaced by the poll interval on the fake clock, not in real time.
    expect(clock.sleeps.filter((ms) => ms === 2_000)).toHaveLength(10)
    // 21 generated campaigns and the demo's own, each delivering that day in every breakdown.
    const expected = 21 + createDemoAccount(ADVERTISER, testNow()).campaigns.length
    const campaigns = new Set(got.rows.map((r) => r.entityId))
    expect(campaigns.size).toBe(expected)
    expect(Object.keys(got.entityNames)).toHaveLength(expected)
    const spendBy = (d: string) => got.rows.filter((r) => r.dimension === d).reduce((n, r) => n + r.metrics.spend, 0)
    for (const d of ['placement', 'age', 'gender', 'platform']) expect(spendBy(d).toFixed(2), d).toBe(spendBy('country').toFixed(2))
  }, 120_000)

  it('read a task’s file exactly as the synchronous report’s pages (the cap modelled at 5 ads on the demo account)', async () => {
    const range = { from: dayAfter(-9), to: dayAfter(0) }
    const open = await sandbox({ qps: { default: 10_000 } })
    const sync = await fetchResults(clientFor(open, { clock: fakeClock() }), { advertiserId: ADVERTISER, level: 'ad', range })
    expect(open.stats('/report/task/create/').requests).toBe(0)
    // The same seed with the cap at 5: the synchronous report refuses the account, so the client must take tasks.
    const capped = await sandbox({ qps: { default: 10_000 }, reports: { syncAdCap: 5 } })
    const clock = fakeClock()
    const viaTasks = await fetchResults(clientFor(capped, { clock }), { advertiserId: ADVERTISER, level: 'ad', range, clock, syncAdCap: 5 })
    expect(capped.stats('/report/task/create/').requests).toBe(5)
    expect(capped.stats('/report/integrated/get/').requests).toBe(0)
    expect(viaTasks.rows.length).toBeGreaterThan(100)
    expect(viaTasks.rows).toEqual(sync.rows)
    expect(viaTasks.missingMetrics).toEqual(sync.missingMetrics)
  })

  it('a cancel stops the refresh, cancels the running task at TikTok and keeps the cache as it was', async () => {
    const server = await sandbox({ largeAccountAds: 20_500, qps: { default: 10_000 }, reports: { taskChecksToFinish: 50 } })
    let service: ReturnType<typeof createResultsService> | null = null
    const progress: ResultsProgress[] = []
    const req = { advertiserId: ADVERTISER, level: 'campaign' as const, ...DAY }
    // Cancel once the first task is being waited for, as a buyer clicking Cancel would.
    const clock = {
      ...fakeClock(),
      sleep: async () => {
        service!.cancel(req)
      },
    }
    service = createResultsService({
      dataDir: tempDir(),
      client: async () => createTikTokClient({ baseUrl: server.baseUrl, accessToken: SANDBOX_DEMO_TOKEN, random: () => 0.5, clock: fakeClock() }),
      currencyOf: () => 'USD',
      onProgress: (p) => progress.push(p),
      now: testNow,
      clock,
    })
    const refused = await service.refresh(req).catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(ServiceError)
    expect((refused as ServiceError).message).toMatch(/cancelled; the saved results are unchanged/)
    expect(server.stats('/report/task/create/').requests).toBe(1)
    expect(server.stats('/report/task/cancel/').requests).toBe(1)
    expect(progress.some((p) => p.mode === 'tasks' && p.taskStatus === 'QUEUING')).toBe(true)
    expect(service.get(req).state).toBe('empty')
    expect(service.cancel(req)).toBe(false)
  }, 120_000)
})
