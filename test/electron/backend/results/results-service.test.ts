/** Results downloaded from the real sandbox server over HTTP, cached on disk, read back offline. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { fetchResults } from '#backend/results/report-fetcher'
import { encodeCache, resultsCache } from '#backend/results/results-cache'
import { createResultsService, daysToFetch } from '#backend/results/results-service'
import { ServiceError } from '#backend/app/service-error'
import { fetchAll } from '#backend/tiktok-api/client'
import { daysIn, splitRange } from '#shared/results/date-range'
import { RESULT_DIMENSIONS, REVISION_DAYS } from '#shared/results/report-types'
import { createDemoAccount, DEMO_PIXELS } from '#shared/domain/demo/index'
import type { ResultsProgress, ResultsSnapshot } from '#shared/results/results-types'
import { rowsOf } from '#shared/results/result-columns'
import { ADVERTISER, clientFor, fakeClock, useSandbox } from '#test/helpers/sandbox'
import { useTempDirs } from '#test/helpers/temp-dir'
import { TEST_NOW_ISO, dayAfter, testNow } from '#test/helpers/clock'

const sandbox = useSandbox()
const tempDir = useTempDirs()
const NOW = Date.parse('2026-11-23T12:00:00Z')
/** What the sandbox is seeded with: the one demo account. */
const DEMO = createDemoAccount(ADVERTISER, new Date(NOW))
/** The client's report page size (tool-endpoints.ts). */
const REPORT_PAGE = 1000
// 83 days: three report windows of at most 30 days.
const RANGE = { from: '2026-09-01', to: '2026-11-22' }

async function setUp() {
  // The client runs on a fake clock, so the server's QPS limit is lifted to keep real time out of the test.
  const server = await sandbox({ seed: 3, now: () => new Date(NOW), qps: { default: 10_000 } })
  const client = clientFor(server, { clock: fakeClock() })
  const progress: ResultsProgress[] = []
  const dataDir = tempDir()
  const service = createResultsService({
    dataDir,
    client: async () => client,
    currencyOf: () => 'USD',
    onProgress: (p) => progress.push(p),
    now: () => new Date(NOW),
  })
  return { server, client, service, progress, dataDir }
}

/** Requests a download of `range` takes: per 30-day window and breakdown, its rows in pages of 1,000 (at least one page). */
function reportRequests(rows: Array<{ day: string; dimension: string }>, range: { from: string; to: string }) {
  return splitRange(range)
    .flatMap((w) =>
      RESULT_DIMENSIONS.map((d) =>
        Math.max(1, Math.ceil(rows.filter((r) => r.dimension === d && r.day >= w.from && r.day <= w.to).length / REPORT_PAGE)),
      ),
    )
    .reduce((a, b) => a + b, 0)
}

/** The snapshot's columns as row objects, to check them one by one. */
const rowsIn = (snap: ResultsSnapshot) => rowsOf(snap.columns, '0000-01-01', '9999-12-31')
const sum = (rows: Array<{ metrics: Record<string, number> }>, k: string) => rows.reduce((n, r) => n + r.metrics[k]!, 0)

