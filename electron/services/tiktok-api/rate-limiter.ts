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

/**
 * `burst` is the bucket size in seconds of traffic: the server allows a full
 * second's worth (1), the client keeps its own burst to one request so it spaces
 * requests evenly and never trips a server that counts per second.
 */
export function createTokenBuckets(config: QpsConfig, clock: Pick<Clock, 'now'>, burst: 'one-second' | 'single' = 'one-second'): TokenBuckets {
  const buckets = new Map<string, Bucket>()
  const qpsOf = (endpoint: string) => config.endpoints?.[endpoint] ?? config.default
  const capacityOf = (endpoint: string) => (burst === 'single' ? 1 : Math.max(1, qpsOf(endpoint)))

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

/** Client side: waits for a token, in order of arrival per endpoint. */
export function createRateLimiter(config: QpsConfig, clock: Clock) {
  const buckets = createTokenBuckets(config, clock, 'single')
  const queues = new Map<string, Promise<void>>()

  async function take(endpoint: string) {
    for (;;) {
      if (buckets.tryTake(endpoint)) return
      await clock.sleep(Math.max(1, buckets.waitTime(endpoint)))
    }
  }

  return {
    /** Resolves when the request may be sent. */
    acquire(endpoint: string): Promise<void> {
      // Chain per endpoint so concurrent callers are served first come, first served.
      const previous = queues.get(endpoint) ?? Promise.resolve()
      const mine = previous.then(() => take(endpoint))
      queues.set(endpoint, mine)
      return mine
    },
  }
}
export type RateLimiter = ReturnType<typeof createRateLimiter>
