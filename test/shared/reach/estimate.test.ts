import { describe, expect, it } from 'vitest'
import { estimateReach, type ReachInput } from '#shared/reach/estimate'
import { stageOf, toRange } from '#shared/reach/stage'
import { SOURCES } from '#shared/markets/sources'
import { broad } from './targeting-fixtures'

const JAPAN = '1861060'
const GERMANY = '2921044'
const US = '6252001'

describe('estimateReach', () => {
  it('gives every market a waterfall whose steps multiply to its audience', () => {
    const r = estimateReach(broad({ location_ids: [US, GERMANY, JAPAN], interest_category_ids: ['20001', '20002'], gender: 'GENDER_FEMALE' }))
    expect(r.markets.map((m) => m.market)).toEqual(['EAST_ASIA_TEST', 'US', 'EU'])
    for (const m of r.markets) {
      const product = m.waterfall.reduce((n, s) => n * s.factor, m.waterfall[0]!.remaining)
      expect(product).toBeCloseTo(m.audience, 3)
      expect(m.waterfall.at(-1)!.remaining).toBeCloseTo(m.audience, 3)
      expect(m.waterfall.map((s) => s.key)).toEqual(['base', 'age', 'gender', 'language', 'devices', 'interests', 'consent', 'placements'])
      for (const s of m.waterfall) for (const src of s.sources) expect(SOURCES[src]).toBeDefined()
    }
    expect(r.total.audience).toBeCloseTo(
      r.markets.reduce((n, m) => n + m.audience, 0),
      3,
    )
  })

  it('starts the US from TikTok’s published 135.8M adults plus modelled teens', () => {
    const m = estimateReach(broad()).markets[0]!
    expect(m.waterfall[0]!.remaining).toBeCloseTo(135.8e6 / 0.9, 0)
    // All adult ages, no teens: 90% of 13+ users, everyone reachable by broad targeting.
    expect(m.audience).toBeCloseTo(135.8e6, 0)
    expect(m.stage).toBe(4)
    expect([m.lower_end, m.upper_end]).toEqual([122_220_000, 149_380_000])
  })

  it('halves EU adults for interest targeting (GDPR consent) and drops 13–17', () => {
    const r = estimateReach(broad({ location_ids: [GERMANY], age_groups: ['AGE_13_17', 'AGE_18_24'], interest_category_ids: ['400'] }))
    const consent = r.markets[0]!.waterfall.find((s) => s.key === 'consent')!
    const age = r.markets[0]!.waterfall.find((s) => s.key === 'age')!
    // Teens are t/(1−t) of adults with t = 17.5%: adults 18–24 are 0.307 of adults.
    const teens = 0.175 / 0.825
    expect(consent.factor).toBeCloseTo((0.307 * 0.5) / (0.307 + teens), 6)
    expect(age.factor).toBeCloseTo((0.307 + teens) / (1 + teens), 6)
    expect(r.reasons.some((x) => x.market === 'EU' && x.source === 'dsa-art-28')).toBe(true)
    expect(r.reasons.some((x) => x.source === 'gdpr-consent-studies')).toBe(true)
  })

  it('uses the advertiser’s consent override and says so', () => {
    const t = broad({ location_ids: [GERMANY], interest_category_ids: ['400'] })
    const a = estimateReach(t)
    const b = estimateReach(t, { EU: { interests: 0.25 } })
    expect(b.markets[0]!.audience).toBeCloseTo(a.markets[0]!.audience / 2, 3)
    expect(b.reasons.find((x) => x.source === 'gdpr-consent-studies')!.text).toContain('your setting; default 50%')
    expect(b.markets[0]!.waterfall.find((s) => s.key === 'consent')!.detail).toContain('your override')
  })

  it('adds Pangle reach in Japan but none in the US', () => {
    const pangle = { placements: ['PLACEMENT_TIKTOK', 'PLACEMENT_PANGLE'] as ReachInput['placements'] }
    const us = estimateReach(broad(pangle)).markets[0]!
    expect(us.waterfall.at(-1)!.factor).toBe(1)
    const jp = estimateReach(broad({ ...pangle, location_ids: [JAPAN] })).markets[0]!
    expect(jp.waterfall.at(-1)!.factor).toBeCloseTo(1.35, 6)
    // Personalised delivery in other apps needs a device-id match and consent: 43% of the extra.
    const jpInterest = estimateReach(broad({ ...pangle, location_ids: [JAPAN], interest_category_ids: ['400'] })).markets[0]!
    expect(jpInterest.waterfall.at(-1)!.factor).toBeCloseTo(1 + 0.35 * 0.43, 6)
    expect(estimateReach(broad({ placements: ['PLACEMENT_PANGLE'] })).total.audience).toBe(0)
  })

  it('reports countries outside the three markets as unsupported instead of estimating them', () => {
    const r = estimateReach(broad({ location_ids: ['2635167', '999'] }))
    expect(r.markets).toEqual([])
    expect(r.unsupported.map((u) => u.name)).toEqual(['United Kingdom', 'unknown location 999'])
    expect(r.reasons[0]!.text).toMatch(/United Kingdom: not estimated/)
    expect(r.total).toMatchObject({ audience: 0, lower_end: 0, upper_end: 0, stage: 1 })
  })

  it('counts a region once when its country is also selected', () => {
    const a = estimateReach(broad({ location_ids: [US] }))
    const b = estimateReach(broad({ location_ids: [US, '5332921'] }))
    expect(b.total.audience).toBe(a.total.audience)
    const ca = estimateReach(broad({ location_ids: ['5332921'] }))
    expect(ca.total.audience).toBeCloseTo(a.total.audience * 0.118, 0)
  })

  it('narrows by iOS share with a published figure per country', () => {
    const ios = estimateReach(broad({ location_ids: [JAPAN], operating_systems: ['IOS'] })).markets[0]!
    expect(ios.waterfall.find((s) => s.key === 'devices')!.factor).toBeCloseTo(0.64, 6)
    expect(ios.waterfall.find((s) => s.key === 'devices')!.sources).toEqual(['statcounter-ios-2025'])
  })

  it('takes no age group as TikTok’s default, 18+', () => {
    expect(estimateReach(broad({ age_groups: [] })).total.audience).toBeCloseTo(estimateReach(broad()).total.audience, 3)
  })

  it('counts interest ids it does not know as no one, and says so', () => {
    const r = estimateReach(broad({ interest_category_ids: ['999999'] }))
    expect(r.total.audience).toBe(0)
    expect(r.reasons.map((x) => x.text)).toContain('United States: 999999 not in Adwright’s interest list, counted as no one.')
  })

  it('is modelled and leaves a slot for TikTok’s own figure', () => {
    const r = estimateReach(broad())
    expect(r.modelled).toBe(true)
    expect(r.tiktok).toBeNull()
  })
})

describe('stages (TikTok thresholds)', () => {
  it('maps share of the possible audience to the four stages', () => {
    expect(stageOf(9_999, 100_000)).toBe(1)
    expect(stageOf(10_000, 100_000)).toBe(2)
    expect(stageOf(20_000, 100_000)).toBe(3)
    expect(stageOf(19_999, 1_000_000)).toBe(2)
    expect(stageOf(200_000, 1_000_000)).toBe(3)
    expect(stageOf(799_999, 1_000_000)).toBe(3)
    expect(stageOf(800_000, 1_000_000)).toBe(4)
    expect(stageOf(0, 0)).toBe(1)
  })
  it('gives a ±10% range', () => {
    expect(toRange(119_144_000, 130_000_000)).toMatchObject({ lower_end: 107_230_000, upper_end: 131_058_000 })
  })
})