// The demo account's 21 ads over 83 days fill several report pages per window: ~3 s alone, more on a busy machine.
describe('results service against the sandbox', { timeout: 30_000 }, () => {
  it('downloads a long range in 30-day windows, every page, and agrees with the API’s own totals', async () => {
    const { server, client, service, progress } = await setUp()
    const snap = await service.refresh({ advertiserId: ADVERTISER, level: 'ad', ...RANGE })

    expect(snap.state).toBe('ready')
    expect(snap.currency).toBe('USD')
    expect(snap.lastRefreshedAt).toBe(new Date(NOW).toISOString())
    expect(snap.coverage).toEqual([RANGE])
    expect(snap.missingMetrics).toEqual([])
    // Per window, the BASIC report by country and one AUDIENCE report each for placement, age, gender and platform,
    // each read to its last page (more than one report per window: the demo's ad rows fill more than a page).
    expect(splitRange(RANGE)).toHaveLength(3)
    const requests = reportRequests(rowsIn(snap), RANGE)
    expect(requests).toBeGreaterThan(3 * 5)
    expect(server.stats('/report/integrated/get/').requests).toBe(requests)
    // The ad count that picks the synchronous report, 3 windows × 5 reports, names, pixels.
    expect(progress.map((p) => `${p.done}/${p.total}`)).toEqual(Array.from({ length: 18 }, (_, i) => `${i + 1}/18`))
    expect(new Set(progress.map((p) => p.mode))).toEqual(new Set(['sync']))

    // The demo account was created 45 days before NOW: nothing before, something on every day after.
    const days = new Set(rowsIn(snap).map((r) => r.day))
    expect([...days].sort()[0]).toBe('2026-10-09')
    expect(days.size).toBe(daysIn({ from: '2026-10-09', to: RANGE.to }))

    const [totals] = await fetchAll(
      client.reportPages({
        advertiser_id: ADVERTISER,
        data_level: 'AUCTION_ADVERTISER',
        dimensions: ['advertiser_id'],
        metrics: ['spend', 'impressions', 'complete_payment', 'total_complete_payment_rate'],
        start_date: RANGE.from,
        end_date: RANGE.to,
      }),
    )
    const countries = rowsIn(snap).filter((r) => r.dimension === 'country')
    expect(sum(countries, 'spend').toFixed(2)).toBe(totals!.metrics.spend)
    expect(String(sum(countries, 'impressions'))).toBe(totals!.metrics.impressions)
    expect(String(sum(countries, 'Purchase'))).toBe(totals!.metrics.complete_payment)
    expect(sum(countries, 'value').toFixed(2)).toBe(totals!.metrics.total_complete_payment_rate)
    // Each AUDIENCE breakdown adds up to the same delivery (the range ends yesterday, past the report's latency),
    // and carries no pixel events or purchase value: the AUDIENCE report is not asked for them.
    for (const d of ['placement', 'age', 'gender', 'platform']) {
      const rows = rowsIn(snap).filter((r) => r.dimension === d)
      expect(sum(rows, 'spend').toFixed(2), d).toBe(totals!.metrics.spend)
      expect(String(sum(rows, 'impressions')), d).toBe(totals!.metrics.impressions)
      expect(sum(rows, 'Purchase') + sum(rows, 'value'), d).toBe(0)
    }

    // Names for the table and pixels with the renamed event folded in.
    expect(Object.values(snap.entityNames).sort()).toEqual(DEMO.ads.map((a) => a.ad_name).sort())
    expect(snap.pixels.map((p) => p.name)).toEqual(DEMO_PIXELS.map((p) => p.pixel_name))
    expect(snap.pixels[0]!.events).toEqual(['ViewContent', 'AddToCart', 'Purchase'])
  })

  it('follows page_info through every page of every window', async () => {
    const { server, client } = await setUp()
    const plan = { advertiserId: ADVERTISER, level: 'ad' as const, range: RANGE, dimensions: ['country', 'placement'] as const }
    const onePage = await fetchResults(client, plan)
    const calls = server.stats('/report/integrated/get/').requests
    const paged = await fetchResults(client, { ...plan, pageSize: 100 })
    expect(server.stats('/report/integrated/get/').requests - calls).toBeGreaterThan(onePage.rows.length / 100)
    expect(paged.rows).toEqual(onePage.rows)
  })

  it('answers from disk once the connection is gone, filtered to the asked range', async () => {
    const { server, service, dataDir } = await setUp()
    await service.refresh({ advertiserId: ADVERTISER, level: 'campaign', ...RANGE })
    await server.close()

    const offline = createResultsService({ dataDir, client: () => Promise.reject(new Error('unused')), currencyOf: () => null, now: testNow })
    const snap = offline.get({ advertiserId: ADVERTISER, level: 'campaign', from: '2026-11-01', to: '2026-11-07' })
    expect(snap.state).toBe('ready')
    expect(snap.lastRefreshedAt).toBe(new Date(NOW).toISOString())
    expect(new Set(rowsIn(snap).map((r) => r.day)).size).toBe(7)
    expect(new Set(rowsIn(snap).map((r) => r.entityId)).size).toBe(DEMO.campaigns.length)
    expect(offline.get({ advertiserId: ADVERTISER, level: 'ad', ...RANGE }).state).toBe('empty')
    // Written atomically: no temporary file left behind.
    expect(readdirSync(`${dataDir}/results/${ADVERTISER}`)).toEqual(['campaign.cols'])
  })

  it('merges a second download into the cache, keeping the days outside it', async () => {
    const { service } = await setUp()
    await service.refresh({ advertiserId: ADVERTISER, level: 'campaign', from: '2026-11-01', to: '2026-11-10' })
    const snap = await service.refresh({ advertiserId: ADVERTISER, level: 'campaign', from: '2026-11-08', to: '2026-11-20' })
    expect(snap.coverage).toEqual([{ from: '2026-11-01', to: '2026-11-20' }])
    const all = service.get({ advertiserId: ADVERTISER, level: 'campaign', from: '2026-11-01', to: '2026-11-20' })
    expect(new Set(rowsIn(all).map((r) => r.day)).size).toBe(20)
    // No day counted twice where the downloads overlapped.
    const keys = rowsIn(all).map((r) => `${r.day}/${r.entityId}/${r.dimension}/${r.key}`)
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('refreshes only the days not yet final, keeping the older ones from the cache', async () => {
    const { server, service } = await setUp()
    const req = { advertiserId: ADVERTISER, level: 'campaign' as const, from: dayAfter(-44), to: dayAfter(-3) }
    const first = await service.refresh(req)
    // 42 days: two 30-day windows × five reports, each to its last page.
    expect(splitRange(req)).toHaveLength(2)
    const requests = reportRequests(rowsIn(first), req)
    expect(server.stats('/report/integrated/get/').requests).toBe(requests)
    const again = await service.refresh(req)
    // Refreshed at the pinned now: the last REVISION_DAYS days may still change, so one window, five reports.
    const recent = { from: dayAfter(-REVISION_DAYS), to: req.to }
    expect(reportRequests(rowsIn(again), recent)).toBe(5)
    expect(server.stats('/report/integrated/get/').requests).toBe(requests + 5)
    expect(rowsIn(again)).toHaveLength(rowsIn(first).length)
    expect(sum(rowsIn(again), 'spend').toFixed(2)).toBe(sum(rowsIn(first), 'spend').toFixed(2))
    expect(daysToFetch(req, { coverage: [req], lastRefreshedAt: TEST_NOW_ISO })).toEqual(recent)
    // A gap in what was downloaded is fetched from its first day; a range wholly final asks for its last day only.
    expect(daysToFetch(req, { coverage: [{ from: '2026-10-10', to: '2026-10-31' }], lastRefreshedAt: '2026-12-30T00:00:00.000Z' })).toEqual({
      from: '2026-11-01',
      to: req.to,
    })
    expect(daysToFetch(req, { coverage: [req], lastRefreshedAt: '2026-12-30T00:00:00.000Z' })).toEqual({ from: req.to, to: req.to })
    expect(daysToFetch(req, null)).toEqual(req)
  })

  it('reports a damaged cache instead of failing, and a refresh replaces it', async () => {
    const { service, dataDir } = await setUp()
    await service.refresh({ advertiserId: ADVERTISER, level: 'campaign', from: '2026-11-01', to: '2026-11-03' })
    const file = `${dataDir}/results/${ADVERTISER}/campaign.cols`
    const fresh = () => createResultsService({ dataDir, client: () => Promise.reject(new Error('offline')), currencyOf: () => null, now: testNow })
    const good = readFileSync(file)
    const read = resultsCache(dataDir).read(ADVERTISER, 'campaign')
    if (read.state !== 'ready') throw new Error('expected a readable cache')
    const flipped = Uint8Array.from(good)
    flipped[flipped.length - 3]! ^= 0xff
    // Well-formed files (the CRC matches) whose contents are impossible: an index past its dictionary, a NaN figure.
    const badIndex = { ...read.data, columns: { ...read.data.columns, day: read.data.columns.day.map((d, i) => (i === 0 ? 999 : d)) } }
    const nan = { ...read.data, columns: { ...read.data.columns, values: read.data.columns.values.map((v, i) => (i === 5 ? Number.NaN : v)) } }

    for (const junk of [
      good.subarray(0, good.length - 8),
      flipped,
      Buffer.from('{"format":1,"rows":['),
      encodeCache(ADVERTISER, 'campaign', badIndex),
      encodeCache(ADVERTISER, 'campaign', nan),
      encodeCache('999', 'campaign', read.data),
    ]) {
      writeFileSync(file, junk)
      const snap = fresh().get({ advertiserId: ADVERTISER, level: 'campaign', from: '2026-11-01', to: '2026-11-03' })
      expect(snap.state).toBe('corrupt')
      expect(snap.problem).toMatch(/damaged/)
      expect(rowsIn(snap)).toEqual([])
    }
    const repaired = await service.refresh({ advertiserId: ADVERTISER, level: 'campaign', from: '2026-11-01', to: '2026-11-03' })
    expect(repaired.state).toBe('ready')
    expect(rowsIn(repaired).length).toBeGreaterThan(0)
  })

  it('keeps the saved results and says so when TikTok keeps failing or sends a report it cannot read', async () => {
    const { server, service } = await setUp()
    const req = { advertiserId: ADVERTISER, level: 'campaign' as const, from: '2026-11-01', to: '2026-11-03' }
    await service.refresh(req)
    // 50002 is transient: the client retries five times, then gives up.
    server.faults.add({ endpoint: '/report/integrated/get/', kind: 'error-code', code: 50002 })
    const failed = await service.refresh(req).catch((e: unknown) => e)
    expect(failed).toBeInstanceOf(ServiceError)
    expect((failed as ServiceError).message).toMatch(/^Could not download results from TikTok: .*50002/)
    expect(service.get(req).columns.length).toBeGreaterThan(0)

    const junk = createResultsService({
      dataDir: tempDir(),
      now: testNow,
      currencyOf: () => null,
      client: async () => ({
        ...(await setUp()).client,
        reportPages: async function* () {
          yield [{ dimensions: { campaign_id: '1', stat_time_day: '2026-11-01 00:00:00' }, metrics: { spend: '12,5 €' } }]
        },
      }),
    })
    const unreadable = await junk.refresh(req).catch((e: unknown) => e)
    expect((unreadable as ServiceError).message).toMatch(/could not read \(spend: Unexpected metric value "12,5 €"\)/)
  })

  it('turns a refused token into a message that says what to do, keeping the saved results', async () => {
    const { server, service, dataDir } = await setUp()
    await service.refresh({ advertiserId: ADVERTISER, level: 'campaign', from: '2026-11-01', to: '2026-11-03' })
    const badToken = createResultsService({
      dataDir,
      now: testNow,
      client: async () => clientFor(server, { accessToken: 'wrong', clock: fakeClock() }),
      currencyOf: () => 'USD',
    })
    const error = await badToken
      .refresh({ advertiserId: ADVERTISER, level: 'campaign', from: '2026-11-01', to: '2026-11-03' })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ServiceError)
    expect((error as ServiceError).code).toBe('FORBIDDEN')
    expect((error as ServiceError).message).toMatch(/Reconnect/)
    expect(badToken.get({ advertiserId: ADVERTISER, level: 'campaign', from: '2026-11-01', to: '2026-11-03' }).state).toBe('ready')
  })
})
