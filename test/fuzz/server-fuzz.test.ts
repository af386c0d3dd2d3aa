/**
 * Random request lines, headers and bodies against the embedded sandbox and the
 * browser bridge, over raw sockets: whatever a broken or hostile client sends,
 * each server still answers a good request afterwards. Seeds: FUZZ_SEEDS
 * (default 60 per server), the same bytes on every run.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { startBridgeServer, type BridgeServer } from '../../electron/dev/bridge-server'
import { createHarnessServices } from '../../electron/dev/harness-services'
import { SANDBOX_DEMO_TOKEN } from '#backend/sandbox/server'
import { seededRandom } from '#shared/domain/demo/prng'
import { clockFor } from '#shared/time/clock'
import { TEST_NOW_ISO } from '#test/helpers/clock'
import { rawRequest } from '#test/helpers/raw-http'
import { useSandbox } from '#test/helpers/sandbox'
import { useTempDirs } from '#test/helpers/temp-dir'

const SEEDS = Number(process.env.FUZZ_SEEDS ?? 60)
const startSandbox = useSandbox()
const tempDir = useTempDirs()
let bridge: BridgeServer | undefined
afterEach(async () => {
  await bridge?.close()
  bridge = undefined
})

const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'HEAD', 'G\u0000T', 'POST\t', '', 'CONNECT', 'PATCH']
const TARGETS = [
  '/open_api/v1.3/campaign/get/?advertiser_id=%E0%A4%A',
  '/open_api/v1.3/campaign/create/',
  '/open_api/v1.3/file/video/ad/upload/',
  'http://a:99999/',
  '//evil.example/',
  '/%',
  '/%00',
  '*',
  '/__bridge/invoke/account:edit',
  '/__bridge/events',
  '/../../etc/passwd',
  `/${'a'.repeat(9000)}`,
  '/open_api/v1.3/campaign/get/?filtering=%7B%22campaign_ids%22%3A',
]
const HEADERS = [
  'Access-Token: ' + SANDBOX_DEMO_TOKEN,
  'Access-Token: ',
  'Authorization: Bearer x',
  'Authorization: ' + 'B'.repeat(5000),
  'Content-Type: multipart/form-data; boundary=',
  'Content-Type: multipart/form-data; boundary=xyz',
  'Content-Type: application/json',
  'Content-Length: 10',
  'Content-Length: -1',
  'Content-Length: 99999999999',
  'Transfer-Encoding: chunked',
  'Transfer-Encoding: gzip, chunked',
  'X-Bad\u0001: y',
  'Host: ',
  ': no-name',
]
const BODIES = [
  '',
  '{',
  '{"advertiser_id": 7301000000000000001}',
  '--xyz\r\nContent-Disposition: form-data; name="video_file"; filename="a.mp4"\r\n\r\nabc',
  '0\r\n\r\n',
  'z\r\nzz\r\n',
]

function request(rand: () => number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!
  const headers = Array.from({ length: Math.floor(rand() * 5) }, () => pick(HEADERS))
  const version = pick(['HTTP/1.1', 'HTTP/1.0', 'HTTP/9.9', 'HTTP/1.1 junk', ''])
  return `${pick(METHODS)} ${pick(TARGETS)} ${version}\r\nHost: 127.0.0.1\r\n${headers.join('\r\n')}\r\n\r\n${pick(BODIES)}`
}

async function barrage(port: number) {
  // Ten at a time, each given a short while to answer: a server that stops answering shows up in the check after.
  for (let seed = 1; seed <= SEEDS; seed += 10) {
    const batch = Array.from({ length: Math.min(10, SEEDS - seed + 1) }, (_, i) =>
      rawRequest(port, request(seededRandom(seed + i)), 300).catch(() => ''),
    )
    await Promise.all(batch)
  }
}

describe('servers under random requests', { timeout: 120_000 }, () => {
  it(`the sandbox still answers after ${SEEDS} random requests`, async () => {
    const server = await startSandbox({ seedDemo: true })
    const port = Number(new URL(server.baseUrl).port)
    await barrage(port)
    const res = await fetch(`${server.baseUrl}/campaign/get/?advertiser_id=7301000000000000001`, { headers: { 'Access-Token': SANDBOX_DEMO_TOKEN } })
    expect(res.status).toBe(200)
    expect(((await res.json()) as { code: number }).code).toBe(0)
  })

  it(`the bridge still answers after ${SEEDS} random requests`, async () => {
    const services = createHarnessServices(tempDir(), () => {}, clockFor(TEST_NOW_ISO))
    bridge = await startBridgeServer({ dispatch: services.dispatch, events: services.events })
    await barrage(Number(new URL(bridge.origin).port))
    const res = await fetch(`${bridge.origin}/__bridge/invoke/app:info`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${bridge.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ payload: {} }),
    })
    expect(res.status).toBe(200)
    await services.close()
  })
})
