import { describe, expect, it } from 'vitest'
import { locationName, marketOf, marketsOf } from '#renderer/campaigns/model/markets'

describe('market derivation', () => {
  it('maps countries to their reach market', () => {
    expect(marketOf('1861060')).toBe('EAST_ASIA_TEST') // Japan
    expect(marketOf('1835841')).toBe('EAST_ASIA_TEST') // South Korea
    expect(marketOf('1668284')).toBe('EAST_ASIA_TEST') // Taiwan
    expect(marketOf('1605651')).toBe('EAST_ASIA_TEST') // Thailand
    expect(marketOf('6252001')).toBe('US')
    expect(marketOf('2921044')).toBe('EU') // Germany
    expect(marketOf('2635167')).toBe('OTHER') // United Kingdom: outside the EEA
    expect(marketOf('3144096')).toBe('EU') // Norway: in the EEA
    expect(marketOf('999')).toBeNull()
    expect(marketOf('5332921')).toBe('US') // California, through its country
  })

  it('lists each market once, in a fixed order, ignoring unknown locations', () => {
    expect(marketsOf(['2921044', '6252001', '3017382', '999', '2635167', '1861060'])).toEqual(['EAST_ASIA_TEST', 'US', 'EU', 'OTHER'])
    expect(marketsOf([])).toEqual([])
  })

  it('names known countries and falls back to the id', () => {
    expect(locationName('3017382')).toBe('France')
    expect(locationName('1850144')).toBe('Tokyo')
    expect(locationName('42')).toBe('42')
  })
})
