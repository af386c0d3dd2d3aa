/**
 * The on-disk Results cache: one binary file of columns per advertiser and
 * level, `<dataDir>/results/<advertiserId>/<level>.cols`, replaced atomically
 * (writeFileAtomic) so a crash mid-write leaves the old file whole.
 *
 * Layout (little-endian): `AWRC`, format (u32), header length (u32), CRC-32 of
 * everything after these 16 bytes (u32); the header as JSON (metadata and the
 * dictionaries), padded to 8 bytes; then the typed arrays of ResultColumns as
 * they are in memory: day, entity, key (u32 × rows, padded to 8), values (f64 ×
 * rows × metrics). Reading is one file read and three views, no parsing per row;
 * the CRC and a bounds check catch damage. Why this and not JSON, Arrow or lmdb:
 * docs/ARCHITECTURE.md, Results.
 */
import { closeSync, fstatSync, mkdirSync, openSync, readSync } from 'node:fs'
import { join } from 'node:path'
import { crc32 } from 'node:zlib'
import { z } from 'zod'
import type { DateRange } from '#shared/results/date-range'
import { PIXEL_EVENTS, type PixelSummary } from '#shared/results/pixel-events'
import { METRIC_KEYS, RESULT_LEVELS, type ResultLevel } from '#shared/results/report-rows'
import { METRIC_COUNT, sortedByDay, type ResultColumns } from '#shared/results/result-columns'
import { pixelDailyTotals, type PixelDays } from '#shared/results/pixel-health'
import { RESULT_DIMENSIONS } from '#shared/results/report-types'
import { writeFileAtomic } from '../storage/atomic-write'

const MAGIC = 0x43525741 // 'AWRC' read as a little-endian u32
const FORMAT = 1
const PREAMBLE = 16

export interface CachedResults {
  currency: string | null
  lastRefreshedAt: string
  coverage: DateRange[]
  columns: ResultColumns
  entityNames: Record<string, string>
  /** Entity id → pixel id (pixel-health.ts). */
  entityPixels: Record<string, string>
  pixels: PixelSummary[]
  missingMetrics: string[]
  /** Smart+ ad id → its creatives' ids, at ad level (smart-plus-rollup.ts). */
  smartPlusAds: Record<string, string[]>
  /**
   * Each pixel's events and clicks per day (pixel-health.ts), counted from the rows whenever the file is written
   * (a value passed to write is ignored, so it can never go stale); absent in files written before it.
   */
  pixelDays?: PixelDays
}

const Range = z.object({ from: z.string(), to: z.string() })
const HeaderSchema = z.object({
  advertiserId: z.string(),
  level: z.enum(RESULT_LEVELS),
  // The metric columns in file order: a build with other metrics reads the file as incompatible, not misaligned.
  metricKeys: z.array(z.string()),
  length: z.number().int().nonnegative(),
  days: z.array(z.string()),
  entities: z.array(z.string()),
  keys: z.array(z.string()),
  keyDimension: z.array(
    z
      .number()
      .int()
      .min(0)
      .max(RESULT_DIMENSIONS.length - 1),
  ),
  currency: z.string().nullable(),
  lastRefreshedAt: z.string(),
  coverage: z.array(Range),
  entityNames: z.record(z.string(), z.string()),
  // Absent in files written before pixel health: read as no mapping, so those pixels show as never seen until a refresh.
  entityPixels: z.record(z.string(), z.string()).default({}),
  pixels: z.array(
    z.object({ pixelId: z.string(), name: z.string(), code: z.string(), events: z.array(z.enum(PIXEL_EVENTS)), otherEvents: z.array(z.string()) }),
  ),
  missingMetrics: z.array(z.string()),
  // Absent in files written before Smart+ results: no ad is known as Smart+ until a refresh.
  smartPlusAds: z.record(z.string(), z.array(z.string())).default({}),
  pixelDays: z.record(z.string(), z.object({ events: z.array(z.number()), clicks: z.array(z.number()) })).optional(),
})

const pad8 = (n: number) => Math.ceil(n / 8) * 8

export type CacheRead = { state: 'empty' } | { state: 'corrupt'; problem: string } | { state: 'ready'; data: CachedResults }

const DAMAGED: CacheRead = { state: 'corrupt', problem: 'The saved results are damaged.' }

/** Every index within its dictionary and every figure a finite number; false at the first that is not. */
function inBounds(c: ResultColumns): boolean {
  // Plain loops, one per array: a shared helper over different array types ran three times slower.
  const { day, entity, key, values } = c
  const days = c.days.length
  const entities = c.entities.length
  const keys = c.keys.length
  let bad = 0
  for (let i = 0; i < c.length; i++) bad |= (day[i]! >= days ? 1 : 0) | (entity[i]! >= entities ? 1 : 0) | (key[i]! >= keys ? 1 : 0)
  // x - x is NaN for NaN and ±Infinity, 0 for every finite figure.
  for (let i = 0; i < values.length; i++) if (values[i]! - values[i]! !== 0) bad = 1
  return bad === 0
}

