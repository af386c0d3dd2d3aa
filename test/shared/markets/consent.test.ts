import { describe, expect, it } from 'vitest'
import { CONSENT_KEYS, DEFAULT_CONSENT, resolveConsent } from '#shared/markets/consent'
import { ESTIMATED_MARKETS } from '#shared/markets/markets'
import { SOURCES } from '#shared/markets/sources'
import { parsePercent, withOverride } from '#shared/markets/consent-overrides'

describe('consent parameters', () => {
  it('gives every market every parameter as a share with a known source and a reason', () => {
    for (const m of ESTIMATED_MARKETS) {
      for (const k of CONSENT_KEYS) {
        const v = DEFAULT_CONSENT[m][k]
        expect(v.value).toBeGreaterThanOrEqual(0)
        expect(v.value).toBeLessThanOrEqual(1)
        expect(SOURCES[v.source]).toBeDefined()
        expect(v.why.length).toBeGreaterThan(10)
      }
    }
  })

  it('forces the rule-based zeros: no cross-app in US/EU, no profiling of minors in US/EU', () => {
    expect(DEFAULT_CONSENT.US.crossApp.value).toBe(0)
    expect(DEFAULT_CONSENT.EU.crossApp.value).toBe(0)
    expect(DEFAULT_CONSENT.US.minors.value).toBe(0)
    expect(DEFAULT_CONSENT.EU.minors.value).toBe(0)
    expect(DEFAULT_CONSENT.EU.interests.value).toBe(0.5)
  })

  it('applies an advertiser override and marks it', () => {
    const r = resolveConsent('EU', { EU: { interests: 0.7 }, US: { interests: 0.1 } })
    expect(r.interests).toMatchObject({ value: 0.7, overridden: true, defaultValue: 0.5 })
    expect(r.offApp).toMatchObject({ value: 0.2, overridden: false })
  })
})

describe('editing overrides', () => {
  it('reads percentages as typed, and refuses anything outside 0–100%', () => {
    expect(parsePercent('45')).toBe(0.45)
    expect(parsePercent(' 45.5 % ')).toBeCloseTo(0.455)
    expect(parsePercent('0')).toBe(0)
    expect(parsePercent('100%')).toBe(1)
    for (const bad of ['101', '-5', '', 'abc', '1e2', '0.5.5']) expect(parsePercent(bad)).toBeNull()
  })
  it('sets and clears one value, dropping a market left empty', () => {
    const set = withOverride({}, 'EU', 'interests', 0.4)
    expect(set).toEqual({ EU: { interests: 0.4 } })
    expect(withOverride(set, 'EU', 'minors', 0)).toEqual({ EU: { interests: 0.4, minors: 0 } })
    expect(withOverride(set, 'EU', 'interests', null)).toEqual({})
    expect(set).toEqual({ EU: { interests: 0.4 } })
  })
})
