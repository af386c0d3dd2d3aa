/**
 * Rows in columns: dimensions dictionary-encoded into typed arrays and metrics
 * in one row-major Float64Array, so aggregating a million rows is a tight loop
 * over numbers with no string hashing or object property lookups.
 */
import { METRIC_KEYS, type ResultRow } from './report-rows'

export const METRIC_COUNT = METRIC_KEYS.length

export interface ResultColumns {
  length: number
  /** Distinct values; the index arrays below point into these. */
  days: string[]
  entities: string[]
  countries: string[]
  placements: string[]
  day: Uint32Array
  entity: Uint32Array
  country: Uint32Array
  placement: Uint32Array
  /** Row i's metrics at [i × METRIC_COUNT, (i + 1) × METRIC_COUNT), in METRIC_KEYS order. */
  values: Float64Array
}

function dictionary() {
  const index = new Map<string, number>()
  const values: string[] = []
  return {
    values,
    code(v: string) {
      let i = index.get(v)
      if (i === undefined) {
        i = values.length
        values.push(v)
        index.set(v, i)
      }
      return i
    },
  }
}

export function toColumns(rows: readonly ResultRow[]): ResultColumns {
  const days = dictionary()
  const entities = dictionary()
  const countries = dictionary()
  const placements = dictionary()
  const n = rows.length
  const cols: ResultColumns = {
    length: n,
    days: days.values,
    entities: entities.values,
    countries: countries.values,
    placements: placements.values,
    day: new Uint32Array(n),
    entity: new Uint32Array(n),
    country: new Uint32Array(n),
    placement: new Uint32Array(n),
    values: new Float64Array(n * METRIC_COUNT),
  }
  for (let i = 0; i < n; i++) {
    const r = rows[i]!
    cols.day[i] = days.code(r.day)
    cols.entity[i] = entities.code(r.entityId)
    cols.country[i] = countries.code(r.country)
    cols.placement[i] = placements.code(r.placement)
    const base = i * METRIC_COUNT
    for (let m = 0; m < METRIC_COUNT; m++) cols.values[base + m] = r.metrics[METRIC_KEYS[m]!]
  }
  return cols
}
