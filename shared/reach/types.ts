import type { EstimatedMarket } from '../markets/markets'
import type { SourceId } from '../markets/sources'

export const STAGES = [1, 2, 3, 4] as const
export type Stage = (typeof STAGES)[number]

export type TargetingStepKey = 'base' | 'age' | 'gender' | 'language' | 'devices' | 'interests' | 'consent' | 'placements'
/** Steps custom audiences add (shared/reach/audience-steps.ts); only present when an ad group uses audiences. */
export type AudienceStepKey = 'audiences' | 'partner-data' | 'att' | 'advertiser-consent' | 'korea-identity' | 'excluded'
export type StepKey = TargetingStepKey | AudienceStepKey

/** One bar of the waterfall: what this step keeps of the audience, and why. */
export interface WaterfallStep {
  key: StepKey
  label: string
  /** Audience after ÷ before (the base step's factor is 1); above 1 when a placement adds people. */
  factor: number
  /** People left after this step. */
  remaining: number
  /** What was selected, in words ("Women", "Ages 18–34"). */
  detail: string
  sources: SourceId[]
}

export interface Reason {
  market: EstimatedMarket | null
  text: string
  source: SourceId
}

export interface AudienceRange {
  /** Point estimate: the base audience times every step's factor. */
  audience: number
  lower_end: number
  upper_end: number
  stage: Stage
  /** Everyone 13+ in the selected locations, which the stage compares against. */
  possible: number
}

export interface MarketEstimate extends AudienceRange {
  market: EstimatedMarket
  locationNames: string[]
  waterfall: WaterfallStep[]
}

/** TikTok's own `/ad/audience_size/estimate/` answer, when a real account is connected. */
export interface TikTokAudienceEstimate {
  lower_end: number
  upper_end: number
  /** TikTok's indicator; its answer may leave it out (notes tiktok-api-2026.md §3), then only the range is shown. */
  stage?: Stage
  /** ISO time it was fetched. */
  fetchedAt: string
}

export interface ReachEstimate {
  /** One entry per market with at least one selected location, in ESTIMATED_MARKETS order. */
  markets: MarketEstimate[]
  total: AudienceRange
  /** Selected locations outside the three markets (or unknown): not estimated. */
  unsupported: Array<{ id: string; name: string }>
  reasons: Reason[]
  /** Interest, keyword and behaviour shares are modelled, not TikTok's. */
  modelled: true
  /** Filled by the API client beside the local estimate; the estimator leaves it null. */
  tiktok: TikTokAudienceEstimate | null
}
