/**
 * Typed failures of the TikTok Marketing API client. TikTok reports most errors
 * with HTTP 200 and a `code` in the envelope; the class tells callers what to do
 * (reconnect, wait, fix a field, reconcile) without knowing the codes.
 */

export type TikTokErrorKind =
  'auth' | 'rate-limit' | 'transient' | 'invalid-params' | 'duplicate-request' | 'minors-targeting' | 'ambiguous' | 'malformed-response' | 'api'

export interface TikTokErrorInfo {
  endpoint: string
  /** TikTok's envelope code; absent for network and HTTP-level failures. */
  code?: number
  /** TikTok's response `request_id`, for support tickets. */
  requestId?: string
  httpStatus?: number
  cause?: unknown
}

export class TikTokApiError extends Error {
  readonly kind: TikTokErrorKind = 'api'
  readonly endpoint: string
  readonly code?: number
  readonly requestId?: string
  readonly httpStatus?: number
  constructor(message: string, info: TikTokErrorInfo) {
    super(message, info.cause === undefined ? undefined : { cause: info.cause })
    this.name = new.target.name
    this.endpoint = info.endpoint
    this.code = info.code
    this.requestId = info.requestId
    this.httpStatus = info.httpStatus
  }
}

/** The token is missing, invalid or expired: the user must reconnect the account. */
export class AuthError extends TikTokApiError {
  override readonly kind = 'auth'
  readonly action = 'reconnect'
}

export class RateLimitError extends TikTokApiError {
  override readonly kind = 'rate-limit'
}

/** TikTok-side or network trouble where the request certainly did not take effect (or is safe to repeat). */
export class TransientError extends TikTokApiError {
  override readonly kind = 'transient'
}

export class InvalidParamsError extends TikTokApiError {
  override readonly kind = 'invalid-params'
  /** The request field TikTok's message names, when it names one. */
  readonly field?: string
  constructor(message: string, info: TikTokErrorInfo & { field?: string }) {
    super(message, info)
    this.field = info.field
  }
}

/** 40050: the idempotency `request_id` was already used for a different request. */
export class DuplicateRequestError extends TikTokApiError {
  override readonly kind = 'duplicate-request'
}

/** 40065: AGE_13_17 targeting is not allowed in one of the chosen locations. */
export class MinorsTargetingError extends TikTokApiError {
  override readonly kind = 'minors-targeting'
}

/**
 * The request may or may not have taken effect: the connection broke or timed
 * out after the request was sent. A create must be reconciled by reading back,
 * never blindly repeated.
 */
export class AmbiguousRequestError extends TikTokApiError {
  override readonly kind = 'ambiguous'
}

/** The server answered with something that is not a valid v1.3 envelope. */
export class MalformedResponseError extends TikTokApiError {
  override readonly kind = 'malformed-response'
}

export const AUTH_CODES: ReadonlySet<number> = new Set([40102, 40104, 40105])
/**
 * Codes after which the stored login cannot go on as it is: expired (40102), empty (40104) or invalid (40105)
 * token, and 40001 "no permission" — what TikTok answers once a user removed the app's access to an advertiser
 * (notes tiktok-api.md §2 "Error codes"). The connection shows "needs reconnect" with the reason.
 */
export const RECONNECT_CODES: ReadonlySet<number> = new Set([...AUTH_CODES, 40001])
export const RATE_LIMIT_CODES: ReadonlySet<number> = new Set([40100, 40133, 40016])
export const TRANSIENT_CODES: ReadonlySet<number> = new Set([50000, 50002, 40202, 60001])
export const INVALID_PARAM_CODES: ReadonlySet<number> = new Set([40000, 40002])
export const DUPLICATE_REQUEST_CODE = 40050
export const MINORS_TARGETING_CODE = 40065

/**
 * Finds the field an error message is about. TikTok phrases these as
 * `budget: …`, `Missing data for required field: campaign_name` or
 * `… field 'budget' …`; anything else yields no field rather than a guess.
 */
export function fieldFromMessage(message: string): string | undefined {
  // A field path: snake_case names, dotted, with list indexes (`creatives[0].video_id`).
  const path = '[a-z][a-z0-9_]*(?:\\[\\d+\\])?(?:\\.[a-z][a-z0-9_]*(?:\\[\\d+\\])?)*'
  const leading = new RegExp(`^\\s*(${path})\\s*:\\s`).exec(message)
  if (leading) return leading[1]
  const named = new RegExp(`\\b(?:field|param|parameter)s?\\s*[:=]?\\s*[\\x60'"]?(${path})`).exec(message)
  return named?.[1]
}

/** Maps a non-zero envelope code to the error class callers act on. */
export function errorForCode(code: number, message: string, info: Omit<TikTokErrorInfo, 'code'>): TikTokApiError {
  const text = `${message} (TikTok code ${code}, ${info.endpoint})`
  const full = { ...info, code }
  if (AUTH_CODES.has(code)) return new AuthError(`${text}. Reconnect the TikTok account.`, full)
  if (RATE_LIMIT_CODES.has(code)) return new RateLimitError(text, full)
  if (TRANSIENT_CODES.has(code)) return new TransientError(text, full)
  if (INVALID_PARAM_CODES.has(code)) return new InvalidParamsError(text, { ...full, field: fieldFromMessage(message) })
  if (code === DUPLICATE_REQUEST_CODE) return new DuplicateRequestError(text, full)
  if (code === MINORS_TARGETING_CODE) return new MinorsTargetingError(text, full)
  return new TikTokApiError(text, full)
}

/** Whether the client may repeat the request after this error (given the request is safe to repeat). */
export const isRetryable = (e: TikTokApiError) => e.kind === 'rate-limit' || e.kind === 'transient'

/**
 * Replaces every occurrence of secrets in a string. Used on every message and
 * log line the client builds, so a token echoed by a server or a proxy never
 * leaves main.
 */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text
  for (const s of secrets) if (s.length >= 4) out = out.split(s).join('[redacted]')
  return out
}
