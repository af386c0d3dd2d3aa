/**
 * Upgraded Smart+ in the sandbox's reports (notes tiktok-api-2026.md §2 "Reports"): per creative under `ad_id`, per
 * ad under `ad_id_v2`, and per creative in /smart_plus/material_report/*, all over raw HTTP.
 */
import { describe, expect, it } from 'vitest'
import type { ReportSandboxOptions } from '#backend/sandbox/report-route'
import { useSandbox } from '#test/helpers/sandbox'
import { dayAfter } from '#test/helpers/clock'
import { adBody, api, campaignWithAdGroup } from './smart-plus-http'

const sandbox = useSandbox()
const METRICS = ['spend', 'impressions', 'clicks', 'conversion']
const today = dayAfter(0)

async function smartPlusAccount(reports?: ReportSandboxOptions) {
  const server = await sandbox({ reports })
  const call = api(server)
  const { campaignId, adgroupId } = await campaignWithAdGroup(call)
  const ad = await call.post('/smart_plus/ad/create/', adBody(adgroupId))
  const materials = (ad.data.creative_list as Array<{ ad_material_id: string }>).map((c) => c.ad_material_id)
  const report = async (query: Record<string, unknown>) => {
    const r = await call.get('/report/integrated/get/', {
      data_level: 'AUCTION_AD',
      metrics: METRICS,
      start_date: today,
      end_date: today,
      page_size: 1000,
      ...query,
    })
    expect(r.code, r.message).toBe(0)
    return r.data.list as Array<{ dimensions: Record<string, string>; metrics: Record<string, string> }>
  }
  return { call, campaignId, adgroupId, adId: String(ad.data.smart_plus_ad_id), materials, report }
}

type Row = { dimensions: Record<string, string>; metrics: Record<string, string> }
const total = (rows: Row[], m: string) => rows.reduce((n, r) => n + Number(r.metrics[m]), 0)
const cents = (rows: Row[]) => Math.round(total(rows, 'spend') * 100)

describe('Smart+ delivery in report/integrated/get', () => {
  it('gives a Smart+ ad one row per creative under ad_id and one row under ad_id_v2, with the same figures', async () => {
    const { adId, materials, report } = await smartPlusAccount()
    const perCreative = (await report({ dimensions: ['ad_id'] })).filter((r) => materials.includes(r.dimensions.ad_id!))
    expect(perCreative.map((r) => r.dimensions.ad_id).sort()).toEqual([...materials].sort())
    expect(total(perCreative, 'impressions')).toBeGreaterThan(0)

    const byAd = await report({ dimensions: ['ad_id_v2'] })
    const mine = byAd.filter((r) => r.dimensions.ad_id_v2 === adId)
    expect(mine).toHaveLength(1)
    expect(byAd.some((r) => materials.includes(r.dimensions.ad_id_v2!))).toBe(false)
    for (const m of ['impressions', 'clicks', 'conversion']) expect(total(mine, m)).toBe(total(perCreative, m))
    expect(cents(mine)).toBe(cents(perCreative))
  })

  it('counts a Smart+ ad in its campaign and ad group, and filters by the Smart+ ad id', async () => {
    const { campaignId, adgroupId, adId, report } = await smartPlusAccount()
    const campaigns = await report({ data_level: 'AUCTION_CAMPAIGN', dimensions: ['campaign_id'] })
    const groups = await report({ data_level: 'AUCTION_ADGROUP', dimensions: ['adgroup_id'] })
    const ad = await report({
      dimensions: ['ad_id_v2'],
      filtering: [{ field_name: 'ad_ids', filter_type: 'IN', filter_value: JSON.stringify([adId]) }],
    })
    expect(ad.map((r) => r.dimensions.ad_id_v2)).toEqual([adId])
    expect(
      total(
        campaigns.filter((r) => r.dimensions.campaign_id === campaignId),
        'impressions',
      ),
    ).toBe(total(ad, 'impressions'))
    expect(
      total(
        groups.filter((r) => r.dimensions.adgroup_id === adgroupId),
        'impressions',
      ),
    ).toBe(total(ad, 'impressions'))
  })

  it('repeats a manual ad’s ad_id as its ad_id_v2 by default, or leaves it "-" in blank mode', async () => {
    const manualIds = async (reports?: ReportSandboxOptions) => {
      const { adId, report } = await smartPlusAccount(reports)
      const byAd = await report({ dimensions: ['ad_id_v2', 'ad_id'] })
      return byAd.filter((r) => r.dimensions.ad_id_v2 !== adId)
    }
    const same = await manualIds()
    expect(same.length).toBeGreaterThan(1)
    for (const r of same) expect(r.dimensions.ad_id_v2).toBe(r.dimensions.ad_id)

    const blank = await manualIds({ manualAdIdV2: 'blank' })
    expect(blank.map((r) => r.dimensions.ad_id_v2)).toEqual(blank.map(() => '-'))
    expect(total(blank, 'impressions')).toBe(total(same, 'impressions'))
  })
})

