/**
 * Where TikTok's authorization page sends the browser back: a one-shot HTTP
 * listener on 127.0.0.1 at a port the system picks (RFC 8252 §7.3, loopback
 * redirect for native apps; the choice is recorded in docs/ARCHITECTURE.md).
 *
 * - Bound to 127.0.0.1 only, so nothing off the machine can reach it.
 * - Accepts exactly one callback carrying the `state` this flow made; a request
 *   with another state (a page, or another flow, trying to slip in its own code)
 *   is answered 400 and changes nothing.
 * - Closes as soon as that callback is answered, when the timeout passes, or when
 *   the flow is cancelled. The timer is injected, so tests need not wait minutes.
 * - Answers with a short page telling the user to go back to Adwright; the page
 *   carries no script and sends no referrer, so the code goes nowhere else.
 */
import { createHash, timingSafeEqual } from 'node:crypto'
import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { requestUrl } from '../http/request-input'

export const REDIRECT_PATH = '/callback'
/** How long the browser has to come back. Long enough to type a password and pass a second factor. */
export const REDIRECT_TIMEOUT_MS = 5 * 60 * 1000

/** Runs `fn` after `ms`; answers a function that cancels it. */
export type SetTimer = (ms: number, fn: () => void) => () => void
const realTimer: SetTimer = (ms, fn) => {
  const t = setTimeout(fn, ms)
  return () => clearTimeout(t)
}

export class RedirectFailedError extends Error {
  constructor(
    readonly reason: 'timeout' | 'cancelled' | 'no-code',
    message: string,
  ) {
    super(message)
  }
}

export interface RedirectListenerOptions {
  state: string
  timeoutMs?: number
  setTimer?: SetTimer
}

export interface RedirectListener {
  /** `http://127.0.0.1:<port>/callback`, for the authorization URL. */
  redirectUri: string
  /** The auth code from the callback that carried this flow's state. */
  result: Promise<{ authCode: string }>
  /** Ends the flow early (the user cancelled, or started another). */
  cancel(): void
  /** Resolves once the port is closed. */
  closed: Promise<void>
}

const sameState = (a: string, b: string) => {
  // Hashes have one length, so the comparison takes the same time whatever was sent.
  const h = (s: string) => createHash('sha256').update(s).digest()
  return timingSafeEqual(h(a), h(b))
}

function page(res: ServerResponse, status: number, title: string, text: string) {
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
    'Referrer-Policy': 'no-referrer',
    Connection: 'close',
  })
  res.end(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>` +
      `<body style="font-family: system-ui, sans-serif; max-width: 32rem; margin: 4rem auto; line-height: 1.5">` +
      `<h1 style="font-size: 1.4rem">${title}</h1><p>${text}</p></body></html>`,
  )
}

export async function listenForRedirect(options: RedirectListenerOptions): Promise<RedirectListener> {
  const setTimer = options.setTimer ?? realTimer
  let settle: { resolve: (v: { authCode: string }) => void; reject: (e: Error) => void }
  const result = new Promise<{ authCode: string }>((resolve, reject) => (settle = { resolve, reject }))
  // Whoever awaits it handles the failure; an unawaited cancel must not crash the process.
  result.catch(() => {})
  let done = false
  let cancelTimer = () => {}

  const server = createServer((req, res) => {
    const url = requestUrl(req)
    if (done || !url || req.method !== 'GET' || url.pathname !== REDIRECT_PATH) {
      res.writeHead(404, { 'Content-Type': 'text/plain', Connection: 'close' }).end('Not found')
      return
    }
    const state = url.searchParams.get('state') ?? ''
    if (!sameState(state, options.state)) {
      page(res, 400, 'This sign-in is not the one Adwright started', 'Go back to Adwright and choose “Connect TikTok account” again.')
      return
    }
    const authCode = url.searchParams.get('auth_code') ?? ''
    if (!authCode) {
      page(res, 400, 'TikTok did not grant access', 'You can close this tab. Adwright is not connected; try again from Settings.')
      finish(new RedirectFailedError('no-code', 'TikTok came back without an authorization code; the account was not connected.'), undefined, res)
    } else {
      page(res, 200, 'You are signed in', 'Adwright has your authorization. You can close this tab and return to Adwright.')
      finish(null, authCode, res)
    }
  })

  const closed = new Promise<void>((resolve) => server.once('close', () => resolve()))

  /** Settles the flow and closes the port; `answering` is the callback's response, sent in full before its connection goes. */
  function finish(error: Error | null, authCode?: string, answering?: ServerResponse) {
    if (done) return
    done = true
    cancelTimer()
    if (error) settle.reject(error)
    else settle.resolve({ authCode: authCode! })
    server.close()
    if (answering && !answering.writableFinished) answering.once('finish', () => server.closeAllConnections())
    else server.closeAllConnections()
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  cancelTimer = setTimer(options.timeoutMs ?? REDIRECT_TIMEOUT_MS, () =>
    finish(new RedirectFailedError('timeout', 'The browser did not come back from TikTok in time; the account was not connected. Try again.')),
  )

  return {
    redirectUri: `http://127.0.0.1:${port}${REDIRECT_PATH}`,
    result,
    cancel: () => finish(new RedirectFailedError('cancelled', 'The TikTok sign-in was cancelled.')),
    closed,
  }
}
