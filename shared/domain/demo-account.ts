import type { AdvertiserSummary } from './advertiser'

/**
 * The advertiser the embedded sandbox serves, so a new user can work without a
 * TikTok account. Ids follow TikTok's format: 19-digit numeric strings.
 */
export const DEMO_ADVERTISERS: readonly AdvertiserSummary[] = [
  {
    advertiser_id: '7301000000000000001',
    advertiser_name: 'Northwind Outdoor (demo)',
    currency: 'USD',
    timezone: 'Etc/GMT',
    source: 'embedded-sandbox',
  },
]
