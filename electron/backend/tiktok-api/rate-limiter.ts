/**
 * Token buckets per endpoint. The client uses them to stay under TikTok's QPS
 * limits instead of provoking 40100s; the sandbox server uses the same buckets
 * to enforce its limits. Time comes from an injected clock so tests can drive
 * it without waiting.
 */

export interface Clock {
  /** Milliseconds, monotonic enough for rate limiting. */
  now(): number
  sleep(ms: number): Promise<void>
}

export const systemClock: Clock = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
}

export interface QpsConfig {
  /** Requests per second for endpoints without their own entry. */
  default: number
  /** Per-endpoint QPS keyed by path relative to the API root, e.g. `/ad/create/`. */
  endpoints?: Record<string, number>
}

/** TikTok's Basic tier: 10 QPS per endpoint, 5 for `/ad/create/`. */
export const DEFAULT_QPS: QpsConfig = { default: 10, endpoints: { '/ad/create/': 5 } }

interface Bucket {
  tokens: number
  updatedAt: number
}

export interface TokenBuckets {
  /** Takes a token if one is available now; never waits. */
  tryTake(endpoint: string): boolean
  /** Milliseconds until a token will be available (0 if one is now). */
  waitTime(endpoint: string): number
  qpsOf(endpoint: string): number
}

/** Server side: each endpoint's bucket holds one second of traffic, so a short burst passes and a sustained excess is refused. */
export function createTokenBuckets(config: QpsConfig, clock: Pick<Clock, 'now'>): TokenBuckets {
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
    waitTime(endpoint) {
      if (!Number.isFinite(qpsOf(endpoint))) return 0
      const b = refill(endpoint)
      return b.tokens >= 1 ? 0 : ((1 - b.tokens) * 1000) / qpsOf(endpoint)
    },
  }
}

/**
 * Client side: gives each request on an endpoint its own slot, 1/QPS after the
 * previous one, in call order. Slots follow the ideal schedule rather than the
 * moment a timer actually fired, so timer lateness does not add up over a long
 * run; the server's one-second bucket absorbs the small jitter that remains.
 */
export function createRateLimiter(config: QpsConfig, clock: Clock) {
  const nextSlot = new Map<string, number>()
  return {
    /** Resolves when the request may be sent. */
    async acquire(endpoint: string): Promise<void> {
      const qps = config.endpoints?.[endpoint] ?? config.default
      if (!Number.isFinite(qps)) return
      const now = clock.now()
      const slot = Math.max(now, nextSlot.get(endpoint) ?? now)
      nextSlot.set(endpoint, slot + 1000 / qps)
      if (slot > now) await clock.sleep(slot - now)
    },
  }
}
export type RateLimiter = ReturnType<typeof createRateLimiter>
