import { describe, expect, it } from 'vitest'
import { ESTIMATED_MARKETS } from '#shared/markets/markets'
import { groupUnion } from '#shared/reach/interest-union'
import { COUNTRIES } from '#shared/targeting/geo-data'
import { geo, marketOfCountry, marketOfLocation, resolveLocation, withoutCovered } from '#shared/targeting/geo'
import { INTEREST_CATEGORIES, interestCategory, searchInterests, specialCategoryOf, TAXONOMY_MODELLED } from '#shared/targeting/taxonomy'
import { PLACEMENT_INFO, deliversIn } from '#shared/targeting/placements'

describe('interest taxonomy', () => {
  it('is a modelled tree of 60–150 categories, more than two levels deep in places', () => {
    expect(TAXONOMY_MODELLED).toBe(true)
    expect(INTEREST_CATEGORIES.length).toBeGreaterThanOrEqual(60)
    expect(INTEREST_CATEGORIES.length).toBeLessThanOrEqual(150)
    expect(Math.max(...INTEREST_CATEGORIES.map((c) => c.level))).toBe(3)
    for (const c of INTEREST_CATEGORIES) {
      if (c.parentId) expect(interestCategory(c.parentId)!.level).toBe(c.level - 1)
      else expect(c.level).toBe(1)
    }
  })

  it('gives every parent at least the union of its children, in every market', () => {
    for (const c of INTEREST_CATEGORIES) {
      for (const m of ESTIMATED_MARKETS) {
        const children = c.childIds.map((id) => interestCategory(id)!.affinity[m])
        expect(c.affinity[m]).toBeGreaterThanOrEqual(1 - children.reduce((n, p) => n * (1 - p), 1) - 1e-12)
        expect(c.affinity[m]).toBeGreaterThan(0)
        expect(c.affinity[m]).toBeLessThan(1)
      }
    }
  })

  it('flags each special category, and their children inherit the flag', () => {
    const flags = new Set(INTEREST_CATEGORIES.map((c) => c.special).filter(Boolean))
    expect(flags).toEqual(new Set(['health', 'religion', 'politics', 'sexuality']))
    expect(specialCategoryOf('150001')).toBe('health')
    expect(specialCategoryOf('400')).toBeNull()
  })

  it('searches by name and keeps the ancestors of a hit', () => {
    const hits = searchInterests('k-pop')
    expect([...hits].sort()).toEqual(['120001', '12000101', '1200'].sort())
    expect(searchInterests('  ').size).toBe(INTEREST_CATEGORIES.length)
    // Searching a parent shows its whole branch.
    expect(searchInterests('pets')).toEqual(new Set(['1000', '100001', '100002']))
  })

  it('blends related interests between nested and independent', () => {
    expect(groupUnion([0.2])).toBeCloseTo(0.2)
    expect(groupUnion([0.2, 0.2])).toBeCloseTo(0.5 * 0.2 + 0.5 * 0.36)
    expect(groupUnion([])).toBe(0)
  })
})

describe('geography', () => {
  it('knows the brief’s countries by GeoNames id with their markets', () => {
    expect(marketOfCountry('6252001')).toBe('US')
    expect(marketOfCountry('1861060')).toBe('EAST_ASIA_TEST')
    expect(marketOfCountry('2921044')).toBe('EU')
    expect(marketOfCountry('2635167')).toBe('OTHER') // United Kingdom: outside the EEA
    expect(marketOfCountry('1')).toBeNull()
    expect(COUNTRIES.filter((c) => c.market === 'EU')).toHaveLength(30)
    expect(new Set(COUNTRIES.map((c) => c.id)).size).toBe(COUNTRIES.length)
  })

  it('walks regions and cities up to their country', () => {
    expect(geo.parentOf('2867714')).toBe('2951839')
    expect(geo.parentOf('2951839')).toBe('2921044')
    expect(geo.parentOf('2921044')).toBeUndefined()
    expect(marketOfLocation('1850144')).toBe('EAST_ASIA_TEST')
    expect(resolveLocation('2867714')!.share).toBeCloseTo(0.158 * 0.112)
    expect(withoutCovered(['2921044', '2867714', '5332921'])).toEqual(['2921044', '5332921'])
  })

  it('delivers Pangle and the App Bundle in neither the US nor the EU', () => {
    for (const c of COUNTRIES.filter((x) => x.market === 'US' || x.market === 'EU')) {
      expect(deliversIn('PLACEMENT_PANGLE', c.iso)).toBe(false)
      expect(deliversIn('PLACEMENT_GLOBAL_APP_BUNDLE', c.iso)).toBe(false)
    }
    expect(deliversIn('PLACEMENT_PANGLE', 'JP')).toBe(true)
    expect(deliversIn('PLACEMENT_PANGLE', 'HK')).toBe(false)
    expect(PLACEMENT_INFO.PLACEMENT_TIKTOK.countries).toBe('all')
  })
})