describe('/smart_plus/material_report/*', () => {
  it('overview: one row per creative of a Smart+ ad, sorted by spend, adding up to the ad', async () => {
    const { call, adId, report } = await smartPlusAccount()
    const r = await call.get('/smart_plus/material_report/overview/', {
      dimensions: ['smart_plus_ad_id', 'main_material_id'],
      metrics: METRICS,
      start_date: today,
      end_date: today,
      page_size: 100,
    })
    expect(r.code, r.message).toBe(0)
    const rows = r.data.list as Row[]
    expect(rows.map((x) => x.dimensions.main_material_id).sort()).toEqual(['v1', 'v2', 'v3'])
    expect(rows.every((x) => x.dimensions.smart_plus_ad_id === adId)).toBe(true)
    const spends = rows.map((x) => Number(x.metrics.spend))
    expect(spends).toEqual([...spends].sort((a, b) => b - a))
    const ad = (await report({ dimensions: ['ad_id_v2'] })).filter((x) => x.dimensions.ad_id_v2 === adId)
    expect(total(rows, 'impressions')).toBe(total(ad, 'impressions'))
  })

  it('breakdown: creatives by day for one Smart+ ad; flat rows when configured', async () => {
    const { call, adId } = await smartPlusAccount({ materialRows: 'flat' })
    const r = await call.get('/smart_plus/material_report/breakdown/', {
      dimensions: ['main_material_id', 'stat_time_day'],
      metrics: ['spend', 'clicks'],
      start_date: today,
      end_date: today,
      filtering: { smart_plus_ad_ids: [adId] },
    })
    expect(r.code, r.message).toBe(0)
    const rows = r.data.list as Array<Record<string, string>>
    expect(rows.map((x) => x.main_material_id).sort()).toEqual(['v1', 'v2', 'v3'])
    expect(rows[0]).toMatchObject({ stat_time_day: `${today} 00:00:00` })
    expect(rows[0]!.spend).toMatch(/^\d+\.\d\d$/)
  })

  it('refuses what the specs refuse', async () => {
    const { call } = await smartPlusAccount()
    const overview = (q: Record<string, unknown>) =>
      call.get('/smart_plus/material_report/overview/', {
        dimensions: ['smart_plus_ad_id', 'main_material_id'],
        start_date: today,
        end_date: today,
        ...q,
      })
    expect((await overview({ dimensions: ['main_material_id'] })).message).toMatch(/exactly 2/)
    expect((await overview({ dimensions: ['smart_plus_ad_id', 'stat_time_day'] })).message).toMatch(/not a dimension of the overview/)
    expect((await overview({ page_size: 101 })).code).toBe(40002)
    expect((await overview({ filtering: { smart_plus_ad_ids: Array.from({ length: 201 }, (_, i) => String(i)) } })).message).toMatch(/at most 200/)
    expect((await overview({ filtering: { ad_ids: ['1'] } })).code).toBe(40002)
    const lifetime = await call.get('/smart_plus/material_report/overview/', {
      dimensions: ['smart_plus_ad_id', 'main_material_id'],
      query_lifetime: true,
    })
    expect(lifetime.code, lifetime.message).toBe(0)
    const breakdown = await call.get('/smart_plus/material_report/breakdown/', { dimensions: ['main_material_id'] })
    expect(breakdown.message).toMatch(/start_date/)
  })
})
