import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Audience } from '#shared/audiences/schemas'
import { estimateReach } from '#shared/reach/estimate'
import { COUNTRIES, type Country } from '#shared/targeting/geo-data'
import { iosShareOf } from '#shared/reach/demographics'
import { isEstimated, type EstimatedMarket } from '#shared/markets/markets'
import { targetingArb } from './arbitraries'
import { catalogue, customerFile, engagement, lookalike, pixel } from './audience-fixtures'
import { broad } from './targeting-fixtures'

const US = '6252001'
const GERMANY = '2921044'

const audienceArb: fc.Arbitrary<Audience> = fc.oneof(
  fc.integer({ min: 0, max: 50_000_000 }).map((n) => customerFile('1', n)),
  fc.integer({ min: 0, max: 50_000_000 }).map((n) => pixel('1', n)),
  fc.integer({ min: 0, max: 50_000_000 }).map((n) => engagement('1', n)),
  fc.constantFrom('NARROW', 'BALANCED', 'BROAD').map((size) => lookalike('1', 'seed', [US, GERMANY, '1861060'], { audience_size: size as 'NARROW' })),
)

describe('reach with audiences, for any targeting', () => {
  it('including an audience never raises reach, in any market', () => {
    fc.assert(
      fc.property(targetingArb, audienceArb, (t, a) => {
        const cat = catalogue(a, customerFile('seed', 10_000))
        const without = estimateReach(t, {}, cat)
        const withIt = estimateReach({ ...t, audience_ids: ['1'] }, {}, cat)
        for (const m of withIt.markets)
          expect(m.audience).toBeLessThanOrEqual(without.markets.find((x) => x.market === m.market)!.audience * (1 + 1e-9))
      }),
      { numRuns: 300 },
    )
  })

  it('the same customer file reaches a smaller share of its matched people in the EU than in the US', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 5_000_000 }), fc.constantFrom('GENDER_UNLIMITED', 'GENDER_FEMALE', 'GENDER_MALE'), (n, gender) => {
        const cat = catalogue(customerFile('1', n))
        const share = (loc: string) => estimateReach(broad({ location_ids: [loc], gender, audience_ids: ['1'] }), {}, cat).markets[0]!.audience / n
        expect(share(GERMANY)).toBeLessThan(share(US))
      }),
    )
  })

  it('iOS-heavy countries lose more to ATT, whatever the opt-in rate', () => {
    const countries = COUNTRIES.filter((c): c is Country & { market: EstimatedMarket } => isEstimated(c.market))
    fc.assert(
      fc.property(fc.double({ min: 0, max: 0.99, noNaN: true }), fc.constantFrom(...countries), fc.constantFrom(...countries), (att, a, b) => {
        const overrides = { EAST_ASIA_TEST: { attTikTok: att }, US: { attTikTok: att }, EU: { attTikTok: att } }
        const cat = catalogue(customerFile('1', 100_000))
        const attOf = (id: string) =>
          estimateReach(broad({ location_ids: [id], audience_ids: ['1'] }), overrides, cat).markets[0]!.waterfall.find((s) => s.key === 'att')!.factor
        const ios = (c: (typeof countries)[number]) => iosShareOf(c, c.market).share
        if (ios(a) > ios(b)) expect(attOf(a.id)).toBeLessThan(attOf(b.id))
      }),
      { numRuns: 200 },
    )
  })

  it('an in-app engagement audience is not cut by the partner-data opt-out', () => {
    fc.assert(
      fc.property(targetingArb, fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 20_000_000 }), (t, kept, n) => {
        const cat = catalogue(engagement('1', n))
        const overrides = { EAST_ASIA_TEST: { partnerData: kept }, US: { partnerData: kept }, EU: { partnerData: kept } }
        const a = estimateReach({ ...t, audience_ids: ['1'] }, overrides, cat)
        const b = estimateReach({ ...t, audience_ids: ['1'] }, {}, cat)
        expect(a.total.audience).toBeCloseTo(b.total.audience, 6)
      }),
      { numRuns: 200 },
    )
  })
})
