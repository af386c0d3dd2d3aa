/**
 * The embedded sandbox: a real HTTP server on 127.0.0.1 that speaks TikTok's
 * Marketing API v1.3 for the endpoints Adwright uses — same paths, envelope,
 * error codes, pagination, idempotency and QPS limits — so the app and the
 * tests run with no TikTok account.
 */
import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Now } from '#shared/time/clock'
import { DEMO_ADVERTISERS } from '#shared/domain/demo-account'
import { API_ROOT_PATH } from '../tiktok-api/profiles'
import { createTokenBuckets, DEFAULT_QPS, type QpsConfig } from '../tiktok-api/rate-limiter'
import { seedDemoAccount } from './demo-seed'
import { ENTITY_ROUTES } from './entity-routes'
import { createFaults, type FaultsConfig } from './faults'
import { AUDIENCE_ROUTES } from './audience-endpoints'
import { ApiFailure, type Handler } from './handler-kit'
import { INFO_ROUTES } from './info-routes'
import { multipartParams } from './multipart'
import { createSandboxState, emptyData, loadData } from './sandbox-state'
import { SMART_PLUS_ROUTES } from './smart-plus-endpoints'
import { configureSmartPlus, type SmartPlusSandboxOptions } from './smart-plus-store'

/** The token the standalone sandbox and the tests use unless told otherwise. */
export const SANDBOX_DEMO_TOKEN = 'sandbox-demo-token-7301'

export interface SandboxOptions {
  /** 0 (default) picks a free port. */
  port?: number
  /** Seeds fault draws and report data. */
  seed?: number
  faults?: FaultsConfig
  /** Server-side limits; exceeding them answers 40100. Defaults to TikTok's Basic tier. */
  qps?: QpsConfig
  /** Access tokens the server accepts, each for the demo advertiser. */
  tokens?: string[]
  /** Keep the state in this JSON file (reloaded on start); in memory when absent. */
  stateFile?: string
  /** Seed the demo account into an empty state (default true). */
  seedDemo?: boolean
  /** Monotonic milliseconds for QPS limits; injected by tests. */
  clock?: { now(): number }
  /** TikTok's idea of the current time: create/modify times, the demo seed, response ids (shared/time/clock.ts). */
  now: Now
  /** Switches for Smart+ behaviour TikTok does not document (smart-plus-store.ts). */
  smartPlus?: SmartPlusSandboxOptions
}

const ROUTES: Record<string, { method: 'GET' | 'POST'; handler: Handler; write: boolean; multipart?: boolean }> = {
  ...ENTITY_ROUTES,
  ...INFO_ROUTES,
  ...SMART_PLUS_ROUTES,
  ...AUDIENCE_ROUTES,
}

interface EndpointStats {
  requests: number
  rejectedByQps: number
}

/** GET values that look like JSON (arrays, objects) are parsed, as TikTok does for its query parameters. */
function queryParams(url: URL): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [k, v] of url.searchParams) {
    if (/^\s*[[{]/.test(v)) {
      try {
        out[k] = JSON.parse(v)
      } catch {
        throw new ApiFailure(40002, `${k}: Not valid JSON.`)
      }
    } else out[k] = v
  }
  return out
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const c of req) chunks.push(c as Buffer)
  return Buffer.concat(chunks)
}

function bodyParams(text: string): Record<string, unknown> {
  if (!text.trim()) return {}
  try {
    const parsed = JSON.parse(text) as unknown
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object')
    return parsed as Record<string, unknown>
  } catch {
    throw new ApiFailure(40002, 'The request body is not a JSON object.')
  }
}

