/**
 * One HTTP exchange with the Marketing API, with the v1.3 conventions in one
 * place: `Access-Token` header, trailing-slash paths, JSON-string query values,
 * the `{code, message, request_id, data}` envelope (errors arrive with HTTP 200),
 * rate limiting, and retries with exponential backoff and full jitter.
 *
 * Careful by construction: redirects are never followed (the token and body
 * would go to whatever origin the `Location` names), and a request that is not
 * safe to repeat is never re-sent once it may have reached TikTok.
 */
import { z } from 'zod'
import {
  AmbiguousRequestError,
  MalformedResponseError,
  RateLimitError,
  RECONNECT_CODES,
  TikTokApiError,
  TransientError,
  errorForCode,
  isRetryable,
  redact,
} from './errors'
import { createRateLimiter, DEFAULT_QPS, systemClock, type Clock, type QpsConfig } from './rate-limiter'
import { quoteIntegerIds } from './response-schemas'

export interface TransportOptions {
  /** The API root, ending in `/open_api/v1.3`. */
  baseUrl: string
  /** Sent as the Access-Token header; absent for the OAuth calls that authenticate with the app's secret instead. */
  accessToken?: string
  /** More values to keep out of every message and log line (the app secret, an auth code). */
  secrets?: readonly string[]
  /**
   * Told when TikTok refuses the token itself (RECONNECT_CODES: expired, invalid, no permission), so the
   * connection can be marked "needs reconnect" whichever service made the call. Gets the redacted message.
   */
  onTokenRefused?: (refusal: { code: number; message: string; endpoint: string }) => void
  qps?: QpsConfig
  clock?: Clock
  /** Returns a number in [0, 1); injected for deterministic backoff in tests. */
  random?: () => number
  /** Attempts per request, including the first. */
  maxAttempts?: number
  /** Backoff base for transient failures; rate limits wait at least a second (TikTok's QPS window). */
  backoffBaseMs?: number
  backoffCapMs?: number
  timeoutMs?: number
  fetch?: typeof fetch
  /** Receives one line per retry and failure, already redacted. */
  log?: (line: string) => void
}

const EnvelopeSchema = z.object({
  code: z.number().int(),
  message: z.string(),
  request_id: z.string().optional(),
  data: z.unknown().optional(),
})

export interface RequestSpec<T> {
  method: 'GET' | 'POST'
  /** Relative to the API root, with leading and trailing slash: `/campaign/get/`. */
  path: string
  params?: Record<string, unknown>
  data: z.ZodType<T>
  /**
   * Whether TikTok makes repeating the request harmless: reads, and creates
   * carrying an idempotency `request_id`. A request that is not idempotent is
   * never re-sent once it may have reached TikTok (a cut connection, a timeout,
   * HTTP 5xx, code 50000): it fails with AmbiguousRequestError so the caller
   * reads back before deciding.
   */
  idempotent: boolean
  /**
   * A multipart body instead of JSON `params` (the file uploads): built afresh for each attempt, so a retry
   * streams the file again from disk. fetch sets the boundary in Content-Type.
   */
  form?: () => Promise<FormData>
  /** Overrides the transport's per-request timeout (a 500 MB upload takes longer than a read). */
  timeoutMs?: number
}

// Node's fetch (undici) reports these when no byte reached the server.
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT', 'EHOSTUNREACH', 'ENETUNREACH'])

/**
 * Codes after which a write may or may not have been stored: "system error"
 * and "processing error" come from behind TikTok's gateway, possibly after the
 * commit ([tiktok-api.md] error table, /work/shared/notes). 40202 (write
 * conflict) and 60001 (maintenance) are refusals, so they stay plain retries.
 */
const OUTCOME_UNKNOWN_CODES: ReadonlySet<number> = new Set([50000, 50002])

/** Whether the request reached TikTok and the answer does not say whether it took effect. */
function outcomeUnknown(error: TikTokApiError): boolean {
  if (error instanceof AmbiguousRequestError) return true
  if (!(error instanceof TransientError)) return false
  return (error.httpStatus !== undefined && error.httpStatus >= 500) || (error.code !== undefined && OUTCOME_UNKNOWN_CODES.has(error.code))
}

