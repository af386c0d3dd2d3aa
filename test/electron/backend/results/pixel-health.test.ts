/**
 * Pixel health from a real refresh against the sandbox: the demo's ad groups all report to one pixel; when that
 * pixel stops receiving events (the sandbox's broken-tag switch) while the ads keep getting clicks, the snapshot
 * says it went quiet, from which day, and what the clicks were.
 */
import { describe, expect, it } from 'vitest'
import { createResultsService } from '#backend/results/results-service'
import { pixelHealth, pixelHealthOf } from '#shared/results/pixel-health'
import { resultsCache } from '#backend/results/results-cache'
import { toColumns } from '#shared/results/result-columns'
import { emptySums } from '#shared/results/aggregate'
import { ADVERTISER, clientFor, fakeClock, useSandbox } from '#test/helpers/sandbox'
import { useTempDirs } from '#test/helpers/temp-dir'
import { dayAfter, testNow } from '#test/helpers/clock'

const sandbox = useSandbox()
const tempDir = useTempDirs()
const range = { from: dayAfter(-20), to: dayAfter(0) }

async function refreshed(quietSince?: string, level: 'campaign' | 'adgroup' | 'ad' = 'adgroup') {
  const server = await sandbox({ qps: { default: 10_000 } })
  const pixels = server.state.data.pixels
  if (quietSince) pixels[0]!.sandbox_quiet_since = quietSince
  const client = clientFor(server, { clock: fakeClock() })
  const dataDir = tempDir()
  const service = createResultsService({
    dataDir,
    client: async () => client,
    currencyOf: () => 'USD',
    timezoneOf: () => 'Etc/GMT',
    now: testNow,
  })
  const snap = await service.refresh({ advertiserId: ADVERTISER, level, ...range })
  return { snap, pixels, service, dataDir }
}

describe('pixel health', () => {
  it('a firing pixel: events every day, the last one today (BASIC rows are current); the pixels no ad group uses were never seen', async () => {
    const { snap, pixels } = await refreshed()
    const [main, ...others] = snap.pixelHealth
    expect(main).toMatchObject({ pixelId: pixels[0]!.pixel_id, name: 'Northwind web pixel', status: 'firing', lastEventDay: dayAfter(0) })
    expect(main!.daily).toHaveLength(30)
    expect(main!.daily.at(-1)!.day).toBe(dayAfter(-1))
    expect(main!.daily.filter((d) => d.day >= range.from).every((d) => d.events > 0)).toBe(true)
    expect(others.map((o) => o.status)).toEqual(['never', 'never'])
  })

  it('goes quiet when events stop while the ads still get clicks, at every level', async () => {
    for (const level of ['adgroup', 'ad', 'campaign'] as const) {
      const { snap } = await refreshed(dayAfter(-3), level)
      const main = snap.pixelHealth[0]!
      expect(main.status, level).toBe('quiet')
      expect(main.lastEventDay, level).toBe(dayAfter(-4))
      expect(main.quietClicks, level).toBeGreaterThan(100)
      expect(main.daily.filter((d) => d.day >= dayAfter(-3)).every((d) => d.events === 0)).toBe(true)
    }
  })

  it('the cache counts each pixel’s days when written, so opening reads them instead of every row; a stale count passed in is ignored', async () => {
    const { snap, service, dataDir } = await refreshed(dayAfter(-3))
    const cache = resultsCache(dataDir)
    const read = cache.read(ADVERTISER, 'adgroup')
    if (read.state !== 'ready') throw new Error('expected a readable cache')
    const { pixelDays, columns, entityPixels, pixels } = read.data
    expect(Object.keys(pixelDays!)).toEqual(pixels.map((p) => p.pixelId))
    expect(pixelHealthOf(columns.days, pixelDays!, pixels, dayAfter(0))).toEqual(pixelHealth(columns, entityPixels, pixels, dayAfter(0)))
    expect(service.get({ advertiserId: ADVERTISER, level: 'adgroup', ...range }).pixelHealth).toEqual(snap.pixelHealth)
    // A write given a wrong count (a caller that kept an old one) stores the rows' own.
    const main = pixels[0]!.pixelId
    cache.write(ADVERTISER, 'adgroup', { ...read.data, pixelDays: { [main]: { events: columns.days.map(() => 99), clicks: [] } } })
    const again = cache.read(ADVERTISER, 'adgroup')
    expect(again.state === 'ready' && again.data.pixelDays![main]).toEqual(pixelDays![main])
  })

  it('one quiet day is not yet a warning', async () => {
    const { snap } = await refreshed(dayAfter(-1))
    expect(snap.pixelHealth[0]).toMatchObject({ status: 'firing', lastEventDay: dayAfter(-2) })
  })
})

describe('pixel health rules', () => {
  const row = (day: string, clicks: number, events: number) => {
    const metrics = emptySums()
    metrics.clicks = clicks
    metrics.ViewContent = events
    return { day, entityId: 'g1', dimension: 'country' as const, key: 'US', metrics }
  }
  const pixels = [{ pixelId: 'p1', name: 'Site', code: 'C1', events: [], otherEvents: [] }]
  const today = '2026-11-23'

  it('quiet without clicks is idle; a pixel that fired on fewer than 3 of the 14 days before is not one that used to fire', () => {
    const history = ['2026-11-10', '2026-11-12', '2026-11-15'].map((d) => row(d, 50, 5))
    const idle = toColumns([...history, row('2026-11-21', 0, 0), row('2026-11-22', 0, 0)])
    expect(pixelHealth(idle, { g1: 'p1' }, pixels, today)[0]!.status).toBe('idle')
    const quiet = toColumns([...history, row('2026-11-22', 40, 0)])
    expect(pixelHealth(quiet, { g1: 'p1' }, pixels, today)[0]).toMatchObject({ status: 'quiet', quietClicks: 40, lastEventDay: '2026-11-15' })
    const sparse = toColumns([...history.slice(0, 2), row('2026-11-22', 40, 0)])
    expect(pixelHealth(sparse, { g1: 'p1' }, pixels, today)[0]!.status).toBe('firing')
    // Rows of other breakdowns repeat the same delivery and are not counted twice.
    const placement = { ...row('2026-11-22', 40, 0), dimension: 'placement' as const, key: 'PLACEMENT_TIKTOK' }
    expect(pixelHealth(toColumns([...history, row('2026-11-22', 40, 0), placement]), { g1: 'p1' }, pixels, today)[0]!.quietClicks).toBe(40)
  })
})
