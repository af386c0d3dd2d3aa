/** How Smart+ objects show up on the manual gets, and Smart+ update and status over real HTTP (notes tiktok-api-2026.md §2). */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useSandbox } from '#test/helpers/sandbox'
import { useTempDirs } from '#test/helpers/temp-dir'
import { adBody, api, campaignWithAdGroup, creative } from './smart-plus-http'

const sandbox = useSandbox()
const tempDir = useTempDirs()

async function smartPlusAccount() {
  const server = await sandbox()
  const call = api(server)
  const { campaignId, adgroupId } = await campaignWithAdGroup(call)
  const ad = await call.post('/smart_plus/ad/create/', adBody(adgroupId))
  const materials = (ad.data.creative_list as Array<{ ad_material_id: string }>).map((c) => c.ad_material_id)
  return { server, call, campaignId, adgroupId, adId: String(ad.data.smart_plus_ad_id), materials }
}

describe('Smart+ objects on the manual gets', () => {
  it('/campaign/get/ and /adgroup/get/ return them by default, marked, and filter on campaign_automation_type', async () => {
    const { call, campaignId, adgroupId } = await smartPlusAccount()
    const all = await call.get('/campaign/get/', { page_size: 100 })
    const mine = all.data.list?.find((c) => c.campaign_id === campaignId)
    expect(mine).toMatchObject({ campaign_automation_type: 'UPGRADED_SMART_PLUS' })
    expect(all.data.list?.length).toBeGreaterThan(1)
    const upgraded = await call.get('/campaign/get/', { filtering: { campaign_automation_type: 'UPGRADED_SMART_PLUS' } })
    expect(upgraded.data.list?.map((c) => c.campaign_id)).toEqual([campaignId])
    const manual = await call.get('/campaign/get/', { page_size: 100, filtering: { campaign_automation_type: 'MANUAL' } })
    expect(manual.data.list?.map((c) => c.campaign_id)).not.toContain(campaignId)
    expect(manual.data.list?.length).toBe((all.data.list?.length ?? 0) - 1)
    const groups = await call.get('/adgroup/get/', { filtering: { campaign_automation_type: 'UPGRADED_SMART_PLUS' } })
    expect(groups.data.list?.map((g) => g.adgroup_id)).toEqual([adgroupId])
    expect((await call.get('/campaign/get/', { filtering: { campaign_automation_type: 'ROBOT' } })).code).toBe(40002)
  })

  it('/ad/get/ returns one row per Smart+ creative, the ad-level rows only with ad_ids_v2', async () => {
    const { call, adgroupId, adId, materials } = await smartPlusAccount()
    const rows = await call.get('/ad/get/', { filtering: { adgroup_ids: [adgroupId] } })
    expect(rows.data.list?.map((r) => r.ad_id).sort()).toEqual([...materials].sort())
    expect(rows.data.list?.[0]).toMatchObject({
      smart_plus_ad_id: adId,
      campaign_automation_type: 'UPGRADED_SMART_PLUS_CREATIVE',
      adgroup_id: adgroupId,
    })
    const byCreative = await call.get('/ad/get/', { filtering: { ad_ids: [materials[1]] } })
    expect(byCreative.data.list).toHaveLength(1)
    const v2 = await call.get('/ad/get/', { filtering: { ad_ids_v2: [adId] } })
    expect(v2.data.list).toHaveLength(1)
    expect(v2.data.list?.[0]).toMatchObject({ ad_id_v2: adId, smart_plus_ad_id: adId, campaign_automation_type: 'UPGRADED_SMART_PLUS' })
    expect((v2.data.list?.[0]?.creative_list as unknown[]).length).toBe(3)
  })

  it('the manual ads are still listed beside the creative rows', async () => {
    const { call, materials } = await smartPlusAccount()
    const all = await call.get('/ad/get/', { page_size: 1000 })
    const creativeRows = all.data.list?.filter((r) => r.campaign_automation_type === 'UPGRADED_SMART_PLUS_CREATIVE') ?? []
    expect(creativeRows).toHaveLength(materials.length)
    expect((all.data.list?.length ?? 0) - creativeRows.length).toBeGreaterThan(0)
  })
})

