import { describe, expect, it } from 'vitest'
import { ALL_DAY, everyDay, hourState, setHour } from '#renderer/campaigns/model/dayparting'

describe('dayparting grid', () => {
  it('reads absent or malformed dayparting as all day', () => {
    expect(hourState(undefined, 6, 23)).toBe('on')
    expect(hourState('101', 0, 0)).toBe('on')
  })

  it('sets both half-hours of an hour on the right day', () => {
    const s = setHour(undefined, 1, 9, false)
    expect(s).toHaveLength(336)
    expect(s.indexOf('0')).toBe(48 + 18)
    expect(s.slice(48 + 18, 48 + 20)).toBe('00')
    expect(hourState(s, 1, 9)).toBe('off')
    expect(hourState(s, 0, 9)).toBe('on')
    expect(setHour(s, 1, 9, true)).toBe(ALL_DAY)
  })

  it('tells an hour with one half on apart', () => {
    const s = '0'.repeat(5) + '1' + '0'.repeat(330)
    expect(hourState(s, 0, 2)).toBe('partial')
  })

  it('builds the same hours for every day', () => {
    const s = everyDay(9, 18)
    expect(s).toHaveLength(336)
    expect(hourState(s, 3, 8)).toBe('off')
    expect(hourState(s, 3, 9)).toBe('on')
    expect(hourState(s, 6, 17)).toBe('on')
    expect(hourState(s, 6, 18)).toBe('off')
  })
})
