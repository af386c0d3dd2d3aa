/**
 * Answers TikTok really gives that differ from what the embedded sandbox says
 * (notes tiktok-api-2026.md §3), served over real HTTP by a small server: the
 * client must read each one, and what it reads must make a valid store entity.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { createTikTokClient, fetchAll } from '#backend/tiktok-api/client'
import { MalformedResponseError } from '#backend/tiktok-api/errors'
import { quoteIntegerIds } from '#backend/tiktok-api/response-schemas'
import { fromApi } from '#backend/sync/entity-mapping'
import { AdGroupSchema, AdSchema } from '#shared/domain/entity-schemas'
import { fakeClock } from '#test/helpers/sandbox'
import { adGroupFields } from '#test/helpers/api-bodies'

const ADVERTISER = '7301000000000000001'
const PAGE = { page: 1, page_size: 1000, total_number: 1, total_page: 1 }
const TIMES = { create_time: '2026-11-01 10:00:00', modify_time: '2026-11-01 10:00:00' }
let server: Server | undefined
afterEach(async () => {
  await new Promise((r) => (server ? server.close(r) : r(undefined)))
  server = undefined
})

/** Answers each path with the raw JSON text given (so integers are written exactly as TikTok writes them). */
async function tikTokLike(bodies: Record<string, string>) {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '', 'http://x').pathname.replace('/open_api/v1.3', '')
    const data = bodies[path]
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(`{"code":0,"message":"OK","request_id":"r1","data":${data ?? '{}'}}`)
  })
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r))
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/open_api/v1.3`
  return createTikTokClient({ baseUrl, accessToken: 'tok', clock: fakeClock(), random: () => 0.5, maxAttempts: 1 })
}

const ad = (extra: string) =>
  `{"advertiser_id":"${ADVERTISER}","campaign_id":"11","adgroup_id":"12","ad_id":"13","ad_name":"A","operation_status":"ENABLE",` +
  `"ad_format":"SINGLE_VIDEO","ad_text":"Go","call_to_action":"LEARN_MORE","identity_type":"CUSTOMIZED_USER","video_id":"v1",` +
  `"image_ids":[],"create_time":"${TIMES.create_time}","modify_time":"${TIMES.modify_time}"${extra}}`

describe('answers as TikTok gives them', () => {
  it('reads an audience estimate without user_count_stage', async () => {
    const client = await tikTokLike({ '/ad/audience_size/estimate/': '{"user_count":{"lower_end":107229000,"upper_end":131059000}}' })
    const size = await client.audienceSize(ADVERTISER, { objective_type: 'TRAFFIC', optimization_goal: 'CLICK', location_ids: ['6252001'] })
    expect(size.user_count).toEqual({ lower_end: 107229000, upper_end: 131059000 })
    expect(size.user_count_stage).toBeUndefined()
  })

  it('reads integer tracking_pixel_id and page_id as exact strings, and 0 as not set', async () => {
    // 7302000000000000501 is beyond 2^53: parsed as a plain JSON number it would come back as 7302000000000000000.
    const client = await tikTokLike({
      '/ad/get/': `{"list":[${ad(',"tracking_pixel_id":7302000000000000501,"page_id":0')},${ad(',"tracking_pixel_id":0,"page_id":7302000000000000777').replace('"13"', '"14"')}],"page_info":${JSON.stringify({ ...PAGE, total_number: 2 })}}`,
    })
    const [first, second] = await fetchAll(client.adPages(ADVERTISER))
    expect(first).toMatchObject({ tracking_pixel_id: '7302000000000000501' })
    expect(first!.page_id).toBeUndefined()
    expect(second!.tracking_pixel_id).toBeUndefined()
    expect(second!.page_id).toBe('7302000000000000777')
    const stored = AdSchema.parse(fromApi('ad', first!))
    expect(stored.tracking_pixel_id).toBe('7302000000000000501')
    expect('tracking_pixel_id' in fromApi('ad', second!)).toBe(false)
  })

  it('still reads string pixel ids, and refuses a negative one instead of storing it', async () => {
    const ok = await tikTokLike({ '/ad/get/': `{"list":[${ad(',"tracking_pixel_id":"7302000000000000501"')}],"page_info":${JSON.stringify(PAGE)}}` })
    expect((await fetchAll(ok.adPages(ADVERTISER)))[0]!.tracking_pixel_id).toBe('7302000000000000501')
    await new Promise((r) => server!.close(r))
    const bad = await tikTokLike({ '/ad/get/': `{"list":[${ad(',"tracking_pixel_id":-5')}],"page_info":${JSON.stringify(PAGE)}}` })
    await expect(fetchAll(bad.adPages(ADVERTISER))).rejects.toBeInstanceOf(MalformedResponseError)
  })

  it('reads a pixel without events as a pixel with none', async () => {
    const client = await tikTokLike({
      '/pixel/list/': `{"pixels":[{"pixel_id":"7302000000000000501","pixel_code":"C1","pixel_name":"Shop"}],"page_info":${JSON.stringify(PAGE)}}`,
    })
    const [pixel] = await fetchAll(client.pixelPages(ADVERTISER))
    expect(pixel).toMatchObject({ pixel_id: '7302000000000000501', events: [] })
  })

  it('reads an ad group without location_ids (zip-code targeting) as one with no locations', async () => {
    const { location_ids: _l, ...fields } = adGroupFields('11')
    const row = { ...fields, advertiser_id: ADVERTISER, adgroup_id: '12', operation_status: 'ENABLE', zipcode_ids: ['z1'], ...TIMES }
    const client = await tikTokLike({ '/adgroup/get/': JSON.stringify({ list: [row], page_info: PAGE }) })
    const [adgroup] = await fetchAll(client.adgroupPages(ADVERTISER))
    expect(adgroup!.location_ids).toEqual([])
    expect(AdGroupSchema.parse(fromApi('adgroup', adgroup!)).location_ids).toEqual([])
  })

  it('leaves a Smart+ ad group’s locations where TikTok puts them, in targeting_spec', async () => {
    const row = {
      advertiser_id: ADVERTISER,
      campaign_id: '11',
      adgroup_id: '12',
      adgroup_name: 'Smart+',
      budget_mode: 'BUDGET_MODE_DAY',
      operation_status: 'ENABLE',
      campaign_automation_type: 'UPGRADED_SMART_PLUS',
      targeting_spec: { location_ids: ['6252001'] },
      ...TIMES,
    }
    const client = await tikTokLike({ '/adgroup/get/': JSON.stringify({ list: [row], page_info: PAGE }) })
    const [adgroup] = await fetchAll(client.adgroupPages(ADVERTISER))
    expect(adgroup!.location_ids).toBeUndefined()
    expect(adgroup).toMatchObject({ targeting_spec: { location_ids: ['6252001'] } })
  })
})

describe('quoteIntegerIds', () => {
  it('quotes only those ids, never text inside a string value', () => {
    const body = '{"ad_text":"say \\"page_id\\":5 here","page_id":12,"pixel_id":"3","tracking_pixel_id" : 7302000000000000501}'
    expect(JSON.parse(quoteIntegerIds(body))).toEqual({
      ad_text: 'say "page_id":5 here',
      page_id: '12',
      pixel_id: '3',
      tracking_pixel_id: '7302000000000000501',
    })
  })
})
