import { connect } from 'node:net'
import { describe, expect, it } from 'vitest'
import { SANDBOX_DEMO_TOKEN } from '#backend/sandbox/server'
import { rawRequest, statusOf } from '#test/helpers/raw-http'
import { useSandbox } from '#test/helpers/sandbox'

const start = useSandbox()
const portOf = (baseUrl: string) => Number(new URL(baseUrl).port)
/** A well-formed call, to show the server still serves. */
const advertiserInfo = (baseUrl: string) => fetch(`${baseUrl}/oauth2/advertiser/get/`, { headers: { 'Access-Token': SANDBOX_DEMO_TOKEN } })

describe('the sandbox and bad requests', () => {
  it('answers a request target that is not a URL with 400 and keeps serving', async () => {
    const s = await start()
    const answer = await rawRequest(portOf(s.baseUrl), 'GET http://a:99999/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n')
    expect(statusOf(answer)).toBe(400)
    expect((await (await advertiserInfo(s.baseUrl)).json()) as { code: number }).toMatchObject({ code: 0 })
  })

  it('refuses a POST without a valid token before reading its body', async () => {
    const s = await start()
    const path = new URL(`${s.baseUrl}/campaign/create/`).pathname
    // Headers announce 200 MB, and not one byte of it is sent: the answer must come anyway.
    for (const header of ['', 'Access-Token: wrong\r\n']) {
      const answer = await rawRequest(
        portOf(s.baseUrl),
        `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n${header}Content-Type: application/json\r\nContent-Length: 209715200\r\n\r\n`,
      )
      expect(answer).toMatch(/"code":4010[45]/)
      expect(answer.toLowerCase()).toContain('connection: close')
    }
  })

  it('refuses a body over the limit with 413, whether announced or streamed without a length', async () => {
    const s = await start({ maxBodyBytes: 64 * 1024 })
    const port = portOf(s.baseUrl)
    const path = new URL(`${s.baseUrl}/campaign/create/`).pathname
    const head = `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccess-Token: ${SANDBOX_DEMO_TOKEN}\r\nContent-Type: application/json\r\n`
    expect(statusOf(await rawRequest(port, `${head}Content-Length: 209715200\r\n\r\n`))).toBe(413)

    // Chunked, with no end: the server stops at the limit instead of holding everything.
    const answer = await new Promise<string>((resolve) => {
      const socket = connect(port, '127.0.0.1')
      let text = ''
      const chunk = Buffer.alloc(16 * 1024, 0x20)
      const pump = () => {
        while (!socket.destroyed && socket.write(`${chunk.length.toString(16)}\r\n${chunk.toString()}\r\n`));
      }
      socket.on('data', (d) => (text += d.toString()))
      socket.on('drain', pump)
      socket.on('error', () => resolve(text))
      socket.on('close', () => resolve(text))
      socket.write(`${head}Transfer-Encoding: chunked\r\n\r\n`)
      pump()
    })
    expect(statusOf(answer)).toBe(413)
    expect((await (await advertiserInfo(s.baseUrl)).json()) as { code: number }).toMatchObject({ code: 0 })
  })
})
