import { describe, expect, it } from 'vitest'
import { emptySums } from '#shared/results/aggregate'
import type { ResultRow } from '#shared/results/report-rows'
import { concatColumns, rowsOf, selectRows, sortedByDay, toColumns } from '#shared/results/result-columns'

const row = (day: string, entityId: string, dimension: ResultRow['dimension'], key: string, spend: number): ResultRow => ({
  day,
  entityId,
  dimension,
  key,
  metrics: { ...emptySums(), spend, clicks: spend * 2 },
})

describe('result columns', () => {
  const a = [
    row('2026-03-01', 'c1', 'country', 'US', 1),
    row('2026-03-02', 'c1', 'gender', 'NONE', 2),
    row('2026-03-02', 'c2', 'platform', 'NONE', 3),
  ]
  const b = [row('2026-03-03', 'c3', 'platform', 'NONE', 4), row('2026-03-02', 'c1', 'country', 'DE', 5)]

  it('round-trips rows, keeping a value that two dimensions share apart', () => {
    const cols = toColumns(a)
    expect(cols.keys.filter((k) => k === 'NONE')).toHaveLength(2)
    expect(rowsOf(cols, '2026-03-01', '2026-03-31')).toEqual(a)
    expect(rowsOf(cols, '2026-03-02', '2026-03-02')).toEqual(a.slice(1))
  })

  it('selects rows by day and appends columns over merged dictionaries', () => {
    const kept = selectRows(toColumns(a), (d) => d === 0)
    expect(kept.length).toBe(1)
    const merged = concatColumns(kept, toColumns(b))
    expect(rowsOf(merged, '2026-03-01', '2026-03-31')).toEqual([a[0], ...b])
    expect(merged.keys.length).toBe(new Set(merged.keys.map((k, i) => `${merged.keyDimension[i]}:${k}`)).size)
    expect(concatColumns(toColumns([]), toColumns(b)).length).toBe(2)
  })

  it('groups rows by day without losing or changing one, and selects interleaved days as well as grouped ones', () => {
    // Days out of order, as a refresh appends them: 03-01, 03-02, 03-03, then 03-02 again.
    const mixed = toColumns([...a, ...b])
    const grouped = sortedByDay(mixed)
    expect([...grouped.day]).toEqual([...grouped.day].sort((x, y) => x - y))
    expect(rowsOf(grouped, '2026-03-01', '2026-03-31')).toEqual([a[0], a[1], a[2], b[1], b[0]])
    expect(sortedByDay(grouped)).toBe(grouped)
    const d2 = mixed.days.indexOf('2026-03-02')
    for (const cols of [mixed, grouped])
      expect(
        rowsOf(
          selectRows(cols, (d) => d === d2),
          '2026-03-01',
          '2026-03-31',
        ),
      ).toEqual([a[1], a[2], b[1]])
    // An index outside the dictionary is left for the cache reader to report, not dropped.
    const bad = { ...mixed, day: Uint32Array.from(mixed.day, (d, i) => (i === 4 ? 99 : d)) }
    expect(sortedByDay(bad)).toBe(bad)
  })
})
