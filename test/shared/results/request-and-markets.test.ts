import { describe, expect, it } from 'vitest'
import { REQUEST_SCHEMAS } from '#shared/ipc/request-schemas'
import { marketOfCountryCode } from '#shared/markets/market-of'
import { placementLabel } from '#shared/results/placements'

const schema = REQUEST_SCHEMAS['results:get']
const ok = { advertiserId: '7301000000000000001', from: '2026-11-01', to: '2026-11-30', level: 'campaign' }
const problems = (payload: unknown) => (schema.safeParse(payload).error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`)

describe('results requests', () => {
  it('accepts a valid range and refuses what would misfire', () => {
    expect(problems(ok)).toEqual([])
    expect(problems({ ...ok, to: '2026-10-31' })).toEqual(['to: The end date is before the start date.'])
    expect(problems({ ...ok, from: '2024-01-01' })).toEqual(['from: Pick at most 800 days.'])
    expect(problems({ ...ok, from: '2026-02-30' })).toEqual(['from: Use a date like 2026-11-01.'])
    // The id names a folder on disk.
    expect(problems({ ...ok, advertiserId: '../../etc' })).toEqual(['advertiserId: Advertiser ids are digits.'])
    expect(problems({ ...ok, level: 'account' })).toEqual(['level: Level must be campaign, adgroup or ad.'])
    expect(problems({ ...ok, extra: 1 }).length).toBe(1)
  })
})

describe('markets and placements', () => {
  it('maps the country and region codes TikTok reports to one market each (the EEA is EU; Hong Kong is OTHER)', () => {
    const codes = ['US', 'US-CA', 'DE', 'fr', 'NO', 'IS', 'LI', 'JP', 'VN', 'HK', 'GB', 'BR', 'ZZ']
    expect(codes.map(marketOfCountryCode)).toEqual([
      'US',
      'US',
      'EU',
      'EU',
      'EU',
      'EU',
      'EU',
      'EAST_ASIA_TEST',
      'EAST_ASIA_TEST',
      'OTHER',
      'OTHER',
      'OTHER',
      'OTHER',
    ])
  })

  it('names placements for people, keeping unknown ones as sent', () => {
    expect(['PLACEMENT_TIKTOK', 'PLACEMENT_PANGLE', 'PLACEMENT_GLOBAL_APP_BUNDLE', 'PLACEMENT_NEW'].map(placementLabel)).toEqual([
      'TikTok',
      'Pangle',
      'Global App Bundle',
      'PLACEMENT_NEW',
    ])
  })
})
