/**
 * Reach of Upgraded Smart+ ad groups (shared/reach/smart-plus-input.ts; notes tiktok-api-2026.md §2): in AUTOMATIC
 * mode the hard controls bound the audience and suggestions never narrow it; MANUAL reads like a manual ad group.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { estimateReach } from '#shared/reach/estimate'
import { smartPlusReachInput } from '#shared/reach/smart-plus-input'
import type { TargetingSpec } from '#shared/domain/smart-plus/index'
import { targetingArb } from './arbitraries'

/** A targeting_spec holding every field of a manual targeting, plus an AUTOMATIC age floor. */
const specArb: fc.Arbitrary<TargetingSpec> = targetingArb.map((t) => ({
  location_ids: t.location_ids,
  age_groups: t.age_groups,
  gender: t.gender,
  languages: t.languages,
  interest_category_ids: t.interest_category_ids,
  interest_keyword_ids: t.interest_keyword_ids,
  actions: t.actions,
  operating_systems: t.operating_systems,
  network_types: t.network_types,
  device_price_ranges: t.device_price_ranges,
  spc_audience_age: 'OVER_EIGHTEEN',
}))
const total = (spec: TargetingSpec, mode: 'AUTOMATIC' | 'MANUAL') =>
  estimateReach(smartPlusReachInput({ targeting_optimization_mode: mode, targeting_spec: spec })).total.upper_end

describe('Smart+ reach', () => {
  it('AUTOMATIC: suggestions (ages, gender, interests, actions) never change the estimate', () => {
    fc.assert(
      fc.property(specArb, (spec) => {
        const controlsOnly: TargetingSpec = {
          location_ids: spec.location_ids,
          languages: spec.languages,
          operating_systems: spec.operating_systems,
          spc_audience_age: spec.spc_audience_age,
        }
        expect(total(spec, 'AUTOMATIC')).toBe(total(controlsOnly, 'AUTOMATIC'))
      }),
      { numRuns: 60 },
    )
  })

  it('AUTOMATIC bounds at least as many people as MANUAL with the same spec (suggestions are not limits)', () => {
    fc.assert(
      fc.property(specArb, (spec) => {
        // The same people by age as the 18+ floor allows (an empty list would mean every age, teens included).
        const adults = spec.age_groups?.filter((a) => a !== 'AGE_13_17')
        const manual = { ...spec, age_groups: adults?.length ? adults : ['AGE_18_24' as const] }
        expect(total(spec, 'AUTOMATIC')).toBeGreaterThanOrEqual(total(manual, 'MANUAL'))
      }),
      { numRuns: 60 },
    )
  })

  it('the hard controls do narrow AUTOMATIC: a 25+ floor reaches fewer than an 18+ one', () => {
    const us = { location_ids: ['6252001'] }
    expect(total({ ...us, spc_audience_age: 'OVER_TWENTY_FIVE' }, 'AUTOMATIC')).toBeLessThan(
      total({ ...us, spc_audience_age: 'OVER_EIGHTEEN' }, 'AUTOMATIC'),
    )
    expect(total({ ...us, spc_audience_age: 'OVER_EIGHTEEN', operating_systems: ['IOS'] }, 'AUTOMATIC')).toBeLessThan(
      total({ ...us, spc_audience_age: 'OVER_EIGHTEEN' }, 'AUTOMATIC'),
    )
  })
})
