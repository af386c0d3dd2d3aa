/**
 * The embedded sandbox: a real HTTP server on 127.0.0.1 that speaks TikTok's
 * Marketing API v1.3 for the endpoints Adwright uses — same paths, envelope,
 * error codes, pagination, idempotency and QPS limits — so the app and the
 * tests run with no TikTok account.
 */
import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Now } from '#shared/time/clock'
import type { SandboxIdempotencyMode } from '#shared/domain/sandbox-faults'
import { DEMO_ADVERTISERS } from '#shared/domain/demo-account'
import { BodyTooLargeError, readBoundedBody, refuse, requestUrl } from '../http/request-input'
import { seedDemoAccount } from './demo-seed'
import { MATERIAL_CDN_PATH, materialFile } from './material-cdn'
import { AUDIENCE_ROUTES, AUDIENCE_UPLOAD_ROUTES } from './audience-endpoints'
import { ENTITY_ROUTES } from './entity-routes'
import { checkKnownParams } from './endpoint-params'
import { discardUpload, FILE_ROUTES, UPLOAD_ROUTES } from './file-routes'
import { isMultipart, readMultipart, type MultipartForm } from './multipart'
import { createFaults, type FaultsConfig } from './faults'
import { ApiFailure, type HandlerContext, type SandboxRoute } from './handler-kit'
import { ACCOUNT_ROUTES } from './account-routes'
import { AUTH_PAGE_PATH, handleAuthPage } from './auth-page'
import { createOAuthGrants } from './oauth-grants'
import { OAUTH_ROUTES } from './oauth-routes'
import { INFO_ROUTES } from './info-routes'
import { createTokenBuckets, SANDBOX_DEFAULT_QPS, SANDBOX_ROOT_PATH, type SandboxQpsConfig } from './qps-limits'
import { createSandboxState, emptyData, loadData } from './sandbox-state'
import { SMART_PLUS_ROUTES } from './smart-plus-endpoints'
import { configureReports, type ReportSandboxOptions } from './report-route'
import { REPORT_FILE_PATH, REPORT_TASK_ROUTES, reportFile, setReportFileOrigin } from './report-tasks'
import { seedLargeAccount } from './large-account-seed'

/** The token the standalone sandbox and the tests use unless told otherwise. */
export const SANDBOX_DEMO_TOKEN = 'sandbox-demo-token-7301'

export interface SandboxOptions {
  /** 0 (default) picks a free port. */
  port?: number
  /** Seeds fault draws and report data. */
  seed?: number
  faults?: FaultsConfig
  /** How a repeated request_id is answered (idempotency.ts); also switchable later with `faults.setIdempotency`. */
  idempotency?: SandboxIdempotencyMode
  /** Server-side limits; exceeding them answers 40100. Defaults to TikTok's Basic tier. */
  qps?: SandboxQpsConfig
  /** Fixed access tokens the server accepts, each for the demo advertiser; OAuth logins get tokens of their own (oauth-grants.ts). */
  tokens?: string[]
  /** Keep the state in this JSON file (reloaded on start); in memory when absent. */
  stateFile?: string
  /** Seed the demo account into an empty state (default true). */
  seedDemo?: boolean
  /** Monotonic milliseconds for QPS limits; injected by tests. */
  clock?: { now(): number }
  /**
   * A parameter TikTok's spec does not list (endpoint-params.ts): `refuse` (default) answers 40002 naming it;
   * `ignore` drops nothing and lets the handler ignore it. TikTok does not document which it does, so both are modelled.
   */
  unknownFields?: 'refuse' | 'ignore'
  /** TikTok's idea of the current time: create/modify times, the demo seed, response ids (shared/time/clock.ts). */
  now: Now
  /** Largest JSON body accepted, in bytes (default {@link DEFAULT_MAX_BODY_BYTES}); larger ones get a 413. */
  maxBodyBytes?: number
  /** Switches for report behaviour the notes leave open (report-route.ts). */
  reports?: ReportSandboxOptions
  /** Adds this many ads to the demo advertiser (large-account-seed.ts): an account past the synchronous report's cap. */
  largeAccountAds?: number
}