export async function startSandboxServer(options: SandboxOptions) {
  const seed = options.seed ?? 1
  const clock = options.clock ?? { now: () => performance.now() }
  const wallClock = () => options.now().getTime()
  const loaded = options.stateFile ? loadData(options.stateFile) : null
  const state = createSandboxState(loaded ?? emptyData(), options.stateFile)
  configureSmartPlus(state, options.smartPlus)
  if (!loaded && options.seedDemo !== false) {
    seedDemoAccount(state, wallClock())
    state.persist()
  }
  const faults = createFaults(seed, options.faults)
  const buckets = createTokenBuckets(options.qps ?? DEFAULT_QPS, clock)
  const tokens = new Set(options.tokens ?? [SANDBOX_DEMO_TOKEN])
  const advertiserIds = DEMO_ADVERTISERS.map((a) => a.advertiser_id)
  const stats = new Map<string, EndpointStats>()

  function send(res: ServerResponse, code: number, message: string, data: unknown) {
    // Like TikTok's: a timestamp and a random part, unique per response.
    const request_id = `${new Date(wallClock()).toISOString().replace(/\D/g, '').slice(0, 14)}${randomBytes(6).toString('hex').toUpperCase()}`
    res.writeHead(200, { 'Content-Type': 'application/json' })
    res.end(JSON.stringify({ code, message, request_id, data }))
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const path = url.pathname.startsWith(`${API_ROOT_PATH}/`) ? url.pathname.slice(API_ROOT_PATH.length) : null
    const route = path ? ROUTES[path] : undefined
    // TikTok answers a path without its trailing slash (or an unknown one) with a bare 404.
    if (!path || !route) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('404 page not found')
      return
    }
    if (req.method !== route.method) {
      res.writeHead(405, { 'Content-Type': 'text/plain', Allow: route.method }).end('405 method not allowed')
      return
    }
    // The whole request arrives before any work starts, as at TikTok: a client that gives up later does not undo it.
    let body: Buffer
    try {
      body = req.method === 'POST' ? await readBody(req) : Buffer.alloc(0)
    } catch {
      return
    }
    const s = stats.get(path) ?? { requests: 0, rejectedByQps: 0 }
    stats.set(path, s)
    s.requests += 1

    const hits = faults.draw(path)
    const latency = hits.reduce((n, f) => n + (f.kind === 'latency' ? (f.latencyMs ?? 0) : 0), 0)
    if (latency > 0) await new Promise((r) => setTimeout(r, latency))

    try {
      const token = req.headers['access-token']
      if (typeof token !== 'string' || token === '') throw new ApiFailure(40104, 'Access token is empty.')
      if (!tokens.has(token)) throw new ApiFailure(40105, 'Access token is invalid.')
      if (faults.tokensExpired()) throw new ApiFailure(40102, 'Access token has expired.')
      if (!buckets.tryTake(path)) {
        s.rejectedByQps += 1
        throw new ApiFailure(40100, `Too many requests: ${path} allows ${buckets.qpsOf(path)} per second.`)
      }
      const status = hits.find((f) => f.kind === 'http-status')
      if (status) {
        res.writeHead(status.status ?? 503, { 'Content-Type': 'text/html' }).end('<html><body>Service Unavailable</body></html>')
        return
      }
      const coded = hits.find((f) => f.kind === 'error-code')
      if (coded) throw new ApiFailure(coded.code ?? 50000, coded.message ?? 'Injected failure.')
      const params =
        req.method === 'GET'
          ? queryParams(url)
          : route.multipart
            ? multipartParams(body, req.headers['content-type'])
            : bodyParams(body.toString('utf8'))
      const data = route.handler({ params, advertiserIds, state, now: wallClock, seed })
      if (route.write) state.persist()
      if (hits.some((f) => f.kind === 'drop-after-commit')) {
        // The write is stored; the client never hears about it.
        req.socket.destroy()
        return
      }
      const late = hits.find((f) => f.kind === 'status-after-commit')
      if (late) {
        // The write is stored; a gateway in front times out and answers for it.
        res.writeHead(late.status ?? 504, { 'Content-Type': 'text/html' }).end('<html><body>Gateway Timeout</body></html>')
        return
      }
      send(res, 0, 'OK', data)
    } catch (error) {
      if (error instanceof ApiFailure) send(res, error.code, error.message, {})
      else {
        res.writeHead(500, { 'Content-Type': 'text/plain' }).end('internal error')
        console.error('[sandbox]', error)
      }
    }
  }

  const server = createServer((req, res) => void handle(req, res))
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo

  return {
    baseUrl: `http://127.0.0.1:${port}${API_ROOT_PATH}`,
    faults,
    /** Requests seen per endpoint and how many the QPS limit refused. */
    stats: (path: string): EndpointStats => ({ ...(stats.get(path) ?? { requests: 0, rejectedByQps: 0 }) }),
    state,
    close(): Promise<void> {
      return new Promise((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
    },
  }
}
export type SandboxServer = Awaited<ReturnType<typeof startSandboxServer>>