describe('Smart+ update', () => {
  it('changes budget and name but refuses fields TikTok locks after creation', async () => {
    const { call, campaignId, adgroupId } = await smartPlusAccount()
    expect(await call.post('/smart_plus/campaign/update/', { campaign_id: campaignId, budget: 350 })).toMatchObject({
      code: 0,
      data: { budget: 350 },
    })
    expect((await call.post('/smart_plus/campaign/update/', { campaign_id: campaignId, budget_optimize_on: false })).message).toMatch(
      /^budget_optimize_on: /,
    )
    expect((await call.post('/smart_plus/adgroup/update/', { adgroup_id: adgroupId, billing_event: 'CPC' })).message).toMatch(/^billing_event: /)
    const retargeted = {
      adgroup_id: adgroupId,
      targeting_optimization_mode: 'MANUAL',
      targeting_spec: { location_ids: ['6252001'], age_groups: ['AGE_25_34'] },
    }
    expect(await call.post('/smart_plus/adgroup/update/', retargeted)).toMatchObject({ code: 0, data: { targeting_optimization_mode: 'MANUAL' } })
    const got = await call.get('/smart_plus/campaign/get/', { filtering: { campaign_ids: [campaignId] } })
    expect(got.data.list?.[0]).toMatchObject({ budget: 350, budget_optimize_on: true })
  })

  it('replaces an ad’s lists, keeping the ad_material_id of an unchanged creative', async () => {
    const { call, adId, materials } = await smartPlusAccount()
    const updated = await call.post('/smart_plus/ad/update/', {
      smart_plus_ad_id: adId,
      creative_list: [creative('v1'), creative('v8')],
      ad_text_list: [{ ad_text: 'New' }],
    })
    const ids = (updated.data.creative_list as Array<{ ad_material_id: string }>).map((c) => c.ad_material_id)
    expect(ids[0]).toBe(materials[0])
    expect(materials).not.toContain(ids[1])
    expect(updated.data.ad_text_list).toEqual([{ ad_text: 'New' }])
    expect((await call.post('/smart_plus/ad/update/', { smart_plus_ad_id: adId, adgroup_id: '1' })).message).toMatch(/^adgroup_id: /)
  })
})

describe('Smart+ status update', () => {
  it('answers code 0 and lists the ids that failed in data.error_list', async () => {
    const { call, campaignId } = await smartPlusAccount()
    const res = await call.post('/smart_plus/campaign/status/update/', {
      campaign_ids: [campaignId, '1790000000000999999'],
      operation_status: 'DISABLE',
    })
    expect(res.code).toBe(0)
    expect(res.data.campaign_ids).toEqual([campaignId])
    expect(res.data.error_list).toEqual([expect.objectContaining({ campaign_id: '1790000000000999999', code: 40007 })])
    const got = await call.get('/smart_plus/campaign/get/', { filtering: { campaign_ids: [campaignId] } })
    expect(got.data.list?.[0]).toMatchObject({ operation_status: 'DISABLE', secondary_status: 'CAMPAIGN_STATUS_DISABLE' })
  })

  it('deleting a campaign deletes its ad groups and ads; they leave the gets unless asked for', async () => {
    const { call, campaignId, adgroupId, adId } = await smartPlusAccount()
    expect(
      (await call.post('/smart_plus/campaign/status/update/', { campaign_ids: [campaignId], operation_status: 'DELETE' })).data.error_list,
    ).toEqual([])
    expect((await call.get('/smart_plus/adgroup/get/', { filtering: { adgroup_ids: [adgroupId] } })).data.list).toEqual([])
    expect((await call.get('/smart_plus/ad/get/', { filtering: { smart_plus_ad_ids: [adId] } })).data.list).toEqual([])
    const deleted = await call.get('/smart_plus/ad/get/', { filtering: { smart_plus_ad_ids: [adId], primary_status: 'STATUS_ALL' } })
    expect(deleted.data.list?.[0]).toMatchObject({ secondary_status: 'AD_STATUS_DELETE' })
    expect((await call.get('/ad/get/', { filtering: { adgroup_ids: [adgroupId] } })).data.list).toEqual([])
    // A deleted ad cannot change status again: a failure in the list, still code 0.
    const again = await call.post('/smart_plus/ad/status/update/', { smart_plus_ad_ids: [adId], operation_status: 'ENABLE' })
    expect(again).toMatchObject({ code: 0, data: { smart_plus_ad_ids: [], error_list: [expect.objectContaining({ smart_plus_ad_id: adId })] } })
  })

  it('takes 1 to 20 ids', async () => {
    const { call } = await smartPlusAccount()
    const ids = Array.from({ length: 21 }, (_, i) => `179000000000000${1000 + i}`)
    expect((await call.post('/smart_plus/adgroup/status/update/', { adgroup_ids: ids, operation_status: 'ENABLE' })).code).toBe(40011)
    expect((await call.post('/smart_plus/adgroup/status/update/', { adgroup_ids: [], operation_status: 'ENABLE' })).code).toBe(40002)
  })
})

describe('Smart+ persistence', () => {
  it('keeps Smart+ ads and their creative ids across a restart from the state file', async () => {
    const stateFile = join(tempDir(), 'sandbox.json')
    const first = api(await sandbox({ stateFile }))
    const { adgroupId } = await campaignWithAdGroup(first)
    const ad = await first.post('/smart_plus/ad/create/', adBody(adgroupId))
    const again = api(await sandbox({ stateFile }))
    const rows = await again.get('/ad/get/', { filtering: { adgroup_ids: [adgroupId] } })
    expect(rows.data.list?.map((r) => r.ad_id).sort()).toEqual(
      (ad.data.creative_list as Array<{ ad_material_id: string }>).map((c) => c.ad_material_id).sort(),
    )
    // New ids continue after the stored ones.
    const next = await again.post('/smart_plus/ad/create/', adBody(adgroupId))
    expect(BigInt(String(next.data.smart_plus_ad_id))).toBeGreaterThan(BigInt(String(ad.data.smart_plus_ad_id)))
  })
})
