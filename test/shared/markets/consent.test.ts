import { describe, expect, it } from 'vitest'
import { CONSENT_KEYS, DEFAULT_CONSENT, resolveConsent } from '../../../shared/markets/consent'
import { MARKETS } from '../../../shared/markets/markets'
import { SOURCES } from '../../../shared/markets/sources'

describe('consent parameters', () => {
  it('gives every market every parameter as a share with a known source and a reason', () => {
    for (const m of MARKETS) {
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