function networkCode(error: unknown): string | undefined {
  let e: unknown = error
  for (let depth = 0; depth < 4 && e && typeof e === 'object'; depth++) {
    const code = (e as { code?: unknown }).code
    if (typeof code === 'string') return code
    e = (e as { cause?: unknown }).cause
  }
  return undefined
}

/** Builds the query string: arrays and objects travel as JSON strings, as TikTok expects. */
export function toQuery(params: Record<string, unknown> = {}): string {
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined) continue
    q.set(k, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v))
  }
  const s = q.toString()
  return s ? `?${s}` : ''
}

export function createTransport(options: TransportOptions) {
  const clock = options.clock ?? systemClock
  const random = options.random ?? Math.random
  const maxAttempts = options.maxAttempts ?? 5
  // A post is sequential, so every backoff adds straight to its wall time; 200 ms first (then 400, 800, …) keeps a
  // 5% fault rate within 1.15 × the rate-limit minimum (npm run bench, sync) while still easing off a struggling server.
  const base = options.backoffBaseMs ?? 200
  const cap = options.backoffCapMs ?? 20_000
  const timeoutMs = options.timeoutMs ?? 30_000
  const doFetch = options.fetch ?? fetch
  const limiter = createRateLimiter(options.qps ?? DEFAULT_QPS, clock)
  const root = options.baseUrl.replace(/\/+$/, '')
  const secrets = [...(options.accessToken ? [options.accessToken] : []), ...(options.secrets ?? [])]
  const clean = (s: string) => redact(s, secrets)
  const log = (line: string) => options.log?.(clean(line))

  /** Full jitter: a uniform delay between 0 and the exponential ceiling. */
  function backoff(attempt: number, error: TikTokApiError): number {
    const ceiling = Math.min(cap, base * 2 ** (attempt - 1))
    const delay = random() * ceiling
    return error instanceof RateLimitError ? 1000 + delay : delay
  }

  async function once<T>(spec: RequestSpec<T>): Promise<T> {
    const endpoint = spec.path
    const url = `${root}${spec.path}${spec.method === 'GET' ? toQuery(spec.params) : ''}`
    const jsonBody = spec.method === 'POST' && !spec.form
    // Built before sending: a file that cannot be read fails here, certainly unsent, not as an unknown outcome.
    const body = spec.form ? await spec.form() : jsonBody ? JSON.stringify(spec.params ?? {}) : undefined
    let response: Response
    try {
      response = await doFetch(url, {
        method: spec.method,
        headers: {
          ...(options.accessToken ? { 'Access-Token': options.accessToken } : {}),
          ...(jsonBody ? { 'Content-Type': 'application/json' } : {}),
        },
        body,
        // Following a redirect would replay the Access-Token header and the body to another origin.
        redirect: 'manual',
        signal: AbortSignal.timeout(spec.timeoutMs ?? timeoutMs),
      })
    } catch (error) {
      const code = networkCode(error)
      const reason = clean(code ?? (error as Error)?.name ?? 'network error')
      if (code && NOT_SENT_CODES.has(code)) {
        throw new TransientError(`Could not reach TikTok (${reason}) calling ${endpoint}.`, { endpoint })
      }
      throw new AmbiguousRequestError(`The connection failed after ${endpoint} was sent (${reason}); it may or may not have taken effect.`, {
        endpoint,
      })
    }

    let text: string
    try {
      text = await response.text()
    } catch (error) {
      const reason = clean(networkCode(error) ?? (error as Error)?.name ?? 'read error')
      throw new AmbiguousRequestError(`The response to ${endpoint} was cut off (${reason}); it may or may not have taken effect.`, {
        endpoint,
        httpStatus: response.status,
      })
    }
    if (response.status >= 300 && response.status < 400) {
      const location = response.headers.get('location')
      const to = location ? ` to ${clean(originOf(location, url))}` : ''
      throw new TikTokApiError(
        `${endpoint} answered HTTP ${response.status}, a redirect${to}; Adwright does not follow redirects, so the access token stays with TikTok.`,
        { endpoint, httpStatus: response.status },
      )
    }
    // A gateway's 429 has an HTML or empty body, but it is TikTok's QPS limit all the same.
    if (response.status === 429 && !isEnvelope(text)) {
      throw new RateLimitError(`TikTok answered HTTP 429 (too many requests) to ${endpoint}.`, { endpoint, httpStatus: 429 })
    }
    if (response.status >= 500) {
      throw new TransientError(`TikTok answered HTTP ${response.status} to ${endpoint}.`, { endpoint, httpStatus: response.status })
    }
    let json: unknown
    try {
      json = JSON.parse(quoteIntegerIds(text))
    } catch {
      throw new MalformedResponseError(`${endpoint} answered HTTP ${response.status} with a body that is not JSON.`, {
        endpoint,
        httpStatus: response.status,
      })
    }
    const envelope = EnvelopeSchema.safeParse(json)
    if (!envelope.success) {
      throw new MalformedResponseError(
        `${endpoint} answered HTTP ${response.status} without a valid {code, message, data} envelope: ${describe(envelope.error)}.`,
        { endpoint, httpStatus: response.status },
      )
    }
    const { code, message, request_id: requestId } = envelope.data
    if (code !== 0) {
      if (RECONNECT_CODES.has(code)) options.onTokenRefused?.({ code, message: clean(message), endpoint })
      throw errorForCode(code, clean(message), { endpoint, requestId, httpStatus: response.status })
    }
    const data = spec.data.safeParse(envelope.data.data)
    if (!data.success) {
      throw new MalformedResponseError(`${endpoint} returned data of an unexpected shape: ${describe(data.error)}.`, {
        endpoint,
        requestId,
      })
    }
    return data.data
  }

  async function request<T>(spec: RequestSpec<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      await limiter.acquire(spec.path)
      try {
        return await once(spec)
      } catch (error) {
        if (!(error instanceof TikTokApiError)) throw error
        if (!spec.idempotent && outcomeUnknown(error)) {
          const unknown = asAmbiguous(error)
          log(`[tiktok-api] ${spec.method} ${spec.path} not repeated after attempt ${attempt}: ${unknown.message}`)
          throw unknown
        }
        const repeatable = attempt < maxAttempts && (isRetryable(error) || (error instanceof AmbiguousRequestError && spec.idempotent))
        if (!repeatable) {
          log(`[tiktok-api] ${spec.method} ${spec.path} failed after ${attempt} attempt(s): ${error.message}`)
          throw error
        }
        const delay = backoff(attempt, error)
        log(`[tiktok-api] ${spec.method} ${spec.path} attempt ${attempt} failed (${error.kind}); retrying in ${Math.round(delay)} ms`)
        await clock.sleep(delay)
      }
    }
  }

  return { request }
}
export type Transport = ReturnType<typeof createTransport>

/** A 5xx or 50000 on a request that must not be repeated: the caller has to read back, like after a cut connection. */
function asAmbiguous(error: TikTokApiError): AmbiguousRequestError {
  if (error instanceof AmbiguousRequestError) return error
  return new AmbiguousRequestError(`${error.message} The request may or may not have taken effect.`, {
    endpoint: error.endpoint,
    code: error.code,
    requestId: error.requestId,
    httpStatus: error.httpStatus,
    cause: error,
  })
}

function isEnvelope(text: string): boolean {
  try {
    return EnvelopeSchema.safeParse(JSON.parse(text)).success
  } catch {
    return false
  }
}

/** Only the origin of a redirect target goes into messages: its path or query may carry anything. */
function originOf(location: string, base: string): string {
  try {
    return new URL(location, base).origin
  } catch {
    return 'an unreadable location'
  }
}

function describe(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`)
    .join('; ')
}
