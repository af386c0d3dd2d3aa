import { afterEach } from 'vitest'
import { SANDBOX_DEMO_TOKEN, startSandboxServer, type SandboxOptions, type SandboxServer } from '../../electron/services/sandbox-server/server'
import { createTikTokClient } from '../../electron/services/tiktok-api/client'
import type { AdGroupCreate, CampaignCreate } from '../../electron/services/tiktok-api/entity-endpoints'
import type { TransportOptions } from '../../electron/services/tiktok-api/transport'

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
  return async (options: SandboxOptions = {}) => {
    const s = await startSandboxServer({ seed: 7, ...options })
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

export const adGroupFields = (campaignId: string, overrides: Partial<AdGroupCreate> = {}): AdGroupCreate => ({
  campaign_id: campaignId,
  adgroup_name: 'Test ad group',
  placement_type: 'PLACEMENT_TYPE_NORMAL',
  placements: ['PLACEMENT_TIKTOK'],
  location_ids: ['6252001'],
  age_groups: ['AGE_18_24', 'AGE_25_34'],
  gender: 'GENDER_UNLIMITED',
  languages: [],
  interest_category_ids: [],
  interest_keyword_ids: [],
  actions: [],
  operating_systems: [],
  network_types: [],
  device_price_ranges: [],
  budget_mode: 'BUDGET_MODE_DAY',
  budget: 50,
  schedule_type: 'SCHEDULE_FROM_NOW',
  schedule_start_time: '2026-11-01 00:00:00',
  optimization_goal: 'CLICK',
  billing_event: 'CPC',
  bid_type: 'BID_TYPE_NO_BID',
  pacing: 'PACING_MODE_SMOOTH',
  ...overrides,
})
