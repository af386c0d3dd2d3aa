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

/** Rows i where keep(day index of row i) is true, with the dictionaries kept as they are (unused entries are harmless). */
export function selectRows(cols: ResultColumns, keepDay: (dayIndex: number) => boolean): ResultColumns {
  const keepByDay = Uint8Array.from(cols.days, (_, d) => (keepDay(d) ? 1 : 0))
  // The kept rows as runs [start, end): the cache stores rows grouped by day (sortedByDay), so a date range is a few
  // long runs, each copied as one block; rows in any order still work, a run of one at a time.
  const runs: number[] = []
  let n = 0
  for (let i = 0; i < cols.length; i++) {
    if (!keepByDay[cols.day[i]!]) continue
    if (runs.length && runs[runs.length - 1] === i) runs[runs.length - 1] = i + 1
    else runs.push(i, i + 1)
    n++
  }
  const out: ResultColumns = {
    ...cols,
    length: n,
    day: new Uint32Array(n),
    entity: new Uint32Array(n),
    key: new Uint32Array(n),
    values: new Float64Array(n * METRIC_COUNT),
  }
  for (let r = 0, j = 0; r < runs.length; r += 2) {
    const [a, b] = [runs[r]!, runs[r + 1]!]
    out.day.set(cols.day.subarray(a, b), j)
    out.entity.set(cols.entity.subarray(a, b), j)
    out.key.set(cols.key.subarray(a, b), j)
    out.values.set(cols.values.subarray(a * METRIC_COUNT, b * METRIC_COUNT), j * METRIC_COUNT)
    j += b - a
  }
  return out
}

/**
 * The same rows grouped by day index (a stable counting sort); `cols` itself when they already are, or when a day
 * index lies outside the dictionary (nothing is dropped: the reader reports such a file as damaged).
 */
export function sortedByDay(cols: ResultColumns): ResultColumns {
  let sorted = true
  for (let i = 0; i < cols.length; i++) {
    if (cols.day[i]! >= cols.days.length) return cols
    if (i > 0 && cols.day[i - 1]! > cols.day[i]!) sorted = false
  }
  if (sorted) return cols
  const starts = new Uint32Array(cols.days.length + 1)
  for (let i = 0; i < cols.length; i++) starts[cols.day[i]! + 1]!++
  for (let d = 1; d < starts.length; d++) starts[d]! += starts[d - 1]!
  const out: ResultColumns = {
    ...cols,
    day: new Uint32Array(cols.length),
    entity: new Uint32Array(cols.length),
    key: new Uint32Array(cols.length),
    values: new Float64Array(cols.length * METRIC_COUNT),
  }
  for (let i = 0; i < cols.length; i++) {
    const j = starts[cols.day[i]!]!++
    out.day[j] = cols.day[i]!
    out.entity[j] = cols.entity[i]!
    out.key[j] = cols.key[i]!
    for (let m = 0, from = i * METRIC_COUNT, to = j * METRIC_COUNT; m < METRIC_COUNT; m++) out.values[to + m] = cols.values[from + m]!
  }
  return out
}

/** The rows of `a` then `b`, over merged dictionaries. */
export function concatColumns(a: ResultColumns, b: ResultColumns): ResultColumns {
  const merge = (x: string[], y: string[]) => {
    const dict = dictionary()
    for (const v of x) dict.code(v)
    const remap = Uint32Array.from(y, (v) => dict.code(v))
    return { values: dict.values, remap }
  }
  const days = merge(a.days, b.days)
  const entities = merge(a.entities, b.entities)
  const tag = (c: ResultColumns) => c.keys.map((k, i) => `${c.keyDimension[i]}:${k}`)
  const keys = merge(tag(a), tag(b))
  const n = a.length + b.length
  const out: ResultColumns = {
    length: n,
    days: days.values,
    entities: entities.values,
    keys: keys.values.map((k) => k.slice(k.indexOf(':') + 1)),
    keyDimension: Uint8Array.from(keys.values, (k) => Number(k.slice(0, k.indexOf(':')))),
    day: new Uint32Array(n),
    entity: new Uint32Array(n),
    key: new Uint32Array(n),
    values: new Float64Array(n * METRIC_COUNT),
  }
  out.day.set(a.day.subarray(0, a.length))
  out.entity.set(a.entity.subarray(0, a.length))
  out.key.set(a.key.subarray(0, a.length))
  out.values.set(a.values.subarray(0, a.length * METRIC_COUNT))
  for (let i = 0; i < b.length; i++) {
    out.day[a.length + i] = days.remap[b.day[i]!]!
    out.entity[a.length + i] = entities.remap[b.entity[i]!]!
    out.key[a.length + i] = keys.remap[b.key[i]!]!
  }
  out.values.set(b.values.subarray(0, b.length * METRIC_COUNT), a.length * METRIC_COUNT)
  return out
}

/** Row objects for the days in [from, to], for code that reads rows one by one (the snapshot itself carries columns). */
export function rowsOf(cols: ResultColumns, from: string, to: string): ResultRow[] {
  const inRange = cols.days.map((d) => d >= from && d <= to)
  const rows: ResultRow[] = []
  for (let i = 0; i < cols.length; i++) {
    if (!inRange[cols.day[i]!]) continue
    const metrics = {} as ResultRow['metrics']
    for (let m = 0; m < METRIC_COUNT; m++) metrics[METRIC_KEYS[m]!] = cols.values[i * METRIC_COUNT + m]!
    const k = cols.key[i]!
    rows.push({
      day: cols.days[cols.day[i]!]!,
      entityId: cols.entities[cols.entity[i]!]!,
      dimension: RESULT_DIMENSIONS[cols.keyDimension[k]!]!,
      key: cols.keys[k]!,
      metrics,
    })
  }
  return rows
}
