/**
 * The on-disk Results cache: one JSON file per advertiser and level under
 * `<dataDir>/results/<advertiserId>/<level>.json`, replaced atomically (write a
 * temporary file, then rename) so a crash mid-write leaves the old file whole.
 * Rows are stored as arrays in METRIC_KEYS order, a third of the size of
 * objects. JSON rather than lmdb: see docs/ARCHITECTURE.md, Results.
 */
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import type { DateRange } from '#shared/results/date-range'
import { PIXEL_EVENTS, type PixelSummary } from '#shared/results/pixel-events'
import { METRIC_KEYS, RESULT_LEVELS, type MetricKey, type ResultLevel, type ResultRow } from '#shared/results/report-rows'
import { RESULT_DIMENSIONS, type ResultDimension } from '#shared/results/report-types'
import { writeFileAtomic } from '../storage/atomic-write'

// 2: rows carry their breakdown dimension (BASIC by country, AUDIENCE by placement/age/gender/platform). A format-1 file
// reads as incompatible, which the page offers to refresh.
const FORMAT = 2

export interface CachedResults {
  currency: string | null
  lastRefreshedAt: string
  coverage: DateRange[]
  rows: ResultRow[]
  entityNames: Record<string, string>
  pixels: PixelSummary[]
  missingMetrics: string[]
}

const Range = z.object({ from: z.string(), to: z.string() })
const FileSchema = z.object({
  format: z.literal(FORMAT),
  advertiserId: z.string(),
  level: z.enum(RESULT_LEVELS),
  currency: z.string().nullable(),
  lastRefreshedAt: z.string(),
  coverage: z.array(Range),
  // Checked by rowOf: zod per tuple took 0.5 s for 100,000 rows, on main's thread.
  rows: z.array(z.unknown()),
  entityNames: z.record(z.string(), z.string()),
  pixels: z.array(
    z.object({ pixelId: z.string(), name: z.string(), code: z.string(), events: z.array(z.enum(PIXEL_EVENTS)), otherEvents: z.array(z.string()) }),
  ),
  missingMetrics: z.array(z.string()),
})

const WIDTH = 4 + METRIC_KEYS.length

/** One stored row, `[day, entityId, dimension, key, ...metrics in METRIC_KEYS order]`, or null if malformed. */
function rowOf(stored: unknown): ResultRow | null {
  if (!Array.isArray(stored) || stored.length !== WIDTH) return null
  const [day, entityId, dimension, key] = stored as unknown[]
  if (typeof day !== 'string' || typeof entityId !== 'string' || typeof key !== 'string') return null
  if (!RESULT_DIMENSIONS.includes(dimension as ResultDimension)) return null
  const metrics = {} as Record<MetricKey, number>
  for (let i = 0; i < METRIC_KEYS.length; i++) {
    const v: unknown = stored[4 + i]
    if (typeof v !== 'number' || !Number.isFinite(v)) return null
    metrics[METRIC_KEYS[i]!] = v
  }
  return { day, entityId, dimension: dimension as ResultDimension, key, metrics }
}

export type CacheRead = { state: 'empty' } | { state: 'corrupt'; problem: string } | { state: 'ready'; data: CachedResults }

export function resultsCache(dataDir: string) {
  const dirOf = (advertiserId: string) => join(dataDir, 'results', advertiserId)
  const fileOf = (advertiserId: string, level: ResultLevel) => join(dirOf(advertiserId), `${level}.json`)

  return {
    fileOf,
    read(advertiserId: string, level: ResultLevel): CacheRead {
      let text: string
      try {
        text = readFileSync(fileOf(advertiserId, level), 'utf8')
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'empty' }
        return { state: 'corrupt', problem: `The saved results could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).` }
      }
      let json: unknown
      try {
        json = JSON.parse(text)
      } catch {
        return { state: 'corrupt', problem: 'The saved results are damaged (not valid JSON).' }
      }
      const parsed = FileSchema.safeParse(json)
      if (!parsed.success || parsed.data.advertiserId !== advertiserId || parsed.data.level !== level) {
        return { state: 'corrupt', problem: 'The saved results are damaged or from an incompatible version.' }
      }
      const { format: _f, advertiserId: _a, level: _l, ...f } = parsed.data
      const rows: ResultRow[] = []
      for (const stored of f.rows) {
        const row = rowOf(stored)
        if (!row) return { state: 'corrupt', problem: 'Some saved results are damaged.' }
        rows.push(row)
      }
      return { state: 'ready', data: { ...f, rows } }
    },
    write(advertiserId: string, level: ResultLevel, data: CachedResults) {
      mkdirSync(dirOf(advertiserId), { recursive: true })
      const file = fileOf(advertiserId, level)
      const body = {
        format: FORMAT,
        advertiserId,
        level,
        ...data,
        rows: data.rows.map((r) => [r.day, r.entityId, r.dimension, r.key, ...METRIC_KEYS.map((k) => r.metrics[k])]),
      }
      writeFileAtomic(file, JSON.stringify(body))
    },
  }
}
export type ResultsCache = ReturnType<typeof resultsCache>