/**
 * TikTok documents no limit for JSON bodies (only 500 MB for video files, notes tiktok-api-2026.md §5),
 * so this cap is the sandbox's own guard against a client that sends without end; the largest
 * body Adwright sends (a batch of 100 ad edits) is far below it. Switchable per server.
 */
export const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024

/** TikTok's per-file upload limit (notes tiktok-api-2026.md §5). */
const MAX_UPLOAD_BYTES = 500 * 1024 * 1024

const ROUTES: Record<string, SandboxRoute> = {
  ...FILE_ROUTES,
  ...ENTITY_ROUTES,
  ...INFO_ROUTES,
  ...SMART_PLUS_ROUTES,
  ...ACCOUNT_ROUTES,
  ...AUDIENCE_ROUTES,
  ...REPORT_TASK_ROUTES,
  ...OAUTH_ROUTES,
}

interface EndpointStats {
  requests: number
  rejectedByQps: number
}

/** GET values that look like JSON (arrays, objects) are parsed, as TikTok does for its query parameters (notes tiktok-api.md §2 "GET parameters"). */
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
  configureReports(state, options.reports)
  if (!loaded && options.seedDemo !== false) {
    seedDemoAccount(state, wallClock())
    if (options.largeAccountAds) seedLargeAccount(state, wallClock(), options.largeAccountAds)
    state.persist()
  }
  const faults = createFaults(seed, { ...options.faults, idempotency: options.idempotency ?? options.faults?.idempotency })
  const buckets = createTokenBuckets(options.qps ?? SANDBOX_DEFAULT_QPS, clock)
  const tokens = new Set(options.tokens ?? [SANDBOX_DEMO_TOKEN])
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES
  const demoAdvertiserIds = DEMO_ADVERTISERS.map((a) => a.advertiser_id)
  const oauth = createOAuthGrants(wallClock)
  const stats = new Map<string, EndpointStats>()
  // Uploads wait here only while their request runs (file-routes.ts deletes them).
  const uploadDir = join(tmpdir(), `adwright-sandbox-uploads-${randomBytes(6).toString('hex')}`)

  /** The envelope {code, message, request_id, data}, errors too with HTTP 200 (notes tiktok-api.md §2 "Response envelope"). */
  function send(res: ServerResponse, code: number, message: string, data: unknown) {
    // Like TikTok's: a timestamp and a random part, unique per response.
    const request_id = `${new Date(wallClock()).toISOString().replace(/\D/g, '').slice(0, 14)}${randomBytes(6).toString('hex').toUpperCase()}`
    res.writeHead(200, { 'Content-Type': 'application/json' })
    res.end(JSON.stringify({ code, message, request_id, data }))
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = requestUrl(req)
    if (!url) return refuse(res, 400, '400 bad request: the request target is not a URL')
    if (req.method === 'GET' && url.pathname.startsWith(REPORT_FILE_PATH)) {
      // A report task's file: no token, like the signed link TikTok hands out (report-tasks.ts).
      const csv = reportFile(state, url.pathname, wallClock())
      if (csv === null) res.writeHead(404, { 'Content-Type': 'text/plain' }).end('404 the link is unknown or has expired')
      else res.writeHead(200, { 'Content-Type': 'text/csv; charset=utf-8' }).end(csv)
      return
    }
    if (req.method === 'GET' && url.pathname.startsWith(MATERIAL_CDN_PATH)) {
      // A material's cover or image: no token, like the signed CDN link TikTok hands out (material-cdn.ts).
      const jpeg = materialFile(state, url.pathname)
      if (!jpeg) res.writeHead(404, { 'Content-Type': 'text/plain' }).end('404 not found')
      else res.writeHead(200, { 'Content-Type': 'image/jpeg', 'Content-Length': String(jpeg.length) }).end(jpeg)
      return
    }
    // The stand-in authorization page lives beside the API on the same host, as TikTok's does (auth-page.ts).
    if (url.pathname === AUTH_PAGE_PATH) return handleAuthPage(req, res, url, oauth)
    const path = url.pathname.startsWith(`${SANDBOX_ROOT_PATH}/`) ? url.pathname.slice(SANDBOX_ROOT_PATH.length) : null
    const upload = path ? (UPLOAD_ROUTES[path] ?? AUDIENCE_UPLOAD_ROUTES[path]) : undefined
    const route = path ? (ROUTES[path] ?? (upload ? { method: 'POST' as const, handler: null, write: true, auth: undefined } : undefined)) : undefined
    // TikTok answers a path without its trailing slash (or an unknown one) with a bare 404 (notes tiktok-api.md §2 "Base URLs", [AE] errors/).
    if (!path || !route) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('404 page not found')
      return
    }
    if (req.method !== route.method) {
      res.writeHead(405, { 'Content-Type': 'text/plain', Allow: route.method }).end('405 method not allowed')
      return
    }
    const s = stats.get(path) ?? { requests: 0, rejectedByQps: 0 }
    stats.set(path, s)
    s.requests += 1
    // The token is checked before a byte of the body is read, so an unauthenticated client cannot make the server hold its upload.
    // The Access-Token header; 40104 empty, 40105 invalid, 40102 expired (notes tiktok-api.md §2 "Authentication", "Error codes").
    // The OAuth exchange and revoke take no token: the app's secret in the (small, bounded) body authenticates them (oauth-routes.ts).
    const byToken = route.auth !== 'app-secret'
    const token = req.headers['access-token']
    const grant = byToken && typeof token === 'string' ? oauth.grantOf(token) : undefined
    const denied = !byToken
      ? null
      : typeof token !== 'string' || token === ''
        ? new ApiFailure(40104, 'Access token is empty.')
        : !tokens.has(token) && !grant
          ? new ApiFailure(40105, 'Access token is invalid.')
          : null
    if (denied) {
      res.setHeader('Connection', 'close') // the unread body is dropped with the connection, not drained
      return send(res, denied.code, denied.message, {})
    }
    // The whole request arrives before any work starts, as at TikTok: a client that gives up later does not undo it.
    let body = ''
    let form: MultipartForm | null = null
    try {
      // Uploads are multipart and streamed to disk (up to TikTok's 500 MB per file); everything else is a bounded JSON body.
      if (upload) {
        if (!isMultipart(req)) return send(res, 40002, 'The request must be multipart/form-data with the file in it.', {})
        form = await readMultipart(req, { dir: uploadDir, maxFileBytes: MAX_UPLOAD_BYTES })
      } else if (req.method === 'POST') body = await readBoundedBody(req, maxBodyBytes)
    } catch (error) {
      if (error instanceof BodyTooLargeError) refuse(res, 413, `413 request entity too large: ${error.message}`)
      else if (error instanceof ApiFailure) send(res, error.code, error.message, {})
      return
    }

    const hits = faults.draw(path)
    const latency = hits.reduce((n, f) => n + (f.kind === 'latency' ? (f.latencyMs ?? 0) : 0), 0)
    if (latency > 0) await new Promise((r) => setTimeout(r, latency))

    try {
      if (byToken && faults.tokensExpired()) throw new ApiFailure(40102, 'Access token has expired.')
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
      const params = form ? { ...form.fields } : req.method === 'GET' ? queryParams(url) : bodyParams(body)
      if (options.unknownFields !== 'ignore') checkKnownParams(path, params)
      const ctx: HandlerContext = {
        params,
        // A fixed token acts for the demo advertiser; an OAuth token for the accounts its user granted.
        advertiserIds: grant ? grant.advertiserIds : byToken ? demoAdvertiserIds : [],
        oauth,
        grant,
        state,
        now: wallClock,
        seed,
        customIdentityAllowed: faults.customIdentityAllowed,
        idempotency: faults.idempotency(),
        origin: `http://${req.headers.host ?? '127.0.0.1'}`,
      }
      const data = upload && form ? await upload(ctx, form) : route.handler!(ctx)
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
    } finally {
      // Whatever the answer (a fault's 503 included), an upload's temporary file goes with its request.
      discardUpload(form)
    }
  }

  // Whatever one request does, the server keeps serving the next.
  const server = createServer(
    (req, res) =>
      void handle(req, res).catch((error: unknown) => {
        console.error('[sandbox]', error)
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' }).end('internal error')
      }),
  )
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  setReportFileOrigin(state, `http://127.0.0.1:${port}`)

  return {
    baseUrl: `http://127.0.0.1:${port}${SANDBOX_ROOT_PATH}`,
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
