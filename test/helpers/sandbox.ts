import { afterEach } from 'vitest'
import { SANDBOX_DEMO_TOKEN, startSandboxServer, type SandboxOptions, type SandboxServer } from '#backend/sandbox/server'
import { createTikTokClient } from '#backend/tiktok-api/client'
import type { CampaignCreate } from '#backend/tiktok-api/entity-endpoints'
import type { TransportOptions } from '#backend/tiktok-api/transport'
import { testNow } from './clock'
export { adGroupFields } from './api-bodies'

export const ADVERTISER = '7301000000000000001'

/**
 * A clock that only moves when someone sleeps on it. Shared by the client (its
 * backoff and rate limiter) and the sandbox (its QPS buckets), so waits cost no
 * real time and nothing depends on how fast the machine is.
 */
export function fakeClock(start = 1_000_000) {
  let t = start
  const sleeps: number[] = []
  return {
    now: () => t,
    sleep: async (ms: number) => {
      sleeps.push(ms)
      t += ms
    },
    sleeps,
  }
}

/** Sandboxes started through this are closed after each test. */
export function useSandbox() {
  const open: SandboxServer[] = []
  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => s.close()))
  })
  return async (options: Partial<SandboxOptions> = {}) => {
    const s = await startSandboxServer({ now: testNow, seed: 7, ...options })
    open.push(s)
    return s
  }
}

export function clientFor(server: { baseUrl: string }, options: Partial<TransportOptions> = {}) {
  return createTikTokClient({ baseUrl: server.baseUrl, accessToken: SANDBOX_DEMO_TOKEN, random: () => 0.5, ...options })
}

export const campaignFields = (overrides: Partial<CampaignCreate> = {}): CampaignCreate => ({
  campaign_name: 'Test campaign',
  objective_type: 'TRAFFIC',
  budget_mode: 'BUDGET_MODE_DAY',
  budget: 100,
  ...overrides,
})
