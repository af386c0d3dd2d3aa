import { describe, expect, it } from 'vitest'
import type { Audience } from '#shared/audiences/schemas'
import { DEFAULT_CONSENT } from '#shared/markets/consent'
import { ESTIMATED_MARKETS, MARKET_PROFILES } from '#shared/markets/markets'
import { SOURCES } from '#shared/markets/sources'
import { estimateReach, type ReachInput } from '#shared/reach/estimate'
import type { ConsentOverrides } from '#shared/markets/consent'
import type { MarketEstimate } from '#shared/reach/types'
import { catalogue, customerFile, engagement, lookalike, pixel } from './audience-fixtures'
import { broad } from './targeting-fixtures'

const US = '6252001'
const GERMANY = '2921044'
const JAPAN = '1861060'
const KOREA = '1835841'
/** Everyone 13+ in the US: TikTok's 135.8M adults are 90% of users (notes §2.5–2.6). */
const US_BASE = 135.8e6 / 0.9

const keys = (m: MarketEstimate) => m.waterfall.map((s) => s.key)
const factor = (m: MarketEstimate, key: string) => m.waterfall.find((s) => s.key === key)?.factor
const run = (t: Partial<ReachInput>, cat = catalogue(), overrides: ConsentOverrides = {}) => estimateReach(broad(t), overrides, cat)
const chain = (m: MarketEstimate, ks: string[]) => ks.reduce((n, k) => n * (factor(m, k) ?? 1), 1)
const OFF_APP = ['partner-data', 'att', 'advertiser-consent', 'korea-identity']

