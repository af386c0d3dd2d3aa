/**
 * Upgraded Smart+ ads in Results, downloaded from the real sandbox over HTTP: one row per ad through `ad_id_v2`, the
 * creatives rolled into their ad when a report leaves `ad_id_v2` blank, and the per-creative view from
 * /smart_plus/material_report/overview/ (notes tiktok-api-2026.md §2 "Reports").
 */
import { describe, expect, it } from 'vitest'
import { createResultsService } from '#backend/results/results-service'
import type { ReportSandboxOptions } from '#backend/sandbox/report-route'
import { fetchAll } from '#backend/tiktok-api/client'
import { rowsOf } from '#shared/results/result-columns'
import type { ResultsSnapshot } from '#shared/results/results-types'
import { ADVERTISER, clientFor, fakeClock, useSandbox } from '#test/helpers/sandbox'
import { putSmartPlus } from '#test/helpers/smart-plus'
import { useTempDirs } from '#test/helpers/temp-dir'
import { dayAfter, TEST_NOW, testNow } from '#test/helpers/clock'

const sandbox = useSandbox()
const tempDir = useTempDirs()
const RANGE = { from: dayAfter(-9), to: dayAfter(-1) }

async function setUp(reports?: ReportSandboxOptions) {
  const server = await sandbox({ seed: 5, now: testNow, qps: { default: 10_000 }, reports })
  const smartPlus = putSmartPlus(server, ADVERTISER, new Date(TEST_NOW.getTime() - 12 * 86_400_000))
  const client = clientFor(server, { clock: fakeClock() })
  const service = createResultsService({ dataDir: tempDir(), client: async () => client, currencyOf: () => 'USD', now: testNow })
  return { server, client, service, smartPlus }
}

const rowsIn = (snap: ResultsSnapshot) => rowsOf(snap.columns, '0000-01-01', '9999-12-31')
const total = (rows: Array<{ metrics: Record<string, number> }>, k: string) => rows.reduce((n, r) => n + r.metrics[k]!, 0)

/** The sandbox's own per-creative rows of one breakdown, straight from the API (client code only as transport). */
async function perCreative(client: ReturnType<typeof clientFor>, materials: string[]) {
  const rows = await fetchAll(
    client.reportPages({
      advertiser_id: ADVERTISER,
      data_level: 'AUCTION_AD',
      dimensions: ['ad_id', 'stat_time_day', 'country_code'],
      metrics: ['spend', 'impressions', 'clicks'],
      start_date: RANGE.from,
      end_date: RANGE.to,
    }),
  )
  return rows.filter((r) => materials.includes(r.dimensions.ad_id!))
}

describe('Smart+ ads in Results', { timeout: 30_000 }, () => {
  it('shows each Smart+ ad as one ad, named, with its creatives listed and its figures the sum of theirs', async () => {
    const { server, client, service, smartPlus } = await setUp()
    const snap = await service.refresh({ advertiserId: ADVERTISER, level: 'ad', ...RANGE })
    const rows = rowsIn(snap).filter((r) => r.dimension === 'country')
    const ads = new Set(rows.map((r) => r.entityId))
    for (const id of smartPlus.ads) expect(ads.has(id)).toBe(true)
    expect(Object.keys(snap.smartPlusAds).sort()).toEqual([...smartPlus.ads].sort())
    const first = smartPlus.ads[0]!
    expect(snap.entityNames[first]).toBe('Smart+ spring ad 1.1')
    const materials = snap.smartPlusAds[first]!
    expect(materials).toHaveLength(2)
    // No creative shows up as an ad of its own.
    for (const m of Object.values(snap.smartPlusAds).flat()) expect(ads.has(m)).toBe(false)

    // The per-creative report was not needed: every row had its ad_id_v2, so one report per breakdown (9 days: one window).
    expect(server.stats('/report/integrated/get/').requests).toBe(5)
    const raw = await perCreative(client, materials)
    const mine = rows.filter((r) => r.entityId === first)
    expect(total(mine, 'impressions')).toBe(raw.reduce((n, r) => n + Number(r.metrics.impressions), 0))
    expect(total(mine, 'impressions')).toBeGreaterThan(0)
    expect(snap.entityNames[materials[0]!]).toBeUndefined()
  })

  it('rolls creatives into their ad when TikTok leaves ad_id_v2 blank for manual ads, to the same figures', async () => {
    const plain = await setUp()
    const expected = rowsIn(await plain.service.refresh({ advertiserId: ADVERTISER, level: 'ad', ...RANGE }))
    const blank = await setUp({ manualAdIdV2: 'blank' })
    const snap = await blank.service.refresh({ advertiserId: ADVERTISER, level: 'ad', ...RANGE })
    const got = rowsIn(snap)
    const key = (r: (typeof got)[number]) => `${r.entityId}|${r.day}|${r.dimension}|${r.key}`
    expect(got.map(key).sort()).toEqual(expected.map(key).sort())
    const byKey = new Map(expected.map((r) => [key(r), r]))
    for (const r of got) {
      const e = byKey.get(key(r))!
      expect(r.metrics.impressions).toBe(e.metrics.impressions)
      expect(r.metrics.spend).toBeCloseTo(e.metrics.spend, 6)
    }
    // Each report was asked twice: by ad_id_v2, then by ad_id.
    expect(blank.server.stats('/report/integrated/get/').requests).toBe(2 * plain.server.stats('/report/integrated/get/').requests)
    expect(got.some((r) => r.entityId === '-')).toBe(false)
  })

  it('lists one Smart+ ad’s creatives from the material report, adding up to the ad', async () => {
    const { service, smartPlus } = await setUp()
    const snap = await service.refresh({ advertiserId: ADVERTISER, level: 'ad', ...RANGE })
    const adId = smartPlus.ads[1]!
    const creatives = await service.creatives({ advertiserId: ADVERTISER, adId, ...RANGE })
    expect(creatives.adId).toBe(adId)
    expect(creatives.rows.map((r) => r.materialId).sort()).toEqual(['v121', 'v122'])
    expect(creatives.missingMetrics).toEqual([])
    const ad = rowsIn(snap).filter((r) => r.entityId === adId && r.dimension === 'country')
    expect(creatives.rows.reduce((n, r) => n + r.figures.impressions, 0)).toBe(total(ad, 'impressions'))
    expect(creatives.rows.reduce((n, r) => n + r.figures.spend, 0)).toBeCloseTo(total(ad, 'spend'), 6)
  })

  it('reads flat material rows too, and says so when TikTok cannot be reached', async () => {
    const { service, smartPlus, server } = await setUp({ materialRows: 'flat' })
    const creatives = await service.creatives({ advertiserId: ADVERTISER, adId: smartPlus.ads[0]!, ...RANGE })
    expect(creatives.rows.map((r) => r.materialId).sort()).toEqual(['v111', 'v112'])
    expect(creatives.rows.every((r) => r.figures.impressions > 0)).toBe(true)
    await server.close()
    await expect(service.creatives({ advertiserId: ADVERTISER, adId: smartPlus.ads[0]!, ...RANGE })).rejects.toThrow(/Could not download/)
  })
})
