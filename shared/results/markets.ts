/**
 * The markets Adwright reports by, from the country codes TikTok reports.
 * EAST_ASIA_TEST is the test region the reach work uses (Japan, Korea, Taiwan,
 * South-East Asia); everything outside the three named markets is OTHER.
 */
export const MARKETS = ['EAST_ASIA_TEST', 'US', 'EU', 'OTHER'] as const
export type Market = (typeof MARKETS)[number]

export const MARKET_LABELS: Record<Market, string> = {
  EAST_ASIA_TEST: 'East Asia (test)',
  US: 'United States',
  EU: 'European Union',
  OTHER: 'Other markets',
}

const EU = 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' ')
const EAST_ASIA_TEST = 'JP KR TW HK ID TH VN PH MY SG'.split(' ')

/** `US-CA` counts as US: the market follows the country part of a region code. */
export function marketOf(countryCode: string): Market {
  const country = countryCode.slice(0, 2).toUpperCase()
  if (country === 'US') return 'US'
  if (EU.includes(country)) return 'EU'
  if (EAST_ASIA_TEST.includes(country)) return 'EAST_ASIA_TEST'
  return 'OTHER'
}

export const PLACEMENTS = ['PLACEMENT_TIKTOK', 'PLACEMENT_PANGLE', 'PLACEMENT_GLOBAL_APP_BUNDLE'] as const

const PLACEMENT_LABELS: Record<string, string> = {
  PLACEMENT_TIKTOK: 'TikTok',
  PLACEMENT_PANGLE: 'Pangle',
  PLACEMENT_GLOBAL_APP_BUNDLE: 'Global App Bundle',
}

export const placementLabel = (placement: string) => PLACEMENT_LABELS[placement] ?? placement
