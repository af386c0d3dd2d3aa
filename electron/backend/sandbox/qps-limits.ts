/**
 * The sandbox's own model of TikTok's rate limits, written from the notes
 * rather than taken from the client's limiter: if the client's idea of the
 * limits drifts, the sandbox still refuses what TikTok would refuse.
 *
 * Source: notes tiktok-api.md §2 "Rate limits" ([AE] rate-limits/, summarising
 * DOC 1740029171730433): per developer app, Basic tier 10 QPS per endpoint,
 * Advanced 20, Premium 30, Ultimate 50; `/ad/create/` 5 QPS and
 * `/report/task/create/` 2 QPS on Basic. Exceeding a limit answers 40100
 * (app-level rate limit; SDK tiktok_code.py). QPM/QPD limits are not modelled.
 */

/** The API root under the server's origin (notes tiktok-api.md §1: every path is under /open_api/v1.3). */
export const SANDBOX_ROOT_PATH = '/open_api/v1.3'

export interface SandboxQpsConfig {
  /** Requests per second for endpoints without their own entry (Infinity = unlimited). */
  default: number
  /** Per-endpoint QPS keyed by path relative to the API root, e.g. `/ad/create/`. */
  endpoints?: Record<string, number>
}

/** Per-app QPS of each tier (notes tiktok-api.md §2). Endpoint-specific limits are documented for Basic only. */
export const QPS_TIERS = { BASIC: 10, ADVANCED: 20, PREMIUM: 30, ULTIMATE: 50 } as const

/** What the sandbox enforces unless told otherwise: TikTok's Basic tier. */
export const SANDBOX_DEFAULT_QPS: SandboxQpsConfig = {
  default: QPS_TIERS.BASIC,
  endpoints: { '/ad/create/': 5, '/report/task/create/': 2 },
}

export interface TokenBuckets {
  /** Takes a token if one is available now; never waits. */
  tryTake(endpoint: string): boolean
  qpsOf(endpoint: string): number
}

interface Bucket {
  tokens: number
  updatedAt: number
}

/** Each endpoint's bucket holds one second of traffic, so a short burst passes and a sustained excess is refused. */
export function createTokenBuckets(config: SandboxQpsConfig, clock: { now(): number }): TokenBuckets {
  const buckets = new Map<string, Bucket>()
  const qpsOf = (endpoint: string) => config.endpoints?.[endpoint] ?? config.default
  const capacityOf = (endpoint: string) => Math.max(1, qpsOf(endpoint))

  function refill(endpoint: string): Bucket {
    const now = clock.now()
    let b = buckets.get(endpoint)
    if (!b) {
      b = { tokens: capacityOf(endpoint), updatedAt: now }
      buckets.set(endpoint, b)
    }
    const elapsed = Math.max(0, now - b.updatedAt)
    b.tokens = Math.min(capacityOf(endpoint), b.tokens + (elapsed * qpsOf(endpoint)) / 1000)
    b.updatedAt = now
    return b
  }

  return {
    qpsOf,
    tryTake(endpoint) {
      if (!Number.isFinite(qpsOf(endpoint))) return true
      const b = refill(endpoint)
      if (b.tokens < 1) return false
      b.tokens -= 1
      return true
    },
  }
}