export function decodeCache(bytes: Uint8Array, advertiserId: string, level: ResultLevel): CacheRead {
  if (bytes.byteLength < PREAMBLE) return DAMAGED
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (view.getUint32(0, true) !== MAGIC) return { state: 'corrupt', problem: 'The saved results are damaged or from an incompatible version.' }
  if (view.getUint32(4, true) !== FORMAT) return { state: 'corrupt', problem: 'The saved results are damaged or from an incompatible version.' }
  const headerLength = view.getUint32(8, true)
  if (crc32(bytes.subarray(PREAMBLE)) !== view.getUint32(12, true)) return DAMAGED
  const ints = pad8(PREAMBLE + headerLength)
  let header
  try {
    header = HeaderSchema.parse(JSON.parse(new TextDecoder().decode(bytes.subarray(PREAMBLE, PREAMBLE + headerLength))))
  } catch {
    return DAMAGED
  }
  if (header.advertiserId !== advertiserId || header.level !== level || header.metricKeys.join() !== METRIC_KEYS.join())
    return { state: 'corrupt', problem: 'The saved results are damaged or from an incompatible version.' }
  const n = header.length
  const floats = ints + pad8(3 * 4 * n)
  if (bytes.byteLength !== floats + n * METRIC_COUNT * 8 || header.keyDimension.length !== header.keys.length) return DAMAGED
  // Views need 8-byte alignment: readAligned gives it; a buffer from elsewhere at an odd offset is copied once.
  const aligned = bytes.byteOffset % 8 === 0 ? bytes : Uint8Array.from(bytes)
  const base = aligned.byteOffset
  const columns: ResultColumns = {
    length: n,
    days: header.days,
    entities: header.entities,
    keys: header.keys,
    keyDimension: Uint8Array.from(header.keyDimension),
    day: new Uint32Array(aligned.buffer, base + ints, n),
    entity: new Uint32Array(aligned.buffer, base + ints + 4 * n, n),
    key: new Uint32Array(aligned.buffer, base + ints + 8 * n, n),
    values: new Float64Array(aligned.buffer, base + floats, n * METRIC_COUNT),
  }
  if (!inBounds(columns)) return DAMAGED
  const { currency, lastRefreshedAt, coverage, entityNames, entityPixels, pixels, missingMetrics, smartPlusAds, pixelDays } = header
  if (pixelDays && Object.values(pixelDays).some((p) => p.events.length !== header.days.length || p.clicks.length !== header.days.length))
    return DAMAGED
  return {
    state: 'ready',
    data: {
      currency,
      lastRefreshedAt,
      coverage,
      entityNames,
      entityPixels,
      pixels,
      missingMetrics,
      smartPlusAds,
      columns,
      ...(pixelDays ? { pixelDays } : {}),
    },
  }
}

/** The file as chunks, without copying the columns: the preamble (with the CRC of the rest), the header, the arrays. */
function cacheChunks(advertiserId: string, level: ResultLevel, data: CachedResults): Uint8Array[] {
  // Rows grouped by day, so opening a date range copies whole blocks (result-columns.ts selectRows).
  const c = sortedByDay(data.columns)
  const n = c.length
  const { columns: _columns, pixelDays: _stale, ...meta } = data
  const json = Buffer.from(
    JSON.stringify({
      advertiserId,
      level,
      metricKeys: METRIC_KEYS,
      length: n,
      days: c.days,
      entities: c.entities,
      keys: c.keys,
      keyDimension: [...c.keyDimension],
      ...meta,
      pixelDays: pixelDailyTotals(c, data.entityPixels, data.pixels),
    }),
    'utf8',
  )
  const header = new Uint8Array(pad8(PREAMBLE + json.byteLength) - PREAMBLE)
  header.set(json)
  const u8 = (a: Uint32Array | Float64Array, count: number) => new Uint8Array(a.buffer, a.byteOffset, count * a.BYTES_PER_ELEMENT)
  const ints = [u8(c.day, n), u8(c.entity, n), u8(c.key, n), new Uint8Array(pad8(12 * n) - 12 * n)]
  const body = [header, ...ints, u8(c.values, n * METRIC_COUNT)]
  const preamble = new Uint8Array(PREAMBLE)
  const view = new DataView(preamble.buffer)
  view.setUint32(0, MAGIC, true)
  view.setUint32(4, FORMAT, true)
  view.setUint32(8, json.byteLength, true)
  view.setUint32(
    12,
    body.reduce((crc, chunk) => crc32(chunk, crc), 0),
    true,
  )
  return [preamble, ...body]
}

export function encodeCache(advertiserId: string, level: ResultLevel, data: CachedResults): Uint8Array {
  return Buffer.concat(cacheChunks(advertiserId, level, data))
}

/** The whole file in one buffer that starts on an 8-byte boundary, so the columns can be viewed where they lie. */
function readAligned(path: string): Uint8Array {
  const fd = openSync(path, 'r')
  try {
    const size = fstatSync(fd).size
    const bytes = new Uint8Array(new ArrayBuffer(size))
    let at = 0
    while (at < size) {
      const got = readSync(fd, bytes, at, size - at, at)
      if (got === 0) break
      at += got
    }
    return at === size ? bytes : bytes.subarray(0, at)
  } finally {
    closeSync(fd)
  }
}

export function resultsCache(dataDir: string) {
  const dirOf = (advertiserId: string) => join(dataDir, 'results', advertiserId)
  const fileOf = (advertiserId: string, level: ResultLevel) => join(dirOf(advertiserId), `${level}.cols`)

  return {
    fileOf,
    read(advertiserId: string, level: ResultLevel): CacheRead {
      let bytes: Uint8Array
      try {
        bytes = readAligned(fileOf(advertiserId, level))
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'empty' }
        return { state: 'corrupt', problem: `The saved results could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).` }
      }
      return decodeCache(bytes, advertiserId, level)
    },
    write(advertiserId: string, level: ResultLevel, data: CachedResults) {
      mkdirSync(dirOf(advertiserId), { recursive: true })
      const chunks = cacheChunks(advertiserId, level, data)
      writeFileAtomic(fileOf(advertiserId, level), (write) => chunks.forEach(write))
    },
  }
}
export type ResultsCache = ReturnType<typeof resultsCache>
