/**
 * Results aggregation over 1,000,000 rows (ad × day × country × placement, a
 * year of a large account), p50 of repeated runs: the one pass that feeds every
 * chart of the Results page. Building the columns from row objects happens once
 * when the rows arrive and is reported beside it; so are the JSON cache's size
 * and read time for the same rows.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { resultsCache } from '#backend/results/results-cache'
import { aggregate, emptySums } from '#shared/results/aggregate'
import { ROW_EVENTS, type ResultRow } from '#shared/results/report-rows'
import { toColumns } from '#shared/results/result-columns'
import { addDays } from '#shared/results/date-range'
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
  const rows = syntheticRows(ROWS)
  const columnsMs = timed(() => toColumns(rows))
  const cols = toColumns(rows)
  const query = { range: { from: '2026-10-01', to: '2026-12-29' }, bucket: 'day' as const, compare: true }
  aggregate(cols, query) // warm-up: let the JIT compile the loop first, as it will have after the first chart
  const samples = Array.from({ length: 15 }, () => timed(() => aggregate(cols, query)))
  const wholeYear = Array.from({ length: 5 }, () =>
    timed(() => aggregate(cols, { range: { from: '2026-01-01', to: '2026-12-31' }, bucket: 'week', compare: false })),
  )

  const dir = mkdtempSync(join(tmpdir(), 'adwright-results-bench-'))
  try {
    const cache = resultsCache(dir)
    const cached = rows.slice(0, 100_000)
    const data = {
      currency: 'USD',
      lastRefreshedAt: TEST_NOW.toISOString(),
      coverage: [],
      rows: cached,
      entityNames: {},
      pixels: [],
      missingMetrics: [],
    }
    const writeMs = timed(() => cache.write('1', 'ad', data))
    const bytes = statSync(cache.fileOf('1', 'ad')).size
    const readMs = percentile(
      Array.from({ length: 5 }, () => timed(() => cache.read('1', 'ad'))),
      50,
    )
    return [
      {
        name: `aggregate ${ROWS.toLocaleString('en')} rows, 90 days + previous period by day, p50 of 15`,
        value: round(percentile(samples, 50), 1),
        unit: 'ms',
        goal: '< 300 ms',
      },
      { name: `aggregate ${ROWS.toLocaleString('en')} rows, p95 of 15`, value: round(percentile(samples, 95), 1), unit: 'ms', goal: '' },
      {
        name: `aggregate ${ROWS.toLocaleString('en')} rows, whole year by week, p50 of 5`,
        value: round(percentile(wholeYear, 50), 1),
        unit: 'ms',
        goal: '< 300 ms',
      },
      { name: `build columns from ${ROWS.toLocaleString('en')} row objects (once per load)`, value: round(columnsMs, 1), unit: 'ms', goal: '' },
      { name: 'JSON cache of 100,000 rows: file size', value: round(bytes / 1_048_576, 2), unit: 'MB', goal: '' },
      { name: 'JSON cache of 100,000 rows: atomic write', value: round(writeMs, 1), unit: 'ms', goal: '' },
      { name: 'JSON cache of 100,000 rows: read + validate, p50 of 5', value: round(readMs, 1), unit: 'ms', goal: '' },
    ]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
export default bench
