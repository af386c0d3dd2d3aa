import { describe, expect, it } from 'vitest'
import { covers, daysIn, isDate, lastDays, mergeRanges, previousPeriod, splitRange } from '#shared/results/date-range'

describe('date ranges', () => {
  it('splits a range into windows of at most 30 days, covering every day once', () => {
    const w = splitRange({ from: '2026-01-01', to: '2026-03-15' })
    expect(w).toEqual([
      { from: '2026-01-01', to: '2026-01-30' },
      { from: '2026-01-31', to: '2026-03-01' },
      { from: '2026-03-02', to: '2026-03-15' },
    ])
    expect(w.reduce((n, r) => n + daysIn(r), 0)).toBe(daysIn({ from: '2026-01-01', to: '2026-03-15' }))
    expect(splitRange({ from: '2026-02-01', to: '2026-03-02' })).toHaveLength(1) // exactly 30 days
    expect(splitRange({ from: '2026-02-01', to: '2026-03-03' })).toHaveLength(2) // 31
    expect(splitRange({ from: '2026-05-05', to: '2026-05-05' })).toEqual([{ from: '2026-05-05', to: '2026-05-05' }])
  })

  it('refuses bad or reversed dates', () => {
    expect(() => splitRange({ from: '2026-03-02', to: '2026-03-01' })).toThrow(/before/)
    expect(() => splitRange({ from: '2026-02-30', to: '2026-03-01' })).toThrow(/YYYY-MM-DD/)
    expect(isDate('2028-02-29')).toBe(true)
    expect(isDate('2026-02-29')).toBe(false)
  })

  it('gives the previous period of the same length and last-N-days ending yesterday', () => {
    expect(previousPeriod({ from: '2026-03-01', to: '2026-03-07' })).toEqual({ from: '2026-02-22', to: '2026-02-28' })
    expect(lastDays('2026-11-23', 7)).toEqual({ from: '2026-11-16', to: '2026-11-22' })
  })

  it('merges adjacent and overlapping ranges and tells whether a range is covered', () => {
    const merged = mergeRanges([
      { from: '2026-03-10', to: '2026-03-20' },
      { from: '2026-03-01', to: '2026-03-09' },
      { from: '2026-03-15', to: '2026-03-25' },
      { from: '2026-04-02', to: '2026-04-03' },
    ])
    expect(merged).toEqual([
      { from: '2026-03-01', to: '2026-03-25' },
      { from: '2026-04-02', to: '2026-04-03' },
    ])
    expect(covers(merged, { from: '2026-03-05', to: '2026-03-25' })).toBe(true)
    expect(covers(merged, { from: '2026-03-20', to: '2026-04-02' })).toBe(false)
  })
})