describe('reach with custom audiences', () => {
  it('keeps the targeting waterfall unchanged when an ad group uses no audiences', () => {
    expect(keys(run({}).markets[0]!)).toEqual(['base', 'age', 'gender', 'language', 'devices', 'interests', 'consent', 'placements'])
  })

  it('US customer file: matched share, then partner opt-out, iOS × ATT and advertiser consent (notes §5: ≈ 0.48)', () => {
    const m = run({ audience_ids: ['1'] }, catalogue(customerFile('1', 1_000_000))).markets[0]!
    expect(keys(m)).toEqual([
      'base',
      'age',
      'gender',
      'language',
      'devices',
      'interests',
      'audiences',
      'consent',
      ...OFF_APP.slice(0, 3),
      'placements',
    ])
    expect(factor(m, 'audiences')).toBeCloseTo(1e6 / US_BASE, 9)
    expect(factor(m, 'consent')).toBe(1)
    expect(factor(m, 'partner-data')).toBeCloseTo(0.9, 9)
    expect(factor(m, 'att')).toBeCloseTo(1 - 0.58 + 0.58 * 0.25, 9)
    expect(factor(m, 'advertiser-consent')).toBeCloseTo(0.95, 9)
    expect(chain(m, OFF_APP)).toBeCloseTo(0.483, 3)
    // 10% of the matched people are 13–17, left out by the 18+ age choice.
    expect(m.audience).toBeCloseTo(1e6 * 0.9 * 0.9 * 0.565 * 0.95, 0)
    for (const s of m.waterfall) for (const src of s.sources) expect(SOURCES[src]).toBeDefined()
  })

  it('EU pixel audience: GDPR consent once, iOS × ATT, cookie consent (notes §5: ≈ 0.20)', () => {
    const m = run({ location_ids: [GERMANY], audience_ids: ['p'] }, catalogue(pixel('p', 500_000))).markets[0]!
    expect(factor(m, 'consent')).toBe(0.5)
    expect(factor(m, 'partner-data')).toBe(1)
    expect(m.waterfall.find((s) => s.key === 'partner-data')!.detail).toMatch(/counted once/)
    expect(factor(m, 'att')).toBeCloseTo(0.72 + 0.28 * 0.3, 9)
    expect(factor(m, 'advertiser-consent')).toBe(0.5)
    expect(m.waterfall.find((s) => s.key === 'advertiser-consent')!.label).toMatch(/cookies/)
    expect(chain(m, ['consent', ...OFF_APP])).toBeCloseTo(0.201, 3)
  })

  it('counts EU consent once when interests and an audience are combined', () => {
    const cat = catalogue(customerFile('1', 500_000))
    const withInterests = run({ location_ids: [GERMANY], audience_ids: ['1'], interest_category_ids: ['400'] }, cat).markets[0]!
    expect(factor(withInterests, 'consent')).toBe(0.5)
    expect(factor(withInterests, 'partner-data')).toBe(1)
  })

  it('Japan ≈ 0.45 and Korea ≈ 0.6, Korea’s identity consent as its own step (notes §5)', () => {
    const cat = catalogue(customerFile('1', 100_000))
    const jp = run({ location_ids: [JAPAN], audience_ids: ['1'] }, cat).markets[0]!
    expect(chain(jp, OFF_APP)).toBeCloseTo(0.9 * (0.36 + 0.64 * 0.3) * 0.9, 9)
    expect(keys(jp)).not.toContain('korea-identity')
    const kr = run({ location_ids: [KOREA], audience_ids: ['1'] }, cat).markets[0]!
    expect(factor(kr, 'advertiser-consent')).toBe(1)
    expect(factor(kr, 'korea-identity')).toBeCloseTo(0.8, 9)
    expect(chain(kr, OFF_APP)).toBeCloseTo(0.604, 3)
  })

  it('an in-app engagement audience follows the in-app rules only', () => {
    const cat = catalogue(engagement('e', 2_000_000))
    const m = run({ audience_ids: ['e'] }, cat).markets[0]!
    for (const k of OFF_APP) expect(keys(m)).not.toContain(k)
    expect(m.audience).toBeCloseTo(2e6 * 0.9, 0)
    const eu = run({ location_ids: [GERMANY], audience_ids: ['e'] }, cat).markets[0]!
    expect(factor(eu, 'consent')).toBe(0.5)
  })

  it('a mix of audiences: the consent steps cut only the off-TikTok part of the union', () => {
    const e = 2e6 / US_BASE
    const c = 1e6 / US_BASE
    const m = run({ audience_ids: ['e', '1'] }, catalogue(engagement('e', 2e6), customerFile('1', 1e6))).markets[0]!
    expect(factor(m, 'audiences')).toBeCloseTo(1 - (1 - e) * (1 - c), 12)
    const after = 1 - (1 - e) * (1 - c * 0.9 * 0.565 * 0.95)
    expect(factor(m, 'audiences')! * chain(m, OFF_APP)).toBeCloseTo(after, 12)
  })

  it('excluding subtracts the consented, matched overlap; included and excluded at once leaves no one', () => {
    const cat = catalogue(customerFile('1', 10e6))
    const m = run({ excluded_audience_ids: ['1'] }, cat).markets[0]!
    expect(factor(m, 'excluded')).toBeCloseTo(1 - (10e6 / US_BASE) * 0.9 * 0.565 * 0.95, 9)
    expect(factor(m, 'consent')).toBe(1)
    expect(run({ audience_ids: ['1'], excluded_audience_ids: ['1'] }, cat).markets[0]!.audience).toBe(0)
  })

  it('a lookalike scales with the country’s base, in its own locations and OS only', () => {
    const cat = catalogue(
      customerFile('seed', 50_000),
      lookalike('l', 'seed', [US]),
      lookalike('ios', 'seed', [US], { mobile_os: 'IOS', audience_size: 'BROAD' }),
    )
    const m = run({ audience_ids: ['l'] }, cat).markets[0]!
    expect(factor(m, 'audiences')).toBeCloseTo(0.05, 12)
    for (const k of OFF_APP) expect(keys(m)).not.toContain(k)
    expect(run({ location_ids: [GERMANY], audience_ids: ['l'] }, cat).markets[0]!.audience).toBe(0)
    expect(factor(run({ audience_ids: ['ios'] }, cat).markets[0]!, 'audiences')).toBeCloseTo(0.1 * 0.58, 12)
    // The same lookalike in a market twice the size reaches twice the people.
    const jp = run({ location_ids: [JAPAN], audience_ids: ['l'] }, catalogue(customerFile('seed', 50_000), lookalike('l', 'seed', [JAPAN])))
      .markets[0]!
    expect(jp.waterfall.find((s) => s.key === 'audiences')!.remaining / jp.waterfall.find((s) => s.key === 'interests')!.remaining).toBeCloseTo(
      0.05,
      12,
    )
  })

  it('with include_source, the seed keeps its own off-app path', () => {
    const s = 50_000 / US_BASE
    const cat = catalogue(customerFile('seed', 50_000), lookalike('l', 'seed', [US], { include_source: true }))
    const m = run({ audience_ids: ['l'] }, cat).markets[0]!
    expect(factor(m, 'audiences')).toBeCloseTo(1 - 0.95 * (1 - s), 12)
    expect(factor(m, 'partner-data')).toBeCloseTo((1 - 0.95 * (1 - s * 0.9)) / (1 - 0.95 * (1 - s)), 12)
  })

  it('the advertiser’s own off-app figure replaces the modelled factors', () => {
    const m = run({ audience_ids: ['1'] }, catalogue(customerFile('1', 1e6)), { US: { offApp: 0.3 } }).markets[0]!
    expect(factor(m, 'partner-data')).toBe(0.3)
    expect(m.waterfall.find((s) => s.key === 'partner-data')!.label).toMatch(/your figure/)
    expect(keys(m)).not.toContain('att')
  })

  it('each factor is overridable in Settings', () => {
    const m = run({ audience_ids: ['1'] }, catalogue(customerFile('1', 1e6)), { US: { attTikTok: 1, partnerData: 0.5 } }).markets[0]!
    expect(factor(m, 'att')).toBe(1)
    expect(factor(m, 'partner-data')).toBe(0.5)
  })

  it('gives 13–17 no off-TikTok audience in the US, but keeps them in East Asia', () => {
    const cat = catalogue(customerFile('1', 1e6))
    const teensOnly = { age_groups: ['AGE_13_17' as const], audience_ids: ['1'] }
    expect(run(teensOnly, cat).markets[0]!.audience).toBe(0)
    expect(run({ ...teensOnly, location_ids: [JAPAN] }, cat).markets[0]!.audience).toBeGreaterThan(0)
  })

  it('explains the audience consent in plain words, with sources', () => {
    const r = run({ location_ids: [GERMANY], audience_ids: ['1'] }, catalogue(customerFile('1', 1e6)))
    const texts = r.reasons.map((x) => x.text)
    expect(texts).toContain('EU / EEA: custom audiences are personalised delivery: 50% of adults consent.')
    // 1 × (0.72 + 0.28 × 0.3) × 0.5 = 40%
    expect(texts).toContain('EU / EEA: of the audiences’ matched people, consent for off-TikTok data keeps 40% (each limit is its own step above).')
  })

  it('a customer file not matched yet counts half its usable rows, labelled an estimate; TikTok’s count replaces it', () => {
    const draft: Audience = {
      ...(customerFile('d', 0) as Extract<Audience, { audience_type: 'CUSTOMER_FILE' }>),
      cover_num: null,
      hashing: { rows: 12_000, valid: { EMAIL: 11_000 }, bad: 2_000 },
    }
    const m = run({ audience_ids: ['d'] }, catalogue(draft)).markets[0]!
    const step = m.waterfall.find((s) => s.key === 'audiences')!
    expect(step.detail).toContain('about 5,000 matched, estimated')
    expect(step.sources).toContain('adwright-model')
    expect(factor(m, 'audiences')).toBeCloseTo(5000 / US_BASE, 9)
    const matched = run({ audience_ids: ['d'] }, catalogue({ ...draft, cover_num: 7000 })).markets[0]!
    expect(factor(matched, 'audiences')).toBeCloseTo(7000 / US_BASE, 9)
    expect(run({ audience_ids: ['d'] }, catalogue({ ...customerFile('d', 0), cover_num: null })).markets[0]!.audience).toBe(0)
  })

  it('counts an unknown audience as no one and says so', () => {
    const r = run({ audience_ids: ['999'] })
    expect(r.markets[0]!.audience).toBe(0)
    expect(run({ excluded_audience_ids: ['999'] }).markets[0]!.audience).toBeCloseTo(run({}).markets[0]!.audience, 6)
    expect(r.reasons.some((x) => x.text.includes('999') && x.source === 'tiktok-custom-audience-api')).toBe(true)
  })

  it('spreads a matched audience over all the ad group’s markets by their size', () => {
    const cat = catalogue(customerFile('1', 1e6))
    const r = run({ location_ids: [US, JAPAN], audience_ids: ['1'] }, cat)
    const jpBase = r.markets[0]!.waterfall[0]!.remaining
    const usBase = r.markets[1]!.waterfall[0]!.remaining
    expect(factor(r.markets[1]!, 'audiences')).toBeCloseTo(1e6 / (jpBase + usBase), 12)
  })
})

describe('consent defaults agree with the notes’ formulas (§5)', () => {
  it('offApp is (1 − optout) × [(1 − p_iOS) + p_iOS × ATT_tt] × adv_consent for the market’s typical country', () => {
    for (const m of ESTIMATED_MARKETS) {
      const d = DEFAULT_CONSENT[m]
      const p = MARKET_PROFILES[m].iosShare
      expect(d.partnerData.value * (1 - p + p * d.attTikTok.value) * d.advertiserConsent.value).toBeCloseTo(d.offApp.value, 2)
    }
  })

  it('crossApp in East Asia is (1 − p_iOS) × 0.95 + p_iOS × ATT_tt × ATT_pub', () => {
    const d = DEFAULT_CONSENT.EAST_ASIA_TEST
    const p = MARKET_PROFILES.EAST_ASIA_TEST.iosShare
    expect((1 - p) * 0.95 + p * d.attTikTok.value * d.attPublisher.value).toBeCloseTo(d.crossApp.value, 2)
  })
})
