/**
 * Rows in columns: dimensions dictionary-encoded into typed arrays and metrics
 * in one row-major Float64Array, so aggregating a million rows is a tight loop
 * over numbers with no string hashing or object property lookups.
 */
import { METRIC_KEYS, type ResultRow } from './report-rows'
import { RESULT_DIMENSIONS } from './report-types'

export const METRIC_COUNT = METRIC_KEYS.length

export interface ResultColumns {
  length: number
  /** Distinct values; the index arrays below point into these. */
  days: string[]
  entities: string[]
  /** Distinct breakdown values, each with its dimension (an index into RESULT_DIMENSIONS): `keyDimension[k]`, `keys[k]`. */
  keys: string[]
  keyDimension: Uint8Array
  day: Uint32Array
  entity: Uint32Array
  /** Row i's breakdown value, an index into keys (which also gives its dimension). */
  key: Uint32Array
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
  // One dictionary over dimension and value: 'NONE' as a gender and as a platform are different keys.
  const keys = dictionary()
  const n = rows.length
  const cols: ResultColumns = {
    length: n,
    days: days.values,
    entities: entities.values,
    keys: [],
    keyDimension: new Uint8Array(0),
    day: new Uint32Array(n),
    entity: new Uint32Array(n),
    key: new Uint32Array(n),
    values: new Float64Array(n * METRIC_COUNT),
  }
  for (let i = 0; i < n; i++) {
    const r = rows[i]!
    cols.day[i] = days.code(r.day)
    cols.entity[i] = entities.code(r.entityId)
    cols.key[i] = keys.code(`${RESULT_DIMENSIONS.indexOf(r.dimension)}:${r.key}`)
    const base = i * METRIC_COUNT
    for (let m = 0; m < METRIC_COUNT; m++) cols.values[base + m] = r.metrics[METRIC_KEYS[m]!]
  }
  cols.keyDimension = Uint8Array.from(keys.values, (k) => Number(k.slice(0, k.indexOf(':'))))
  cols.keys = keys.values.map((k) => k.slice(k.indexOf(':') + 1))
  return cols
}
