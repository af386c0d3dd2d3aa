/** The client against the real sandbox over HTTP: each error family TikTok has, and what the client does with it. */
import { describe, expect, it } from 'vitest'
import { fetchAll } from '#backend/tiktok-api/client'
import {
  AmbiguousRequestError,
  AuthError,
  DuplicateRequestError,
  InvalidParamsError,
  MinorsTargetingError,
  RateLimitError,
  TransientError,
} from '#backend/tiktok-api/errors'
import { ADVERTISER, adGroupFields, campaignFields, clientFor, fakeClock, useSandbox } from '#test/helpers/sandbox'
import { createDemoAccount } from '#shared/domain/demo/index'
import { TEST_NOW } from '#test/helpers/clock'

const sandbox = useSandbox()

describe('auth errors', () => {
  it('maps empty, invalid and expired tokens to AuthError without retrying', async () => {
    const clock = fakeClock()
    const server = await sandbox({ clock })
    const empty = clientFor(server, { accessToken: '', clock })
    const wrong = clientFor(server, { accessToken: 'not-a-token', clock })
    await expect(empty.getAdvertisers()).rejects.toMatchObject({ name: 'AuthError', code: 40104, action: 'reconnect' })
    await expect(wrong.getAdvertisers()).rejects.toMatchObject({ name: 'AuthError', code: 40105 })
    server.faults.expireTokens()
    const error = await clientFor(server, { clock })
      .getAdvertisers()
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AuthError)
    expect(error).toMatchObject({ code: 40102, kind: 'auth' })
    expect(server.stats('/oauth2/advertiser/get/').requests).toBe(3)
  })
})

describe('rate limits', () => {
  it('backs off after the server refuses with 40100 and then succeeds', async () => {
    const clock = fakeClock()
    const server = await sandbox({ clock, qps: { default: 10, endpoints: { '/campaign/get/': 2 } } })
    // The client thinks it may send 100 per second, so the server's 2 QPS limit is what stops it.
    const client = clientFor(server, { clock, qps: { default: 100 } })
    for (let i = 0; i < 6; i++) {
      const [page] = await fetchAll(client.campaignPages(ADVERTISER)).then((all) => [all])
      // The sandbox's demo account, every campaign on one page.
      expect(page).toHaveLength(createDemoAccount(ADVERTISER, TEST_NOW).campaigns.length)
    }
    const { requests, rejectedByQps } = server.stats('/campaign/get/')
    expect(rejectedByQps).toBeGreaterThan(0)
    expect(requests).toBe(6 + rejectedByQps)
    // Every rate-limit retry waits at least the one-second QPS window.
    expect(clock.sleeps.filter((ms) => ms >= 1000)).toHaveLength(rejectedByQps)
  })

  it('paces requests itself so a server at the same QPS refuses none', async () => {
    const clock = fakeClock()
    const server = await sandbox({ clock, qps: { default: 5 } })
    const client = clientFor(server, { clock, qps: { default: 5 } })
    for (let i = 0; i < 20; i++) await client.languages(ADVERTISER)
    expect(server.stats('/tool/language/')).toEqual({ requests: 20, rejectedByQps: 0 })
  })

  it('gives up with RateLimitError after the attempts run out', async () => {
    const clock = fakeClock()
    const server = await sandbox({ clock, faults: { rules: [{ endpoint: '/tool/language/', kind: 'error-code', code: 40133 }] } })
    const error = await clientFor(server, { clock, maxAttempts: 3 })
      .languages(ADVERTISER)
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RateLimitError)
    expect(server.stats('/tool/language/').requests).toBe(3)
  })
})

