/** Synthetic report data: deterministic, consistent across breakdowns, shaped like real delivery. */
import { describe, expect, it } from 'vitest'
import { fetchAll } from '#backend/tiktok-api/client'
import type { ReportSandboxOptions } from '#backend/sandbox/report-route'
import type { ReportQuery } from '#backend/tiktok-api/tool-endpoints'
import { ADVERTISER, clientFor, fakeClock, useSandbox } from '#test/helpers/sandbox'
import { dayAfter, TEST_NOW } from '#test/helpers/clock'
import { COUNTRY, createDemoAccount } from '#shared/domain/demo/index'
import { marketOfCountryCode } from '#shared/markets/market-of'

const sandbox = useSandbox()
// The demo account is seeded 45 days before this instant.
// Report dates are days around the pinned now (12:00 UTC): today, yesterday…
const NOW = TEST_NOW.getTime()
// The sandbox serves the demo account (shared/domain/demo), so its counts follow from the generator.
const DEMO = createDemoAccount(ADVERTISER, TEST_NOW)
const ADS = DEMO.ads.length
/** ISO codes of the countries of the demo's ad groups that run on Pangle. */
const PANGLE_COUNTRIES = Object.entries(COUNTRY)
  .filter(([, id]) => DEMO.adgroups.some((g) => g.placements.includes('PLACEMENT_PANGLE') && g.location_ids.includes(id)))
  .map(([iso]) => iso)
  .sort()
const day = (offset: number) => `${dayAfter(offset)} 00:00:00`
const METRICS = [
  'spend',
  'impressions',
  'clicks',
  'total_landing_page_view',
  'page_content_view_events',
  'web_event_add_to_cart',
  'initiate_checkout',
  'complete_payment',
  'conversion',
]
const base: ReportQuery = {
  advertiser_id: ADVERTISER,
  data_level: 'AUCTION_AD',
  dimensions: ['ad_id'],
  metrics: METRICS,
  start_date: dayAfter(-29),
  end_date: dayAfter(0),
}

async function report(seed: number, query: Partial<ReportQuery>, reports?: ReportSandboxOptions) {
  const server = await sandbox({ seed, now: () => new Date(NOW), reports })
  return fetchAll(clientFor(server, { clock: fakeClock() }).reportPages({ ...base, ...query }))
}

const sum = (rows: Array<{ metrics: Record<string, string> }>, m: string) => rows.reduce((n, r) => n + Number(r.metrics[m]), 0)

