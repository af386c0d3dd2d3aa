import { describe, expect, it } from 'vitest'
import { emptySums } from '#shared/results/aggregate'
import type { ResultRow } from '#shared/results/report-rows'
import { concatColumns, rowsOf, selectRows, toColumns } from '#shared/results/result-columns'

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
})
