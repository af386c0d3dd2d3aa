import { describe, expect, it } from 'vitest'
import { aggregate, emptySums } from '#shared/results/aggregate'
import { funnelOf, ratesOf } from '#shared/results/rates'
import type { MetricKey, ResultRow } from '#shared/results/report-rows'
import { toColumns } from '#shared/results/result-columns'

/**
 * A BASIC row by country, and beside it the same delivery as an AUDIENCE row by placement, carrying only the
 * AUDIENCE report's figures (spend, impressions, clicks, conversions), as the fetcher stores them.
 */
function row(day: string, entityId: string, country: string, placement: string, m: Partial<Record<MetricKey, number>>): ResultRow[] {
  const audience = { spend: m.spend ?? 0, impressions: m.impressions ?? 0, clicks: m.clicks ?? 0, conversions: m.conversions ?? 0 }
  return [
    { day, entityId, dimension: 'country', key: country, metrics: { ...emptySums(), ...m } },
    { day, entityId, dimension: 'placement', key: placement, metrics: { ...emptySums(), ...audience } },
  ]
}
const audienceRow = (day: string, entityId: string, dimension: 'age' | 'gender', key: string, spend: number): ResultRow => ({
  day,
  entityId,
  dimension,
  key,
  metrics: { ...emptySums(), spend, impressions: spend * 100 },
})

// Two campaigns over four days (previous period 2026-03-01..02, current 03..04).
const ROWS: ResultRow[] = [
  ...row('2026-03-01', 'c1', 'US', 'PLACEMENT_TIKTOK', { spend: 10, impressions: 1000, clicks: 10, conversions: 1, value: 30 }),
  ...row('2026-03-02', 'c1', 'DE', 'PLACEMENT_TIKTOK', { spend: 5, impressions: 500, clicks: 5, conversions: 0 }),
  ...row('2026-03-03', 'c1', 'US-CA', 'PLACEMENT_TIKTOK', {
    spend: 100,
    impressions: 10_000,
    clicks: 100,
    conversions: 10,
    value: 500,
    ViewContent: 60,
    AddToCart: 20,
    InitiateCheckout: 12,
    Purchase: 10,
  }),
  ...row('2026-03-03', 'c2', 'JP', 'PLACEMENT_PANGLE', {
    spend: 1,
    impressions: 10,
    clicks: 1,
    conversions: 1,
    value: 40,
    ViewContent: 1,
    AddToCart: 1,
    InitiateCheckout: 1,
    Purchase: 1,
  }),
  ...row('2026-03-04', 'c2', 'JP', 'PLACEMENT_TIKTOK', { spend: 9, impressions: 990, clicks: 9, conversions: 0, ViewContent: 4 }),
  ...row('2026-03-04', 'c1', 'FR', 'PLACEMENT_TIKTOK', {
    spend: 20,
    impressions: 1000,
    clicks: 40,
    conversions: 4,
    value: 60,
    ViewContent: 30,
    AddToCart: 6,
    InitiateCheckout: 3,
    Purchase: 4,
  }),
  // Ages and genders for the current period's c1 spend (120), split another way; 2026-03-04 is not in yet (latency).
  audienceRow('2026-03-03', 'c1', 'age', 'AGE_18_24', 70),
  audienceRow('2026-03-03', 'c1', 'age', 'AGE_25_34', 30),
  audienceRow('2026-03-03', 'c1', 'gender', 'FEMALE', 60),
  audienceRow('2026-03-03', 'c1', 'gender', 'NONE', 40),
  audienceRow('2026-03-01', 'c1', 'age', 'AGE_55_100', 10),
]
const cols = toColumns(ROWS)
const current = { from: '2026-03-03', to: '2026-03-04' }

