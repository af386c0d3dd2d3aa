import type { SourceId } from './sources'

/**
 * Every country and region is in exactly one market (decided in market-of.ts).
 * OTHER is explicit so reports by market can show what falls outside the three
 * markets Adwright models, instead of each view inventing its own "rest".
 */
export const MARKETS = ['EAST_ASIA_TEST', 'US', 'EU', 'OTHER'] as const
export type Market = (typeof MARKETS)[number]

/**
 * The three markets Adwright estimates. A country in OTHER is "unsupported":
 * we know too little about its rules to explain its reach.
 */
export const ESTIMATED_MARKETS = ['EAST_ASIA_TEST', 'US', 'EU'] as const satisfies readonly Market[]
export type EstimatedMarket = (typeof ESTIMATED_MARKETS)[number]

export const isEstimated = (m: Market): m is EstimatedMarket => m !== 'OTHER'

/** The one label per market, for reach, compliance messages, results, the editor and the CLI alike. */
export const MARKET_LABELS: Record<Market, string> = {
  EAST_ASIA_TEST: 'East Asia (cross-app test)',
  US: 'United States',
  EU: 'EU / EEA',
  OTHER: 'Other markets',
}

export interface MarketProfile {
  /** Share of 13+ TikTok users aged 13–17, used to add teens to TikTok's 18+ ad reach. */
  teenShare: number
  teenShareSource: SourceId
  /** Share of iOS among smartphones, where a country has no figure of its own. */
  iosShare: number
  iosShareSource: SourceId
}

export const MARKET_PROFILES: Record<EstimatedMarket, MarketProfile> = {
  // Published teen shares do not exist; the notes' estimates are US ≈ 10%, EU and Japan 15–20%.
  EAST_ASIA_TEST: { teenShare: 0.175, teenShareSource: 'adwright-model', iosShare: 0.64, iosShareSource: 'statcounter-ios-2025' },
  US: { teenShare: 0.1, teenShareSource: 'adwright-model', iosShare: 0.58, iosShareSource: 'statcounter-ios-2025' },
  EU: { teenShare: 0.175, teenShareSource: 'adwright-model', iosShare: 0.3, iosShareSource: 'statista-de-ios' },
}
