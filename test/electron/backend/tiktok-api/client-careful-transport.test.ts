/**
 * The transport's bounds, over real HTTP: redirects are refused (the token must
 * not follow them), a bare HTTP 429 is a rate limit, a listing cannot run on
 * forever, and a write whose outcome is unknown is never re-sent blindly.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { fetchAll } from '#backend/tiktok-api/client'
import { AmbiguousRequestError, RateLimitError } from '#backend/tiktok-api/errors'
import { ListingTooLargeError, MAX_LISTING_PAGES } from '#backend/tiktok-api/pagination'
import { ADVERTISER, campaignFields, clientFor, fakeClock, useSandbox } from '#test/helpers/sandbox'

const sandbox = useSandbox()
const unlimited = { default: Number.POSITIVE_INFINITY }

interface Seen {
  path: string
  token: string | undefined
}

/** A bare node:http server standing in for TikTok (or for wherever a redirect points). */
const open: Array<{ close: () => void }> = []
afterEach(() => open.splice(0).forEach((s) => s.close()))
async function fakeServer(answer: (req: IncomingMessage, res: ServerResponse, n: number) => void) {
  const seen: Seen[] = []
  const server = createServer((req, res) => {
    seen.push({ path: req.url ?? '', token: req.headers['access-token'] as string | undefined })
    answer(req, res, seen.length)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  open.push({ close: () => server.close() })
  const { port } = server.address() as AddressInfo
  return { origin: `http://127.0.0.1:${port}`, baseUrl: `http://127.0.0.1:${port}/open_api/v1.3`, seen }
}

const json = (res: ServerResponse, body: unknown) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(body))
const campaign = (n: number) => ({
  advertiser_id: ADVERTISER,
  campaign_id: String(1_000_000 + n),
  campaign_name: `C${n}`,
  objective_type: 'TRAFFIC',
  budget_mode: 'BUDGET_MODE_INFINITE',
  operation_status: 'ENABLE',
  create_time: '2026-11-01 00:00:00',
  modify_time: '2026-11-01 00:00:00',
})
/** One campaign per page, whatever page is asked for, under the page_info given. */
const onePerPage = (pageInfo: { total_number: number; total_page: number }) => (req: IncomingMessage, res: ServerResponse, n: number) =>
  json(res, { code: 0, message: 'OK', request_id: 'r', data: { list: [campaign(n)], page_info: { page: n, page_size: 1, ...pageInfo } } })

describe('redirects', () => {
  it('refuses a redirect instead of sending the token and body to another origin', async () => {
    const elsewhere = await fakeServer((_req, res) => json(res, { code: 0, message: 'OK', data: {} }))
    const tiktok = await fakeServer((_req, res) => res.writeHead(307, { Location: `${elsewhere.origin}/steal?x=1` }).end())
    const client = clientFor(tiktok, { accessToken: 'secret-token-123', clock: fakeClock(), qps: unlimited })
    const error = await client.createCampaign(ADVERTISER, campaignFields()).catch((e: unknown) => e)
    expect(error).toMatchObject({ httpStatus: 307, endpoint: '/campaign/create/' })
    expect((error as Error).message).toContain(`redirect to ${elsewhere.origin}`)
    expect((error as Error).message).not.toContain('steal')
    expect(elsewhere.seen).toHaveLength(0)
    // A redirect is an answer, not a transient failure: it is not repeated.
    expect(tiktok.seen).toHaveLength(1)
  })
})

describe('HTTP 429', () => {
  it('treats a 429 with an HTML body as a rate limit and retries after the QPS window', async () => {
    const tiktok = await fakeServer((_req, res, n) =>
      n <= 2
        ? res.writeHead(429, { 'Content-Type': 'text/html' }).end('<html>Too Many Requests</html>')
        : json(res, { code: 0, message: 'OK', request_id: 'r', data: { languages: [{ code: 'en', name: 'English' }] } }),
    )
    const clock = fakeClock()
    const client = clientFor(tiktok, { clock, qps: unlimited })
    expect((await client.languages(ADVERTISER)).languages).toHaveLength(1)
    expect(tiktok.seen).toHaveLength(3)
    expect(clock.sleeps.filter((ms) => ms >= 1000)).toHaveLength(2)
  })

  it('gives up with RateLimitError, not MalformedResponseError, when the 429s do not stop', async () => {
    const tiktok = await fakeServer((_req, res) => res.writeHead(429).end())
    const error = await clientFor(tiktok, { clock: fakeClock(), qps: unlimited, maxAttempts: 2 })
      .languages(ADVERTISER)
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RateLimitError)
    expect(error).toMatchObject({ httpStatus: 429 })
  })
})

