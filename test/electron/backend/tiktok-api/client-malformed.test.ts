/** A tiny raw server that answers junk: the client must turn each case into a typed error, never crash. */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { createTikTokClient, fetchAll } from '#backend/tiktok-api/client'
import { InvalidParamsError, MalformedResponseError, TransientError } from '#backend/tiktok-api/errors'
import { fakeClock } from '#test/helpers/sandbox'

const SECRET = 'tok-5f3a9c1e7b2d4a6f8e0c'
let server: Server | undefined
afterEach(async () => {
  await new Promise((r) => (server ? server.close(r) : r(undefined)))
  server = undefined
})

/** Serves `reply(path, headers)` as is, recording every request. */
async function junkServer(reply: (path: string, token: string) => { status?: number; body: string }) {
  const seen: string[] = []
  server = createServer((req, res) => {
    seen.push(req.url ?? '')
    const { status = 200, body } = reply(req.url ?? '', String(req.headers['access-token'] ?? ''))
    res.writeHead(status, { 'Content-Type': 'application/json' }).end(body)
  })
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r))
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/open_api/v1.3`
  const logs: string[] = []
  const client = createTikTokClient({ baseUrl, accessToken: SECRET, clock: fakeClock(), random: () => 0.5, maxAttempts: 3, log: (l) => logs.push(l) })
  return { client, seen, logs }
}

describe('malformed responses', () => {
  it.each([
    ['a body that is not JSON', 'Internal <b>oops</b>', /not JSON/],
    ['JSON without the envelope', JSON.stringify({ list: [] }), /without a valid \{code, message, data\} envelope: code/],
    ['a code of the wrong type', JSON.stringify({ code: '0', message: 'OK', data: {} }), /code: Invalid input: expected number/],
    ['data of the wrong shape', JSON.stringify({ code: 0, message: 'OK', request_id: 'r1', data: { list: 'nope' } }), /unexpected shape: list/],
    [
      'a numeric id where v1.3 sends strings',
      JSON.stringify({ code: 0, message: 'OK', data: { list: [{ advertiser_id: 7301, advertiser_name: 'x' }] } }),
      /unexpected shape/,
    ],
  ])('turns %s into MalformedResponseError', async (_name, body, message) => {
    const { client, seen } = await junkServer(() => ({ body }))
    const error = await client.getAdvertisers().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(MalformedResponseError)
    expect((error as Error).message).toMatch(message)
    expect((error as Error).message).toContain('/oauth2/advertiser/get/')
    // Junk is not retried: repeating would only fetch the same junk.
    expect(seen).toHaveLength(1)
  })

  it('treats an HTML 502 from a proxy as transient and retries it', async () => {
    const { client, seen } = await junkServer(() => ({ status: 502, body: '<html>Bad Gateway</html>' }))
    const error = await client.languages('1').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TransientError)
    expect(error).toMatchObject({ httpStatus: 502 })
    expect(seen).toHaveLength(3)
  })

  it('sends v1.3 conventions: Access-Token header, trailing slash, JSON-string query values', async () => {
    let token = ''
    const { client, seen } = await junkServer((_path, t) => {
      token = t
      return {
        body: JSON.stringify({ code: 0, message: 'OK', data: { list: [], page_info: { page: 1, page_size: 1000, total_number: 0, total_page: 0 } } }),
      }
    })
    await fetchAll(client.campaignPages('7301000000000000001', { filtering: { campaign_ids: ['1', '2'] }, fields: ['campaign_id'] }))
    expect(token).toBe(SECRET)
    const url = new URL(seen[0]!, 'http://x')
    expect(url.pathname).toBe('/open_api/v1.3/campaign/get/')
    expect(url.searchParams.get('filtering')).toBe('{"campaign_ids":["1","2"]}')
    expect(url.searchParams.get('fields')).toBe('["campaign_id"]')
    expect(url.searchParams.get('page_size')).toBe('1000')
  })
})

describe('the access token stays secret', () => {
  it('never appears in error messages or log lines, even when a server echoes it', async () => {
    const { client, logs } = await junkServer((path, token) =>
      path.startsWith('/open_api/v1.3/tool/language/')
        ? { body: JSON.stringify({ code: 40002, message: `advertiser_id: token ${token} cannot access it`, data: {} }) }
        : { body: JSON.stringify({ code: 50000, message: `system error for ${token}`, data: {} }) },
    )
    const errors = [await client.languages('1').catch((e: unknown) => e), await client.getAdvertisers().catch((e: unknown) => e)]
    expect(errors[0]).toBeInstanceOf(InvalidParamsError)
    expect(errors[1]).toBeInstanceOf(TransientError)
    expect(logs.length).toBeGreaterThan(2)
    const everything = [...errors.map((e) => `${(e as Error).message} ${(e as Error).stack} ${JSON.stringify(e)}`), ...logs].join('\n')
    expect(everything).toContain('[redacted]')
    expect(everything).not.toContain(SECRET)
  })
})
