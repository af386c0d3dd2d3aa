/**
 * Memory the sandbox holds while a client streams a 200 MB POST at it, without a
 * token and with one (issue 17: this took it from 79 MB to 629 MB when bodies were
 * read in full before the token check). The server now answers before reading an
 * unauthenticated body and stops at its body limit, so the growth stays small.
 */
import { connect } from 'node:net'
import { SANDBOX_DEMO_TOKEN, startSandboxServer } from '#backend/sandbox/server'
import { testNow } from '../helpers/clock'
import { round, type Bench } from './figures'

const TOTAL = 200 * 1024 * 1024

/** Streams up to TOTAL bytes of chunked body until the server closes the connection; resolves with the bytes sent. */
function flood(port: number, path: string, token: string | null): Promise<number> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
    const chunk = Buffer.alloc(256 * 1024, 0x20)
    const frame = Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')])
    let sent = 0
    const pump = () => {
      while (!socket.destroyed && sent < TOTAL) {
        sent += chunk.length
        if (!socket.write(frame)) return
      }
      if (sent >= TOTAL && !socket.destroyed) socket.end('0\r\n\r\n')
    }
    socket.on('drain', pump)
    socket.on('data', () => {})
    socket.on('error', () => {})
    socket.on('close', () => resolve(sent))
    const auth = token ? `Access-Token: ${token}\r\n` : ''
    socket.write(`POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n${auth}Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`)
    pump()
  })
}

const mb = (bytes: number) => round(bytes / 1024 / 1024, 1)

const bench: Bench = async () => {
  const server = await startSandboxServer({ now: testNow, seed: 1 })
  try {
    const port = Number(new URL(server.baseUrl).port)
    const path = new URL(`${server.baseUrl}/campaign/create/`).pathname
    global.gc?.()
    const before = process.memoryUsage().rss
    let peak = before
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20)
    const sentWithout = await flood(port, path, null)
    const sentWith = await flood(port, path, SANDBOX_DEMO_TOKEN)
    clearInterval(sampler)
    peak = Math.max(peak, process.memoryUsage().rss)
    return [
      { name: '200 MB POST without a token: MB the client got to send', value: mb(sentWithout), unit: 'MB', goal: 'small' },
      { name: '200 MB POST with a token: MB the client got to send', value: mb(sentWith), unit: 'MB', goal: '≈ body limit' },
      { name: 'sandbox process RSS before the two floods', value: mb(before), unit: 'MB', goal: '' },
      { name: 'sandbox process RSS growth at peak', value: mb(peak - before), unit: 'MB', goal: '< 50' },
    ]
  } finally {
    await server.close()
  }
}
export default bench