describe('report/integrated/get', () => {
  it('repeats exactly for a seed and differs for another', async () => {
    const a = await report(3, {})
    expect(a).toHaveLength(ADS)
    expect(await report(3, {})).toEqual(a)
    expect(await report(4, {})).not.toEqual(a)
    for (const row of a) for (const v of Object.values(row.metrics)) expect(v).toMatch(/^\d+(\.\d+)?$/)
  })

  it('agrees with itself across every breakdown', async () => {
    const totals = await report(3, { data_level: 'AUCTION_ADVERTISER', dimensions: ['advertiser_id'] })
    expect(totals).toHaveLength(1)
    for (const dimensions of [['ad_id'], ['stat_time_day'], ['country_code'], ['ad_id', 'stat_time_day', 'country_code']]) {
      const level = dimensions.includes('ad_id') ? 'AUCTION_AD' : 'AUCTION_ADVERTISER'
      const rows = await report(3, { data_level: level, dimensions })
      for (const m of METRICS) {
        expect(sum(rows, m).toFixed(2), `${m} by ${dimensions.join('+')}`).toBe(Number(totals[0]!.metrics[m]).toFixed(2))
      }
    }
  })

  it('has funnel drop-offs, weekend seasonality and no Pangle delivery in the US or EU', async () => {
    const [t] = await report(3, { data_level: 'AUCTION_ADVERTISER', dimensions: ['advertiser_id'] })
    const m = (k: string) => Number(t!.metrics[k])
    const funnel = [
      'impressions',
      'clicks',
      'total_landing_page_view',
      'page_content_view_events',
      'web_event_add_to_cart',
      'initiate_checkout',
      'complete_payment',
    ].map(m)
    for (let i = 1; i < funnel.length; i++) expect(funnel[i]).toBeLessThan(funnel[i - 1]!)

    const days = await report(3, {
      data_level: 'AUCTION_ADVERTISER',
      dimensions: ['stat_time_day'],
      start_date: '2026-10-26',
      end_date: '2026-11-22',
    })
    expect(days).toHaveLength(28)
    const byWeekday = (weekend: boolean) =>
      days.filter((d) => [0, 6].includes(new Date(`${d.dimensions.stat_time_day!.slice(0, 10)}T00:00:00Z`).getUTCDay()) === weekend)
    expect(sum(byWeekday(true), 'impressions') / 8).toBeGreaterThan(sum(byWeekday(false), 'impressions') / 20)

    const cells = await report(3, {
      report_type: 'AUDIENCE',
      data_level: 'AUCTION_ADVERTISER',
      dimensions: ['country_code', 'placement'],
      metrics: ['spend'],
    })
    const pangle = cells.filter((c) => c.dimensions.placement === 'PLACEMENT_PANGLE').map((c) => c.dimensions.country_code)
    expect(pangle.sort()).toEqual(PANGLE_COUNTRIES)
    expect(PANGLE_COUNTRIES.filter((iso) => ['US', 'EU'].includes(marketOfCountryCode(iso)))).toEqual([])
  })

  it('serves AUDIENCE reports with the BASIC totals by day, for placement, age, gender and platform', async () => {
    const audienceMetrics = ['spend', 'impressions', 'clicks', 'conversion']
    // NOW is 12:00 and AUDIENCE data runs 11 h behind by default: yesterday is in, today is not.
    const range = { start_date: dayAfter(-29), end_date: dayAfter(0), metrics: audienceMetrics }
    const byDay = (rows: Array<{ dimensions: Record<string, string>; metrics: Record<string, string> }>, m: string) => {
      const out = new Map<string, number>()
      for (const r of rows) out.set(r.dimensions.stat_time_day!, (out.get(r.dimensions.stat_time_day!) ?? 0) + Number(r.metrics[m]))
      return out
    }
    const basic = await report(3, { ...range, data_level: 'AUCTION_CAMPAIGN', dimensions: ['campaign_id', 'stat_time_day'] })
    const basicSpend = byDay(basic, 'spend')
    expect(basicSpend.has(day(0))).toBe(true)
    basicSpend.delete(day(0))
    for (const d of ['placement', 'age', 'gender', 'platform']) {
      const rows = await report(3, {
        ...range,
        report_type: 'AUDIENCE',
        data_level: 'AUCTION_CAMPAIGN',
        dimensions: ['campaign_id', 'stat_time_day', d],
      })
      expect(new Set(rows.map((r) => r.dimensions[d])).size, d).toBeGreaterThan(1)
      for (const m of ['spend', 'impressions', 'clicks']) {
        const got = byDay(rows, m)
        const want = byDay(basic, m)
        want.delete(day(0))
        expect([...got.keys()].sort(), `${d} days`).toEqual([...want.keys()].sort())
        for (const [day, n] of want) expect(got.get(day)!.toFixed(2), `${m} by ${d} on ${day}`).toBe(n.toFixed(2))
      }
    }
    // Two audience dimensions at once divide the same cells.
    const both = await report(3, { ...range, report_type: 'AUDIENCE', data_level: 'AUCTION_ADVERTISER', dimensions: ['age', 'gender'] })
    expect(sum(both, 'spend').toFixed(2)).toBe([...basicSpend.values()].reduce((a, b) => a + b, 0).toFixed(2))
    // A later latency holds yesterday back too.
    const late = await report(
      3,
      { ...range, report_type: 'AUDIENCE', data_level: 'AUCTION_ADVERTISER', dimensions: ['stat_time_day'] },
      { audienceLatencyHours: 13 },
    )
    expect(
      late
        .map((r) => r.dimensions.stat_time_day)
        .sort()
        .at(-1),
    ).toBe(day(-2))
  })

  it('refuses placement, age, gender and platform on BASIC, and BASIC-only metrics on AUDIENCE unless told otherwise', async () => {
    for (const d of ['placement', 'age', 'gender', 'platform']) {
      const e = await report(3, { dimensions: ['ad_id', d] }).catch((error: unknown) => error)
      expect(e, d).toMatchObject({ code: 40002, field: 'dimensions' })
      expect((e as Error).message).toMatch(/AUDIENCE/)
    }
    const audience: Partial<ReportQuery> = { report_type: 'AUDIENCE', dimensions: ['ad_id', 'placement'], metrics: ['spend', 'complete_payment'] }
    expect(await report(3, audience).catch((e: unknown) => e)).toMatchObject({ code: 40002, field: 'metrics' })
    const all = await report(3, audience, { audienceMetrics: 'all' })
    expect(all.length).toBeGreaterThan(0)
    expect(sum(all, 'complete_payment')).toBeGreaterThan(0)
  })

  it('attributes fewer conversions per click where consent is lower: EU < US < EAST_ASIA_TEST', async () => {
    const rows = await report(3, { data_level: 'AUCTION_ADVERTISER', dimensions: ['country_code'], metrics: ['clicks', 'page_content_view_events'] })
    const rate = (market: string) => {
      const r = rows.filter((x) => marketOfCountryCode(x.dimensions.country_code!) === market)
      expect(r.length, market).toBeGreaterThan(0)
      return sum(r, 'page_content_view_events') / sum(r, 'clicks')
    }
    const eu = rate('EU')
    const us = rate('US')
    const asia = rate('EAST_ASIA_TEST')
    expect(eu).toBeLessThan(us)
    expect(us).toBeLessThan(asia)
  })

  it('reports every pixel event the Results page charts, in funnel order, with a plausible cost per purchase', async () => {
    const metrics = [
      'spend',
      'clicks',
      'total_landing_page_view',
      'page_content_view_events',
      'web_event_add_to_cart',
      'initiate_checkout',
      'add_billing',
      'on_web_order',
      'complete_payment',
      'total_complete_payment_rate',
      'form',
      'user_registration',
    ]
    const [t] = await report(3, { data_level: 'AUCTION_ADVERTISER', dimensions: ['advertiser_id'], metrics })
    const m = (k: string) => Number(t!.metrics[k])
    const steps = ['page_content_view_events', 'web_event_add_to_cart', 'initiate_checkout', 'add_billing', 'complete_payment'].map(m)
    for (let i = 1; i < steps.length; i++) expect(steps[i]).toBeLessThanOrEqual(steps[i - 1]!)
    expect(m('on_web_order')).toBe(m('complete_payment'))
    expect(m('form')).toBeGreaterThan(0)
    expect(m('user_registration')).toBeGreaterThan(m('form'))
    expect(m('form')).toBeLessThan(m('total_landing_page_view') * 0.05)
    // Small cells must not lose the end of the funnel: purchases stay within reach of checkout × 0.6.
    expect(m('complete_payment') / m('initiate_checkout')).toBeGreaterThan(0.45)
    const cpa = m('spend') / m('complete_payment')
    const roas = m('total_complete_payment_rate') / m('spend')
    expect(cpa).toBeGreaterThan(10)
    expect(cpa).toBeLessThan(80)
    expect(roas).toBeGreaterThan(1)
    expect(roas).toBeLessThan(10)
  })

  it('enforces the 30-day limit with stat_time_day and validates names', async () => {
    const server = await sandbox({ now: () => new Date(NOW) })
    const client = clientFor(server, { clock: fakeClock() })
    const run = (q: Partial<ReportQuery>) => fetchAll(client.reportPages({ ...base, ...q })).catch((e: unknown) => e)
    expect(await run({ dimensions: ['ad_id', 'stat_time_day'], start_date: '2026-10-01', end_date: '2026-10-31' })).toMatchObject({
      code: 40002,
      field: 'end_date',
    })
    expect(await run({ dimensions: ['ad_id', 'stat_time_day'], start_date: '2026-10-12', end_date: '2026-11-10' })).toHaveLength(ADS * 30)
    // No delivery before the ads existed (2026-10-09).
    expect(await run({ dimensions: ['ad_id', 'stat_time_day'], start_date: '2026-10-01', end_date: '2026-10-10' })).toHaveLength(ADS * 2)
    expect(await run({ start_date: '2026-01-01', end_date: '2026-11-20' })).toHaveLength(ADS)
    expect(await run({ metrics: ['spend', 'made_up'] })).toMatchObject({ field: 'metrics' })
    expect(await run({ dimensions: ['campaign_id'] })).toMatchObject({ field: 'dimensions' })
  })

  it('filters by ids and pages large reports', async () => {
    // One clock for the client's spacing and the sandbox's QPS buckets: many pages, no real waiting, no 40100.
    const clock = fakeClock()
    const server = await sandbox({ now: () => new Date(NOW), clock })
    const client = clientFor(server, { clock })
    const [ad] = await fetchAll(client.adPages(ADVERTISER))
    const one = await fetchAll(
      client.reportPages({ ...base, filtering: [{ field_name: 'ad_ids', filter_type: 'IN', filter_value: JSON.stringify([ad!.ad_id]) }] }),
    )
    expect(one.map((r) => r.dimensions.ad_id)).toEqual([ad!.ad_id])
    const pages: number[] = []
    for await (const p of client.reportPages({ ...base, dimensions: ['ad_id', 'stat_time_day', 'country_code'], page_size: 100 }))
      pages.push(p.length)
    expect(pages.length).toBeGreaterThan(3)
    expect(pages.slice(0, -1).every((n) => n === 100)).toBe(true)
  })
})
