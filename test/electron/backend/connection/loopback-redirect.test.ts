/** The one-shot loopback listener the TikTok authorization page redirects to, over real HTTP. */
import { networkInterfaces } from 'node:os'
import { afterEach, describe, expect, it } from 'vitest'
import { listenForRedirect, RedirectFailedError, type RedirectListener, type SetTimer } from '#backend/connection/loopback-redirect'

const open: RedirectListener[] = []
afterEach(async () => {
  for (const l of open.splice(0)) {
    l.cancel()
    await l.closed
  }
})

/** A timer the test fires by hand, so the timeout costs no real time. */
function manualTimer() {
  const pending: { ms: number; fn: () => void; cancelled: boolean }[] = []
  const setTimer: SetTimer = (ms, fn) => {
    const t = { ms, fn, cancelled: false }
    pending.push(t)
    return () => void (t.cancelled = true)
  }
  return { setTimer, fire: () => pending.filter((t) => !t.cancelled).forEach((t) => t.fn()), pending }
}

async function listen(state = 'the-state', setTimer = manualTimer().setTimer) {
  const l = await listenForRedirect({ state, setTimer })
  open.push(l)
  return l
}

const callback = (l: RedirectListener, query: Record<string, string>) => fetch(`${l.redirectUri}?${new URLSearchParams(query)}`)

describe('listenForRedirect', () => {
  it('listens on 127.0.0.1 at a port the system picks', async () => {
    const a = await listen()
    const b = await listen()
    expect(a.redirectUri).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/callback$/)
    expect(a.redirectUri).not.toBe(b.redirectUri)
  })

  it('cannot be reached on the machine’s other addresses', async () => {
    const l = await listen()
    const port = new URL(l.redirectUri).port
    const other = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal)
    if (!other) return // no non-loopback interface on this machine: nothing else to try
    await expect(fetch(`http://${other.address}:${port}/callback?state=the-state&auth_code=x`)).rejects.toThrow()
  })

  it('refuses a callback with another state and keeps waiting, then takes the right one', async () => {
    const l = await listen()
    const wrong = await callback(l, { state: 'someone-else', auth_code: 'evil' })
    expect(wrong.status).toBe(400)
    expect(await wrong.text()).toContain('not the one Adwright started')
    const missing = await callback(l, { auth_code: 'evil' })
    expect(missing.status).toBe(400)
    const right = await callback(l, { state: 'the-state', auth_code: 'good-code' })
    expect(right.status).toBe(200)
    const html = await right.text()
    expect(html).toContain('return to Adwright')
    expect(html).not.toContain('good-code')
    expect(right.headers.get('referrer-policy')).toBe('no-referrer')
    expect(right.headers.get('content-security-policy')).toContain("default-src 'none'")
    await expect(l.result).resolves.toEqual({ authCode: 'good-code' })
  })

  it('answers once: after the callback the port is closed', async () => {
    const l = await listen()
    await callback(l, { state: 'the-state', auth_code: 'c1' })
    await l.closed
    await expect(callback(l, { state: 'the-state', auth_code: 'c2' })).rejects.toThrow()
    await expect(l.result).resolves.toEqual({ authCode: 'c1' })
  })

  it('ignores other paths and methods without ending the flow', async () => {
    const l = await listen()
    const base = new URL(l.redirectUri)
    expect((await fetch(`${base.origin}/favicon.ico`)).status).toBe(404)
    expect((await fetch(`${l.redirectUri}?state=the-state&auth_code=x`, { method: 'POST' })).status).toBe(404)
    expect((await callback(l, { state: 'the-state', auth_code: 'late' })).status).toBe(200)
    await expect(l.result).resolves.toEqual({ authCode: 'late' })
  })

  it('fails when TikTok comes back without a code', async () => {
    const l = await listen()
    expect((await callback(l, { state: 'the-state' })).status).toBe(400)
    await expect(l.result).rejects.toMatchObject({ reason: 'no-code' })
  })

  it('closes after the timeout, which it asks for in minutes', async () => {
    const timer = manualTimer()
    const l = await listen('s', timer.setTimer)
    expect(timer.pending[0]!.ms).toBeGreaterThanOrEqual(60_000)
    timer.fire()
    await expect(l.result).rejects.toBeInstanceOf(RedirectFailedError)
    await expect(l.result).rejects.toMatchObject({ reason: 'timeout' })
    await l.closed
    await expect(callback(l, { state: 's', auth_code: 'c' })).rejects.toThrow()
  })

  it('cancels, and a cancelled flow’s timer no longer fires', async () => {
    const timer = manualTimer()
    const l = await listen('s', timer.setTimer)
    l.cancel()
    await expect(l.result).rejects.toMatchObject({ reason: 'cancelled' })
    expect(timer.pending.every((t) => t.cancelled)).toBe(true)
  })
})
