import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startBridgeServer, type BridgeServer } from '../../../electron/dev/bridge-server'
import { createHarnessServices } from '../../../electron/dev/harness-services'
import { rawRequest, statusOf } from '#test/helpers/raw-http'
import { useTempDirs } from '#test/helpers/temp-dir'

const tempDir = useTempDirs()
let bridge: BridgeServer | undefined
afterEach(async () => {
  await bridge?.close()
  bridge = undefined
})

async function start(staticDir?: string) {
  const services = createHarnessServices(tempDir(), () => {})
  bridge = await startBridgeServer({ dispatch: services.dispatch, events: services.events, staticDir })
  return bridge
}

const invoke = (b: BridgeServer, channel: string, payload?: unknown, token = b.token) =>
  fetch(`${b.origin}/__bridge/invoke/${channel}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ payload }),
  })

describe('browser bridge', () => {
  it('listens on 127.0.0.1 with a random token in the page URL', async () => {
    const b = await start()
    expect(b.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(b.token).toMatch(/^[0-9a-f]{48}$/)
    expect(b.url).toBe(`${b.origin}/#bridge-token=${b.token}`)
  })

  it('answers contract calls with the same Result as IPC', async () => {
    const b = await start()
    const r = await (await invoke(b, 'settings:update', { theme: 'dark' })).json()
    expect(r).toMatchObject({ ok: true, value: { theme: 'dark' } })
    const bad = await (await invoke(b, 'settings:update', { theme: 'sepia' })).json()
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } })
  })

  it('refuses calls without the token, from another origin, or for another host', async () => {
    const b = await start()
    expect((await invoke(b, 'settings:get', undefined, 'wrong')).status).toBe(401)
    const crossOrigin = await fetch(`${b.origin}/__bridge/invoke/settings:get`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${b.token}`, Origin: 'https://evil.example' },
    })
    expect(crossOrigin.status).toBe(403)
    const events = await fetch(`${b.origin}/__bridge/events?token=nope`)
    expect(events.status).toBe(401)
  })

  it('accepts the token only as “Bearer <token>”', async () => {
    const b = await start()
    const call = (authorization: string) =>
      fetch(`${b.origin}/__bridge/invoke/settings:get`, { method: 'POST', headers: { Authorization: authorization }, body: '{}' })
    expect((await call(b.token)).status).toBe(401)
    expect((await call(`bearer ${b.token}`)).status).toBe(401)
    expect((await call(`Bearer ${b.token}`)).status).toBe(200)
  })

  it('answers a bad request line or a broken %-escape with 400 and keeps serving', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>shell</title>')
    const b = await start(dir)
    const port = Number(new URL(b.origin).port)
    const host = new URL(b.origin).host
    expect(statusOf(await rawRequest(port, `GET http://a:99999/ HTTP/1.1\r\nHost: ${host}\r\n\r\n`))).toBe(400)
    expect(statusOf(await rawRequest(port, `GET /%E0%A4%A HTTP/1.1\r\nHost: ${host}\r\n\r\n`))).toBe(400)
    expect(await (await fetch(`${b.origin}/`)).text()).toContain('<title>shell</title>')
    expect((await invoke(b, 'settings:get')).status).toBe(200)
  })

  it('refuses a body over 5 MB with 413 before reading it', async () => {
    const b = await start()
    const port = Number(new URL(b.origin).port)
    const head = `POST /__bridge/invoke/settings:get HTTP/1.1\r\nHost: ${new URL(b.origin).host}\r\nAuthorization: Bearer ${b.token}\r\n`
    expect(statusOf(await rawRequest(port, `${head}Content-Length: 209715200\r\n\r\n`))).toBe(413)
  })

  it('streams back-end events to the page', async () => {
    const b = await start()
    const res = await fetch(`${b.origin}/__bridge/events?token=${b.token}`)
    const reader = res.body!.getReader()
    await reader.read() // ": connected"
    await invoke(b, 'settings:update', { theme: 'light' })
    let text = ''
    while (!text.includes('event: status:changed')) text += new TextDecoder().decode((await reader.read()).value)
    expect(text).toContain('event: settings:changed\ndata: {"theme":"light"')
    await reader.cancel()
  })
})