describe('aggregate', () => {
  const view = aggregate(cols, { range: current, bucket: 'day', compare: true })

  it('sums the current period and the previous one separately', () => {
    expect(view.total).toMatchObject({ spend: 130, impressions: 12_000, clicks: 150, conversions: 15, value: 600, Purchase: 15 })
    expect(view.previousRange).toEqual({ from: '2026-03-01', to: '2026-03-02' })
    expect(view.previousTotal).toMatchObject({ spend: 15, impressions: 1500, clicks: 15, conversions: 1, value: 30 })
    expect(view.rowCount).toBe(4)
  })

  it('buckets by day, each aligned with the day at the same offset in the previous period', () => {
    expect(view.series.map((p) => [p.start, p.sums.spend, p.previous?.spend])).toEqual([
      ['2026-03-03', 101, 10],
      ['2026-03-04', 29, 5],
    ])
  })

  it('buckets by 7-day blocks from the range start', () => {
    const weekly = aggregate(cols, { range: { from: '2026-03-01', to: '2026-03-10' }, bucket: 'week', compare: false })
    expect(weekly.series.map((p) => [p.start, p.sums.spend])).toEqual([
      ['2026-03-01', 145],
      ['2026-03-08', 0],
    ])
    expect(weekly.previousTotal).toBeNull()
    expect(weekly.series[0]!.previous).toBeNull()
  })

  it('breaks the current period down by entity, market (US-CA is US) and placement', () => {
    const by = (list: Array<{ key: string; sums: { spend: number } }>) => Object.fromEntries(list.map((b) => [b.key, b.sums.spend]))
    expect(by(view.byEntity)).toEqual({ c1: 120, c2: 10 })
    expect(by(view.byMarket)).toEqual({ US: 100, EU: 20, EAST_ASIA_TEST: 10 })
    expect(by(view.byPlacement)).toEqual({ PLACEMENT_TIKTOK: 129, PLACEMENT_PANGLE: 1 })
    // Every breakdown adds up to the total.
    for (const list of [view.byEntity, view.byMarket, view.byPlacement]) expect(list.reduce((n, b) => n + b.sums.clicks, 0)).toBe(view.total.clicks)
  })

  it('keeps AUDIENCE rows out of the totals and breaks the current period down by age and gender', () => {
    // The totals come from the country rows alone: the placement, age and gender rows repeat the same delivery.
    expect(view.total.spend).toBe(130)
    expect(view.series.map((p) => p.sums.spend)).toEqual([101, 29])
    const by = (list: Array<{ key: string; sums: { spend: number } }>) => Object.fromEntries(list.map((b) => [b.key, b.sums.spend]))
    expect(by(view.byAge)).toEqual({ AGE_18_24: 70, AGE_25_34: 30 })
    expect(by(view.byGender)).toEqual({ FEMALE: 60, NONE: 40 })
    expect(view.byPlatform).toEqual([])
    // A value that is both an age and a gender elsewhere stays in its own dimension.
    expect(view.byAge.every((b) => b.key.startsWith('AGE_'))).toBe(true)
    expect(view.audienceThrough).toBe('2026-03-04')
    const onlyAges = aggregate(toColumns(ROWS.filter((r) => r.dimension === 'country' || r.dimension === 'age')), {
      range: current,
      bucket: 'day',
      compare: false,
    })
    expect(onlyAges.audienceThrough).toBe('2026-03-03')
  })

  it('answers an empty range with zeros, no breakdowns and no rates', () => {
    const empty = aggregate(cols, { range: { from: '2027-01-01', to: '2027-01-03' }, bucket: 'day', compare: true })
    expect(empty.rowCount).toBe(0)
    expect(empty.total).toEqual(emptySums())
    expect(empty.series).toHaveLength(3)
    expect(empty.byEntity).toEqual([])
    expect(empty.byMarket).toEqual([])
    expect(ratesOf(empty.total)).toEqual({ ctr: null, cpc: null, cpm: null, cpa: null, roas: null, cvr: null })
    expect(aggregate(toColumns([]), { range: current, bucket: 'day', compare: false }).total).toEqual(emptySums())
  })
})

describe('rates', () => {
  it('computes every rate from the sums, not by averaging per-row rates', () => {
    const { total } = aggregate(cols, { range: current, bucket: 'day', compare: false })
    const r = ratesOf(total)
    expect(r.cpa).toBeCloseTo(130 / 15) // 8.67; the mean of the rows' CPAs (10, 1, 5) would be 5.33
    expect(r.roas).toBeCloseTo(600 / 130)
    expect(r.ctr).toBeCloseTo(150 / 12_000)
    expect(r.cpc).toBeCloseTo(130 / 150)
    expect(r.cpm).toBeCloseTo((130 / 12_000) * 1000)
    expect(r.cvr).toBeCloseTo(15 / 150)
  })

  it('leaves a rate empty where its denominator is 0', () => {
    expect(ratesOf({ ...emptySums(), spend: 5, impressions: 100 })).toMatchObject({ cpa: null, cpc: null, roas: 0, ctr: 0 })
  })

  it('gives funnel step rates from step counts', () => {
    const { total } = aggregate(cols, { range: current, bucket: 'day', compare: false })
    const f = funnelOf(total)
    expect(f.map((s) => [s.event, s.count])).toEqual([
      ['ViewContent', 95],
      ['AddToCart', 27],
      ['InitiateCheckout', 16],
      ['Purchase', 15],
    ])
    expect(f[0]!.fromPrevious).toBeNull()
    expect(f[1]!.fromPrevious).toBeCloseTo(27 / 95)
    expect(f[3]!.fromPrevious).toBeCloseTo(15 / 16)
    expect(f[3]!.fromFirst).toBeCloseTo(15 / 95)
    expect(funnelOf(emptySums()).every((s) => s.fromPrevious === null && s.fromFirst === null)).toBe(true)
  })
})
