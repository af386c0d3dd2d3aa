/**
 * Results over 1,000,000 rows (a year of a large account: ad × day × country
 * rows from the BASIC report and placement rows from the AUDIENCE report), p50
 * of repeated runs: the aggregation that feeds every chart; opening Results
 * from the binary column cache (read, check, aggregate to the first chart's
 * data, the whole way the page goes: read, check, select the page's range, copy
 * across IPC as Electron's structured clone does, aggregate); refreshing one day
 * of that cache (drop the day, add its fresh rows, write atomically, network
 * excluded).
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { resultsCache } from '#backend/results/results-cache'
import { aggregate, emptySums } from '#shared/results/aggregate'
import { pixelHealthOf } from '#shared/results/pixel-health'
import { ROW_EVENTS, type ResultRow } from '#shared/results/report-rows'
import { concatColumns, selectRows, toColumns } from '#shared/results/result-columns'
import { addDays, previousPeriod } from '#shared/results/date-range'
import { percentile, round, type Bench } from './figures'
import { TEST_NOW } from '../helpers/clock'

const ROWS = 1_000_000
const COUNTRIES = ['US', 'US-CA', 'DE', 'FR', 'ES', 'IT', 'JP', 'TH', 'VN', 'PH']
const PLACEMENTS = ['PLACEMENT_TIKTOK', 'PLACEMENT_PANGLE', 'PLACEMENT_GLOBAL_APP_BUNDLE']

function syntheticRows(n: number): ResultRow[] {
  const rows: ResultRow[] = []
  let seed = 1
  const rnd = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648
  for (let i = 0; i < n; i++) {
    const metrics = emptySums()
    metrics.impressions = Math.floor(rnd() * 5000)
    metrics.clicks = Math.floor(metrics.impressions * 0.01)
    metrics.spend = Math.round(metrics.impressions * 0.8) / 100
    for (const e of ROW_EVENTS) metrics[e] = Math.floor(metrics.clicks * rnd() * 0.5)
    metrics.conversions = metrics.Purchase
    metrics.value = metrics.Purchase * 85
    rows.push({
      day: addDays('2026-01-01', i % 365),
      entityId: String(7_000_000 + (i % 920)),
      // Country rows (BASIC) and, one in four, placement rows (AUDIENCE), as a download stores them.
      dimension: i % 4 === 3 ? 'placement' : 'country',
      key: i % 4 === 3 ? PLACEMENTS[i % 3]! : COUNTRIES[i % 10]!,
      metrics,
    })
  }
  return rows
}

const timed = (f: () => void) => {
  const t = performance.now()
  f()
  return performance.now() - t
}

const bench: Bench = async () => {
  let rows: ResultRow[] | null = syntheticRows(ROWS)
  const columnsMs = timed(() => toColumns(rows!))
  const cols = toColumns(rows)
  // One day's fresh rows, for the refresh below (what a download of the newest day brings).
  const day = '2026-06-01'
  const dayRows = rows.filter((r) => r.day === day)
  // The app's main process holds columns, not a million row objects: let them go, or every major GC below marks them.
  rows = null
  const query = { range: { from: '2026-10-01', to: '2026-12-29' }, bucket: 'day' as const, compare: true }
  aggregate(cols, query) // warm-up: let the JIT compile the loop first, as it will have after the first chart
  const samples = Array.from({ length: 15 }, () => timed(() => aggregate(cols, query)))
  const wholeYear = Array.from({ length: 5 }, () =>
    timed(() => aggregate(cols, { range: { from: '2026-01-01', to: '2026-12-31' }, bucket: 'week', compare: false })),
  )

  const dir = mkdtempSync(join(tmpdir(), 'adwright-results-bench-'))
  try {
    const cache = resultsCache(dir)
    const data = {
      currency: 'USD',
      lastRefreshedAt: TEST_NOW.toISOString(),
      coverage: [],
      columns: cols,
      entityNames: {},
      // Three pixels across the 920 entities, so opening also works out each pixel's health.
      entityPixels: Object.fromEntries(cols.entities.map((e, i) => [e, `pixel-${i % 3}`])),
      pixels: [0, 1, 2].map((i) => ({ pixelId: `pixel-${i}`, name: `Pixel ${i}`, code: `C${i}`, events: [], otherEvents: [] })),
      missingMetrics: [],
      smartPlusAds: {},
    }
    const writeMs = timed(() => cache.write('1', 'ad', data))
    const bytes = statSync(cache.fileOf('1', 'ad')).size
    // What results:get sends: the range and its comparison period, as columns.
    const from = previousPeriod(query.range).from
    const firstChart = () => {
      const read = cache.read('1', 'ad')
      if (read.state !== 'ready') throw new Error(`bench cache unreadable: ${read.state}`)
      const c = read.data.columns
      const snapshot = selectRows(c, (d) => c.days[d]! >= from && c.days[d]! <= query.range.to)
      // Electron's IPC and the worker's postMessage copy by structured clone: typed arrays go as one block each.
      // As results-service.ts: from the per-day totals the cache counted when written.
      pixelHealthOf(c.days, read.data.pixelDays!, read.data.pixels, query.range.to)
      aggregate(structuredClone(snapshot), query)
    }
    const openMs = percentile(
      Array.from({ length: 5 }, () => timed(firstChart)),
      50,
    )

    // The refresh without the network: read, drop the day, add its fresh rows, write.
    const refreshDay = () => {
      const read = cache.read('1', 'ad')
      if (read.state !== 'ready') throw new Error(`bench cache unreadable: ${read.state}`)
      const c = read.data.columns
      const kept = selectRows(c, (d) => c.days[d] !== day)
      cache.write('1', 'ad', { ...read.data, columns: concatColumns(kept, toColumns(dayRows)) })
    }
    const refreshMs = percentile(
      Array.from({ length: 3 }, () => timed(refreshDay)),
      50,
    )
    return [
      {
        name: `aggregate ${ROWS.toLocaleString('en')} rows, 90 days + previous period by day, p50 of 15`,
        value: round(percentile(samples, 50), 1),
        unit: 'ms',
        goal: '< 100 ms',
      },
      { name: `aggregate ${ROWS.toLocaleString('en')} rows, p95 of 15`, value: round(percentile(samples, 95), 1), unit: 'ms', goal: '' },
      {
        name: `aggregate ${ROWS.toLocaleString('en')} rows, whole year by week, p50 of 5`,
        value: round(percentile(wholeYear, 50), 1),
        unit: 'ms',
        goal: '< 300 ms',
      },
      {
        name: `open Results over ${ROWS.toLocaleString('en')} cached rows: read + check cache, select 180 days, pixel health, IPC copy, first chart's data, p50 of 5`,
        value: round(openMs, 1),
        unit: 'ms',
        goal: '< 500 ms',
      },
      {
        name: `refresh one day (${dayRows.length.toLocaleString('en')} rows) of a ${ROWS.toLocaleString('en')}-row cache, network excluded, p50 of 3`,
        value: round(refreshMs, 1),
        unit: 'ms',
        goal: '< 1000 ms',
      },
      { name: `column cache of ${ROWS.toLocaleString('en')} rows: file size`, value: round(bytes / 1_048_576, 1), unit: 'MB', goal: '' },
      { name: `column cache of ${ROWS.toLocaleString('en')} rows: atomic write`, value: round(writeMs, 1), unit: 'ms', goal: '' },
      { name: `build columns from ${ROWS.toLocaleString('en')} row objects`, value: round(columnsMs, 1), unit: 'ms', goal: '' },
    ]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
export default bench