describe('bounded pagination', () => {
  it('fails at once, naming the endpoint, when page_info claims 10⁹ objects', async () => {
    const tiktok = await fakeServer(onePerPage({ total_number: 1e9, total_page: 1e9 }))
    const error = await fetchAll(clientFor(tiktok, { clock: fakeClock(), qps: unlimited }).campaignPages(ADVERTISER)).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ListingTooLargeError)
    expect((error as Error).message).toMatch(/^\/campaign\/get\/ claims 1000000000 objects/)
    expect(tiktok.seen).toHaveLength(1)
  })

  it('stops at the page bound when pages keep coming under a plausible total', async () => {
    const tiktok = await fakeServer(onePerPage({ total_number: 50_000, total_page: 1e9 }))
    const error = await fetchAll(clientFor(tiktok, { clock: fakeClock(), qps: unlimited }).campaignPages(ADVERTISER)).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ListingTooLargeError)
    expect((error as Error).message).toContain(`/campaign/get/ still had more after ${MAX_LISTING_PAGES} pages`)
    expect(tiktok.seen).toHaveLength(MAX_LISTING_PAGES)
  }, 30_000)

  it('stops once total_number objects arrived, whatever total_page says', async () => {
    const tiktok = await fakeServer(onePerPage({ total_number: 3, total_page: 1e9 }))
    const all = await fetchAll(clientFor(tiktok, { clock: fakeClock(), qps: unlimited }).campaignPages(ADVERTISER))
    expect(all.map((c) => c.campaign_name)).toEqual(['C1', 'C2', 'C3'])
    expect(tiktok.seen).toHaveLength(3)
  })
})

describe('writes whose outcome is unknown', () => {
  const creative = {
    ad_name: 'Once only',
    ad_format: 'SINGLE_VIDEO' as const,
    ad_text: 'Hello',
    call_to_action: 'LEARN_MORE' as const,
    identity_type: 'CUSTOMIZED_USER' as const,
    video_id: 'v1',
    image_ids: [],
  }

  it('does not re-send ad/create after a gateway 504 that came after the write', async () => {
    const server = await sandbox({ faults: { rules: [{ endpoint: '/ad/create/', kind: 'status-after-commit', status: 504, times: 1 }] } })
    const client = clientFor(server, { clock: fakeClock() })
    const [adgroup] = await fetchAll(client.adgroupPages(ADVERTISER))
    const error = await client.createAds(ADVERTISER, adgroup!.adgroup_id, [creative]).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AmbiguousRequestError)
    expect(error).toMatchObject({ httpStatus: 504 })
    expect((error as Error).message).toMatch(/may or may not have taken effect/)
    expect(server.stats('/ad/create/').requests).toBe(1)
    const ads = await fetchAll(client.adPages(ADVERTISER, { filtering: { adgroup_ids: [adgroup!.adgroup_id] } }))
    expect(ads.filter((a) => a.ad_name === 'Once only')).toHaveLength(1)
  })

  it('does not re-send ad/create after TikTok’s 50000 system error', async () => {
    const server = await sandbox({ faults: { rules: [{ endpoint: '/ad/create/', kind: 'error-code', code: 50000, times: 1 }] } })
    const client = clientFor(server, { clock: fakeClock() })
    const [adgroup] = await fetchAll(client.adgroupPages(ADVERTISER))
    const error = await client.createAds(ADVERTISER, adgroup!.adgroup_id, [creative]).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AmbiguousRequestError)
    expect(error).toMatchObject({ code: 50000 })
    expect(server.stats('/ad/create/').requests).toBe(1)
  })

  it('does not re-send a status update after HTTP 503', async () => {
    const server = await sandbox({ faults: { rules: [{ endpoint: '/campaign/status/update/', kind: 'http-status', status: 503, times: 1 }] } })
    const client = clientFor(server, { clock: fakeClock() })
    const [c] = await fetchAll(client.campaignPages(ADVERTISER))
    const error = await client.updateStatus('campaign', ADVERTISER, [c!.campaign_id], 'DISABLE').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AmbiguousRequestError)
    expect(server.stats('/campaign/status/update/').requests).toBe(1)
  })

  it('still repeats a campaign create after a 504, with its request_id, and TikTok keeps one campaign', async () => {
    const server = await sandbox({ faults: { rules: [{ endpoint: '/campaign/create/', kind: 'status-after-commit', status: 504, times: 1 }] } })
    const client = clientFor(server, { clock: fakeClock() })
    const created = await client.createCampaign(ADVERTISER, campaignFields({ campaign_name: 'Keyed' }))
    expect(server.stats('/campaign/create/').requests).toBe(2)
    const named = (await fetchAll(client.campaignPages(ADVERTISER))).filter((c) => c.campaign_name === 'Keyed')
    expect(named.map((c) => c.campaign_id)).toEqual([created.campaign_id])
  })
})
