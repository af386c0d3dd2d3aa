/**
 * Dev/test only — never bundled into the app (nothing under electron/main imports it).
 *
 * Serves the IPC contract over HTTP on 127.0.0.1 so the real renderer can run in
 * a plain browser against the real back-end services:
 *   POST /__bridge/invoke/<channel>   body: {"payload": …}  → Result JSON
 *   GET  /__bridge/events?token=…     Server-Sent Events, one per EventContract push
 * Every call must carry the per-run token; Host and Origin are checked so that
 * other pages in the same browser cannot reach it (DNS rebinding, CSRF).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto'
import { createReadStream, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, sep } from 'node:path'
import type { Dispatch } from '#backend/app/dispatcher'
import type { EventHub } from '#backend/app/event-hub'
import { BodyTooLargeError, decodedPath, readBoundedBody, refuse, requestUrl } from '#backend/http/request-input'
import { CONTENT_TYPES } from '#backend/http/content-types'
import { stringifyTyped } from '#shared/ipc/typed-json'
import { MEDIA_PATH, mediaAnswer, mediaVariantOf, type MediaVariant } from '#backend/creatives/media-response'

export const BRIDGE_PREFIX = '/__bridge'
const MAX_BODY_BYTES = 5 * 1024 * 1024

export interface BridgeOptions {
  dispatch: Dispatch
  events: EventHub
  /** Serve this folder (a built renderer) for every non-bridge path. */
  staticDir?: string
  /** Or hand non-bridge requests to this (e.g. Vite's dev middleware). */
  fallback?: (req: IncomingMessage, res: ServerResponse, next: () => void) => void
  port?: number
  token?: string
  /** A library creative's file by advertiser and signature (creatives-service.ts `sourceOf`), for `/__bridge/media/…`. */
  mediaSource?: (advertiserId: string, key: string, variant: MediaVariant | undefined) => { path: string; extension: string } | null
}

export interface BridgeServer {
  /** Page URL including the token fragment the web shim picks up. */
  url: string
  origin: string
  token: string
  close(): Promise<void>
}

function sameToken(given: string | null | undefined, token: string): boolean {
  if (!given) return false
  const a = Buffer.from(given)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' })
  res.end(stringifyTyped(body))
}

/** The token from `Authorization: Bearer <token>`; any other form of the header is no token. */
const bearerToken = (header: string | undefined) => /^Bearer (\S+)$/.exec(header ?? '')?.[1]

function serveStatic(dir: string, pathname: string, res: ServerResponse): void {
  const decoded = decodedPath(pathname)
  if (decoded === null) return refuse(res, 400, 'Bad request: the path has a broken %-escape.')
  const rel = normalize(decoded).replace(/^([/\\])+/, '')
  let file = join(dir, rel)
  if (!file.startsWith(dir + sep) && file !== dir) return void sendJson(res, 403, { error: 'Forbidden' })
  try {
    if (statSync(file).isDirectory()) file = join(file, 'index.html')
  } catch {
    file = join(dir, 'index.html') // single-page app: unknown paths get the shell
  }
  res.writeHead(200, { 'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' })
  createReadStream(file).pipe(res)
}

export async function startBridgeServer(opts: BridgeOptions): Promise<BridgeServer> {
  const token = opts.token ?? randomBytes(24).toString('hex')
  let origin = ''
  const streams = new Set<ServerResponse>()

  const unsubscribe = opts.events.subscribe((channel, payload) => {
    const frame = `event: ${channel}\ndata: ${stringifyTyped(payload)}\n\n`
    for (const res of streams) res.write(frame)
  })

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = requestUrl(req, origin)
    if (!url) return refuse(res, 400, 'Bad request: the request target is not a URL.')
    if (req.headers.host !== new URL(origin).host) return sendJson(res, 421, { error: 'Wrong host.' })
    if (!url.pathname.startsWith(BRIDGE_PREFIX)) {
      if (opts.fallback) return opts.fallback(req, res, () => sendJson(res, 404, { error: 'Not found' }))
      if (opts.staticDir) return serveStatic(opts.staticDir, url.pathname, res)
      return sendJson(res, 404, { error: 'Not found' })
    }
    if (req.headers.origin && req.headers.origin !== origin) return sendJson(res, 403, { error: 'Wrong origin.' })

    if (req.method === 'GET' && url.pathname === `${BRIDGE_PREFIX}/events`) {
      if (!sameToken(url.searchParams.get('token'), token)) return sendJson(res, 401, { error: 'Bad token.' })
      res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' })
      res.write(': connected\n\n')
      streams.add(res)
      req.on('close', () => streams.delete(res))
      return
    }

    const media = req.method === 'GET' ? MEDIA_PATH.exec(url.pathname) : null
    if (media && url.pathname.startsWith(`${BRIDGE_PREFIX}/media/`)) {
      // <img> and <video> cannot send headers, so the token travels in the query, as for the event stream.
      if (!sameToken(url.searchParams.get('token'), token)) return sendJson(res, 401, { error: 'Bad token.' })
      const a = mediaAnswer(opts.mediaSource?.(media[1]!, media[2]!, mediaVariantOf(media)) ?? null, req.headers.range)
      res.writeHead(a.status, a.headers)
      if (a.body) a.body.pipe(res)
      else res.end()
      return
    }

    const match = /^\/__bridge\/invoke\/([a-z-]+:[a-z-]+)$/.exec(url.pathname)
    if (req.method === 'POST' && match) {
      if (!sameToken(bearerToken(req.headers.authorization), token)) return sendJson(res, 401, { error: 'Bad token.' })
      let payload: unknown
      try {
        const text = await readBoundedBody(req, MAX_BODY_BYTES)
        payload = text ? (JSON.parse(text) as { payload?: unknown }).payload : undefined
      } catch (error) {
        if (error instanceof BodyTooLargeError) return refuse(res, 413, error.message)
        return sendJson(res, 400, { ok: false, error: { code: 'INVALID_REQUEST', message: (error as Error).message } })
      }
      return sendJson(res, 200, await opts.dispatch(match[1], payload))
    }
    return sendJson(res, 404, { error: 'Not found' })
  }

  // Whatever one request does, the server keeps serving the next.
  const server = createServer(
    (req, res) =>
      void handle(req, res).catch((error: unknown) => {
        console.error('[bridge]', error)
        if (!res.headersSent) sendJson(res, 500, { error: 'Internal error.' })
      }),
  )

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(opts.port ?? 0, '127.0.0.1', resolve)
  })
  const { port } = server.address() as AddressInfo
  origin = `http://127.0.0.1:${port}`

  return {
    url: `${origin}/#bridge-token=${token}`,
    origin,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        unsubscribe()
        for (const res of streams) res.end()
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
