import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { AGE_GROUPS, PLACEMENTS } from '#shared/domain/enums'
import { estimateReach } from '#shared/reach/estimate'
import { actionArb, interestIds, keywordIds, LANGUAGES, locationIds, targetingArb } from './arbitraries'

const runs = { numRuns: 300 }
const audience = (t: Parameters<typeof estimateReach>[0]) => estimateReach(t).total.audience
/** Reach may not fall when targeting widens; a relative epsilon absorbs float rounding. */
const notBelow = (after: number, before: number) => expect(after).toBeGreaterThanOrEqual(before * (1 - 1e-12) - 1e-9)

describe('estimateReach properties', () => {
  it('is deterministic', () => {
    fc.assert(
      fc.property(targetingArb, (t) => {
        expect(estimateReach(structuredClone(t))).toEqual(estimateReach(t))
      }),
      runs,
    )
  })

  it('multiplies its waterfall steps to the audience, for any targeting', () => {
    fc.assert(
      fc.property(targetingArb, (t) => {
        for (const m of estimateReach(t).markets) {
          const product = m.waterfall.slice(1).reduce((n, s) => n * s.factor, m.waterfall[0]!.remaining)
          expect(product).toBeCloseTo(m.audience, 3)
          expect(m.lower_end).toBeLessThanOrEqual(m.upper_end)
        }
      }),
      runs,
    )
  })

  it('never lowers reach when an OR’d interest, keyword or behaviour is added to a non-empty set', () => {
    fc.assert(
      fc.property(
        targetingArb.filter((t) => t.interest_category_ids.length > 0),
        fc.constantFrom(...interestIds),
        fc.constantFrom(...keywordIds),
        actionArb,
        (t, interest, keyword, action) => {
          const before = audience(t)
          notBelow(audience({ ...t, interest_category_ids: [...t.interest_category_ids, interest] }), before)
          notBelow(audience({ ...t, interest_keyword_ids: [...t.interest_keyword_ids, keyword] }), before)
          notBelow(audience({ ...t, actions: [...t.actions, action] }), before)
        },
      ),
      runs,
    )
  })

  it('never lowers reach when an age group, location, placement or language is added', () => {
    fc.assert(
      fc.property(
        targetingArb,
        fc.constantFrom(...AGE_GROUPS),
        fc.constantFrom(...locationIds),
        fc.constantFrom(...PLACEMENTS),
        fc.constantFrom(...LANGUAGES),
        (t, age, location, placement, language) => {
          const before = audience(t)
          notBelow(audience({ ...t, age_groups: [...new Set([...t.age_groups, age])] }), before)
          notBelow(audience({ ...t, location_ids: [...t.location_ids, location] }), before)
          notBelow(audience({ ...t, placements: [...t.placements, placement] }), before)
          if (t.languages.length) notBelow(audience({ ...t, languages: [...t.languages, language] }), before)
        },
      ),
      runs,
    )
  })

  it('never raises reach when targeting narrows (gender, one OS, a network, a first interest)', () => {
    fc.assert(
      fc.property(targetingArb, fc.constantFrom('GENDER_FEMALE' as const, 'GENDER_MALE' as const), (t, gender) => {
        const wide = {
          ...t,
          gender: 'GENDER_UNLIMITED' as const,
          operating_systems: [],
          network_types: [],
          interest_category_ids: [],
          interest_keyword_ids: [],
          actions: [],
        }
        const before = audience(wide)
        expect(audience({ ...wide, gender })).toBeLessThanOrEqual(before * (1 + 1e-12))
        expect(audience({ ...wide, operating_systems: ['IOS'] })).toBeLessThanOrEqual(before * (1 + 1e-12))
        expect(audience({ ...wide, network_types: ['5G'] })).toBeLessThanOrEqual(before * (1 + 1e-12))
        expect(audience({ ...wide, interest_category_ids: [interestIds[0]!] })).toBeLessThanOrEqual(before * (1 + 1e-12))
      }),
      runs,
    )
  })
})