describe('transient failures', () => {
  it('retries HTTP 503 and TikTok 50000 with exponential backoff and full jitter', async () => {
    const clock = fakeClock()
    const server = await sandbox({
      clock,
      faults: {
        rules: [
          { endpoint: '/tool/region/', kind: 'http-status', status: 503, times: 2 },
          { endpoint: '/tool/language/', kind: 'error-code', code: 50000, times: 3 },
        ],
      },
    })
    const client = clientFor(server, { clock, backoffBaseMs: 400, random: () => 0.5 })
    const regions = await client.regions(ADVERTISER, { placements: ['PLACEMENT_TIKTOK'], objective_type: 'TRAFFIC' })
    expect(regions.region_info.map((r) => r.location_id)).toContain('6252001')
    const backoffs = clock.sleeps.filter((ms) => ms >= 100)
    // Ceilings 400, 800 ms; jitter 0.5 picks the middle of each.
    expect(backoffs).toEqual([200, 400])
    clock.sleeps.length = 0
    expect((await client.languages(ADVERTISER)).languages.length).toBeGreaterThan(5)
    expect(clock.sleeps.filter((ms) => ms >= 100)).toEqual([200, 400, 800])
    expect(server.stats('/tool/language/').requests).toBe(4)
  })

  it('reports an unreachable server as TransientError (nothing was sent)', async () => {
    const server = await sandbox()
    const baseUrl = server.baseUrl
    await server.close()
    const clock = fakeClock()
    const error = await clientFor({ baseUrl }, { clock, maxAttempts: 2 })
      .languages(ADVERTISER)
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TransientError)
    expect(String((error as Error).message)).toMatch(/Could not reach TikTok \(ECONNREFUSED\)/)
  })
})

describe('invalid params', () => {
  it('carries TikTok’s message and the field it names', async () => {
    const server = await sandbox()
    const client = clientFor(server, { clock: fakeClock() })
    const low = await client.createCampaign(ADVERTISER, campaignFields({ budget: 40 })).catch((e: unknown) => e)
    expect(low).toBeInstanceOf(InvalidParamsError)
    expect(low).toMatchObject({ code: 40002, field: 'budget' })
    expect((low as Error).message).toContain('greater than 50 USD')

    const noName = await client.createCampaign(ADVERTISER, { ...campaignFields(), campaign_name: undefined as never }).catch((e: unknown) => e)
    expect(noName).toMatchObject({ kind: 'invalid-params', field: 'campaign_name' })

    const campaign = await client.createCampaign(ADVERTISER, campaignFields())
    const daily = await client.createAdGroup(ADVERTISER, adGroupFields(campaign.campaign_id, { budget: 20 })).catch((e: unknown) => e)
    expect(daily).toMatchObject({ field: 'budget' })
    expect((daily as Error).message).toContain('greater than 20 USD')
    const noLocation = await client.createAdGroup(ADVERTISER, adGroupFields(campaign.campaign_id, { location_ids: [] })).catch((e: unknown) => e)
    expect(noLocation).toMatchObject({ field: 'location_ids' })
  })

  it('refuses AGE_13_17 in the US and the EU with 40065, and allows it in Japan', async () => {
    const server = await sandbox()
    const client = clientFor(server, { clock: fakeClock() })
    const { campaign_id } = await client.createCampaign(ADVERTISER, campaignFields())
    for (const location of ['6252001', '2921044', '5332921']) {
      const e = await client
        .createAdGroup(ADVERTISER, adGroupFields(campaign_id, { location_ids: [location], age_groups: ['AGE_13_17'] }))
        .catch((x: unknown) => x)
      expect(e).toBeInstanceOf(MinorsTargetingError)
      expect(e).toMatchObject({ code: 40065 })
    }
    const jp = await client.createAdGroup(ADVERTISER, adGroupFields(campaign_id, { location_ids: ['1861060'], age_groups: ['AGE_13_17'] }))
    expect(jp.location_ids).toEqual(['1861060'])
  })
})

