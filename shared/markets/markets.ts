import type { SourceId } from './sources'

/**
 * The three markets Adwright estimates. A country outside them is "unsupported":
 * we know too little about its rules to explain its reach.
 */
export const MARKETS = ['EAST_ASIA_TEST', 'US', 'EU'] as const
export type Market = (typeof MARKETS)[number]

export const MARKET_LABELS: Record<Market, string> = {
  EAST_ASIA_TEST: 'East Asia (cross-app test)',
  US: 'United States',
  EU: 'EU / EEA',
}

export interface MarketProfile {
  /** Share of 13+ TikTok users aged 13–17, used to add teens to TikTok's 18+ ad reach. */
  teenShare: number
  teenShareSource: SourceId
  /** Share of iOS among smartphones, where a country has no figure of its own. */
  iosShare: number
  iosShareSource: SourceId
}

export const MARKET_PROFILES: Record<Market, MarketProfile> = {
  // Published teen shares do not exist; the notes' estimates are US ≈ 10%, EU and Japan 15–20%.
  EAST_ASIA_TEST: { teenShare: 0.175, teenShareSource: 'adwright-model', iosShare: 0.64, iosShareSource: 'statcounter-ios-2025' },
  US: { teenShare: 0.1, teenShareSource: 'adwright-model', iosShare: 0.58, iosShareSource: 'statcounter-ios-2025' },
  EU: { teenShare: 0.175, teenShareSource: 'adwright-model', iosShare: 0.3, iosShareSource: 'statista-de-ios' },
}
