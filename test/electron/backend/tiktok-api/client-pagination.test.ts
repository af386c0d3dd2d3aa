import { describe, expect, it } from 'vitest'
import { fetchAll } from '#backend/tiktok-api/client'
import { InvalidParamsError } from '#backend/tiktok-api/errors'
import { ADVERTISER, adGroupFields, campaignFields, clientFor, fakeClock, useSandbox } from '#test/helpers/sandbox'

const sandbox = useSandbox()
const unlimited = { default: Number.POSITIVE_INFINITY }

describe('pagination', () => {
  it('fetches 1,200 ad groups created through the API across pages of 1,000', async () => {
    const server = await sandbox({ qps: unlimited })
    const client = clientFor(server, { qps: unlimited, clock: fakeClock() })
    const { campaign_id } = await client.createCampaign(ADVERTISER, campaignFields({ budget: 5000 }))
    const created: string[] = []
    for (let batch = 0; batch < 1200; batch += 20) {
      const made = await Promise.all(
        Array.from({ length: 20 }, (_, i) => client.createAdGroup(ADVERTISER, adGroupFields(campaign_id, { adgroup_name: `Bulk ${batch + i}` }))),
      )
      created.push(...made.map((g) => g.adgroup_id))
    }
    const pageSizes: number[] = []
    for await (const page of client.adgroupPages(ADVERTISER, { filtering: { campaign_ids: [campaign_id] } })) pageSizes.push(page.length)
    expect(pageSizes).toEqual([1000, 200])
    const all = await fetchAll(client.adgroupPages(ADVERTISER, { filtering: { campaign_ids: [campaign_id] }, pageSize: 500 }))
    expect(all).toHaveLength(1200)
    expect(new Set(all.map((g) => g.adgroup_id))).toEqual(new Set(created))
    expect(server.stats('/adgroup/get/').requests).toBe(2 + 3)
  }, 30_000) // 1,200 real HTTP creates: a few seconds on a busy two-core machine.

  it('refuses page_size above 1,000 as an invalid parameter', async () => {
    const server = await sandbox()
    const error = await fetchAll(clientFor(server, { clock: fakeClock() }).campaignPages(ADVERTISER, { pageSize: 1001 })).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InvalidParamsError)
    expect(error).toMatchObject({ field: 'page_size' })
  })

  it('pages pixels 20 at a time', async () => {
    const server = await sandbox()
    for (let i = 0; i < 42; i++) {
      server.state.data.pixels.push({
        advertiser_id: ADVERTISER,
        pixel_id: server.state.nextId('pixel'),
        pixel_code: `EXTRA${i}`,
        pixel_name: `Extra ${i}`,
        create_time: '2026-11-01 00:00:00',
        events: [],
      })
    }
    const sizes: number[] = []
    for await (const page of clientFor(server, { clock: fakeClock() }).pixelPages(ADVERTISER)) sizes.push(page.length)
    expect(sizes).toEqual([20, 20, 5])
  })
})
