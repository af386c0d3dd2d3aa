/**
 * The client's rate limiter: it spaces requests to stay under TikTok's QPS
 * limits instead of provoking 40100s. (The sandbox enforces limits with its own
 * model, sandbox/qps-limits.ts.) Time comes from an injected clock so tests can
 * drive it without waiting.
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

/** TikTok's Basic tier: 10 QPS per endpoint, 5 for `/ad/create/`, 2 for `/report/task/create/` (notes tiktok-api.md §2). */
export const DEFAULT_QPS: QpsConfig = { default: 10, endpoints: { '/ad/create/': 5, '/report/task/create/': 2 } }

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