describe('idempotent creates', () => {
  it('returns the same campaign for a repeated request_id and 40050 when the body differs', async () => {
    const server = await sandbox()
    const client = clientFor(server, { clock: fakeClock() })
    const before = (await fetchAll(client.campaignPages(ADVERTISER))).length
    const first = await client.createCampaign(ADVERTISER, campaignFields({ campaign_name: 'Once' }), '123456789012345')
    const again = await client.createCampaign(ADVERTISER, campaignFields({ campaign_name: 'Once' }), '123456789012345')
    expect(again.campaign_id).toBe(first.campaign_id)
    expect(await fetchAll(client.campaignPages(ADVERTISER))).toHaveLength(before + 1)
    const other = await client.createCampaign(ADVERTISER, campaignFields({ campaign_name: 'Other' }), '123456789012345').catch((e: unknown) => e)
    expect(other).toBeInstanceOf(DuplicateRequestError)
    expect(other).toMatchObject({ code: 40050 })
  })

  it('does the same for ad groups', async () => {
    const server = await sandbox()
    const client = clientFor(server, { clock: fakeClock() })
    const { campaign_id } = await client.createCampaign(ADVERTISER, campaignFields())
    const a = await client.createAdGroup(ADVERTISER, adGroupFields(campaign_id), '42')
    const b = await client.createAdGroup(ADVERTISER, adGroupFields(campaign_id), '42')
    expect(b.adgroup_id).toBe(a.adgroup_id)
    expect(await fetchAll(client.adgroupPages(ADVERTISER, { filtering: { campaign_ids: [campaign_id] } }))).toHaveLength(1)
  })
})

describe('a response dropped after the write was committed', () => {
  it('surfaces an ambiguous error for ad/create, does not retry it, and the ad exists', async () => {
    const server = await sandbox({ faults: { rules: [{ endpoint: '/ad/create/', kind: 'drop-after-commit', times: 1 }] } })
    const client = clientFor(server, { clock: fakeClock() })
    const [adgroup] = await fetchAll(client.adgroupPages(ADVERTISER))
    const creative = {
      ad_name: 'Dropped but stored',
      ad_format: 'SINGLE_VIDEO' as const,
      ad_text: 'Hello',
      call_to_action: 'LEARN_MORE' as const,
      identity_type: 'CUSTOMIZED_USER' as const,
      video_id: 'v1',
      image_ids: [],
    }
    const error = await client.createAds(ADVERTISER, adgroup!.adgroup_id, [creative]).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AmbiguousRequestError)
    expect((error as Error).message).toMatch(/may or may not have taken effect/)
    expect(server.stats('/ad/create/').requests).toBe(1)
    const ads = await fetchAll(client.adPages(ADVERTISER, { filtering: { adgroup_ids: [adgroup!.adgroup_id] } }))
    expect(ads.filter((a) => a.ad_name === 'Dropped but stored')).toHaveLength(1)
  })

  it('treats a timeout after sending as ambiguous too, and the late write still lands', async () => {
    const server = await sandbox({ faults: { rules: [{ endpoint: '/ad/create/', kind: 'latency', latencyMs: 400, times: 1 }] } })
    const client = clientFor(server, { clock: fakeClock(), timeoutMs: 50 })
    const [adgroup] = await fetchAll(client.adgroupPages(ADVERTISER))
    const creative = {
      ad_name: 'Slow',
      ad_format: 'SINGLE_IMAGE' as const,
      ad_text: 'Hi',
      call_to_action: 'LEARN_MORE' as const,
      identity_type: 'CUSTOMIZED_USER' as const,
      image_ids: ['i1'],
    }
    const error = await client.createAds(ADVERTISER, adgroup!.adgroup_id, [creative]).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AmbiguousRequestError)
    expect((error as Error).message).toContain('TimeoutError')
    expect(server.stats('/ad/create/').requests).toBe(1)
    // The server finishes the write after the client gave up; reconciliation finds it by reading back.
    await expect.poll(async () => (await fetchAll(client.adPages(ADVERTISER))).filter((a) => a.ad_name === 'Slow').length, { timeout: 3000 }).toBe(1)
  })

  it('retries a campaign create with the same request_id and gets the one stored campaign', async () => {
    const server = await sandbox({ faults: { rules: [{ endpoint: '/campaign/create/', kind: 'drop-after-commit', times: 1 }] } })
    const client = clientFor(server, { clock: fakeClock() })
    const created = await client.createCampaign(ADVERTISER, campaignFields({ campaign_name: 'Survivor' }))
    expect(server.stats('/campaign/create/').requests).toBe(2)
    const named = (await fetchAll(client.campaignPages(ADVERTISER))).filter((c) => c.campaign_name === 'Survivor')
    expect(named.map((c) => c.campaign_id)).toEqual([created.campaign_id])
  })
})
