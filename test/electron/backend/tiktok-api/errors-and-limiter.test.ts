import { describe, expect, it } from 'vitest'
import { errorForCode, fieldFromMessage, redact } from '#backend/tiktok-api/errors'
import { createTokenBuckets } from '#backend/sandbox/qps-limits'
import { createRateLimiter } from '#backend/tiktok-api/rate-limiter'
import { toQuery } from '#backend/tiktok-api/transport'
import { fakeClock } from '#test/helpers/sandbox'

describe('error classification', () => {
  it.each([
    [40102, 'AuthError'],
    [40104, 'AuthError'],
    [40105, 'AuthError'],
    [40100, 'RateLimitError'],
    [40133, 'RateLimitError'],
    [40016, 'RateLimitError'],
    [50000, 'TransientError'],
    [50002, 'TransientError'],
    [40202, 'TransientError'],
    [60001, 'TransientError'],
    [40000, 'InvalidParamsError'],
    [40002, 'InvalidParamsError'],
    [40050, 'DuplicateRequestError'],
    [40065, 'MinorsTargetingError'],
    [40007, 'TikTokApiError'],
  ])('code %i → %s', (code, name) => {
    const e = errorForCode(code, 'msg', { endpoint: '/x/', requestId: 'r' })
    expect(e.name).toBe(name)
    expect(e).toMatchObject({ code, endpoint: '/x/', requestId: 'r' })
  })

  it.each([
    ['budget: The campaign budget must be greater than 50 USD.', 'budget'],
    ['Missing data for required field: campaign_name', 'campaign_name'],
    ["Invalid value for field 'schedule_end_time'", 'schedule_end_time'],
    ['creatives[0].video_id: Required', 'creatives[0].video_id'],
    ['Something went wrong', undefined],
  ])('finds the field in %j', (message, field) => {
    expect(fieldFromMessage(message)).toBe(field)
  })

  it('redacts every occurrence of a secret', () => {
    expect(redact('a SECRET b SECRET', ['SECRET'])).toBe('a [redacted] b [redacted]')
  })

  it('sends arrays and objects in the query as JSON strings', () => {
    expect(toQuery({ a: ['x'], b: { c: 1 }, d: 2, e: undefined })).toBe('?a=%5B%22x%22%5D&b=%7B%22c%22%3A1%7D&d=2')
  })
})

describe('rate limiting', () => {
  it('spaces one endpoint’s requests at 1/QPS and keeps endpoints apart', async () => {
    const clock = fakeClock(0)
    const limiter = createRateLimiter({ default: 10, endpoints: { '/ad/create/': 5 } }, clock)
    const times: Record<string, number[]> = { '/ad/create/': [], '/campaign/get/': [] }
    for (let i = 0; i < 5; i++) {
      for (const e of Object.keys(times)) {
        await limiter.acquire(e)
        times[e]!.push(clock.now())
      }
    }
    const gaps = (xs: number[]) => xs.slice(1).map((x, i) => x - xs[i]!)
    for (const g of gaps(times['/ad/create/']!)) expect(g).toBeGreaterThanOrEqual(200)
    // 10 QPS elsewhere: never more than 10 in any one-second window.
    const all = times['/campaign/get/']!
    expect(all.filter((t) => t < all[0]! + 1000).length).toBeLessThanOrEqual(10)
  })

  it('serves concurrent callers in call order and does not let late timers add up', async () => {
    let t = 0
    // Every timer fires 5 ms late, as a busy machine's would.
    const lateClock = { now: () => t, sleep: async (ms: number) => void (t += ms + 5) }
    const limiter = createRateLimiter({ default: 10 }, lateClock)
    const order: number[] = []
    await Promise.all(Array.from({ length: 50 }, (_, i) => limiter.acquire('/x/').then(() => order.push(i))))
    expect(order).toEqual(Array.from({ length: 50 }, (_, i) => i))
    // 49 intervals of 100 ms: lateness shows once (5 ms), not 49 times.
    expect(t).toBeLessThan(4900 + 50)
  })

  it('server buckets allow a one-second burst, then refuse until tokens refill', () => {
    let now = 0
    const buckets = createTokenBuckets({ default: 3 }, { now: () => now })
    const taken = Array.from({ length: 5 }, () => buckets.tryTake('/a/'))
    expect(taken).toEqual([true, true, true, false, false])
    now += 334
    expect(buckets.tryTake('/a/')).toBe(true)
    expect(buckets.tryTake('/a/')).toBe(false)
  })
})
