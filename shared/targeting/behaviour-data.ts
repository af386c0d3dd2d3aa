import type { ActionScene, VideoUserAction } from '../domain/enums'
import type { EstimatedMarket } from '../markets/markets'

/**
 * MODELLED interest keywords and action (behaviour) categories, shaped like
 * TikTok's `/tool/interest_keyword/recommend/` and `/tool/action_category/`
 * answers. Affinities are Adwright's estimates of the share of a market's users
 * matching them; TikTok publishes none.
 */
export type Affinity = Record<EstimatedMarket, number>

export interface InterestKeyword {
  id: string
  keyword: string
  affinity: Affinity
}

const kw = (id: string, keyword: string, ea: number, us: number, eu: number): InterestKeyword => ({
  id,
  keyword,
  affinity: { EAST_ASIA_TEST: ea, US: us, EU: eu },
})

export const INTEREST_KEYWORDS: readonly InterestKeyword[] = [
  kw('k1', 'sneakers', 0.05, 0.07, 0.06),
  kw('k2', 'streetwear', 0.04, 0.05, 0.04),
  kw('k3', 'skincare routine', 0.1, 0.06, 0.05),
  kw('k4', 'k-beauty', 0.07, 0.03, 0.02),
  kw('k5', 'vegan recipes', 0.01, 0.03, 0.04),
  kw('k6', 'bubble tea', 0.06, 0.02, 0.02),
  kw('k7', 'ramen', 0.05, 0.02, 0.02),
  kw('k8', 'air fryer', 0.02, 0.05, 0.05),
  kw('k9', 'gacha games', 0.06, 0.02, 0.02),
  kw('k10', 'speedrun', 0.01, 0.02, 0.02),
  kw('k11', 'home workout', 0.04, 0.06, 0.05),
  kw('k12', 'marathon training', 0.01, 0.02, 0.02),
  kw('k13', 'camping gear', 0.02, 0.03, 0.03),
  kw('k14', 'trail running', 0.01, 0.01, 0.02),
  kw('k15', 'budget travel', 0.04, 0.04, 0.05),
  kw('k16', 'road trip', 0.02, 0.04, 0.03),
  kw('k17', 'iphone accessories', 0.04, 0.05, 0.03),
  kw('k18', 'mechanical keyboard', 0.01, 0.02, 0.01),
  kw('k19', 'personal finance', 0.03, 0.05, 0.04),
  kw('k20', 'side hustle', 0.02, 0.04, 0.02),
  kw('k21', 'interior design', 0.03, 0.05, 0.05),
  kw('k22', 'houseplants', 0.02, 0.04, 0.04),
  kw('k23', 'puppy training', 0.02, 0.04, 0.03),
  kw('k24', 'cat videos', 0.06, 0.05, 0.05),
  kw('k25', 'study with me', 0.05, 0.02, 0.02),
  kw('k26', 'learn english', 0.06, 0.01, 0.02),
  kw('k27', 'concert', 0.04, 0.05, 0.05),
  kw('k28', 'anime cosplay', 0.03, 0.02, 0.01),
  kw('k29', 'stand-up comedy', 0.01, 0.04, 0.03),
  kw('k30', 'electric scooter', 0.02, 0.01, 0.02),
  kw('k31', 'baby food', 0.01, 0.02, 0.02),
  kw('k32', 'back to school', 0.03, 0.04, 0.03),
]

export interface ActionCategory {
  id: string
  name: string
  scene: ActionScene
  /** Share of users who interacted this way with the category in the last 15 days. */
  affinity: Affinity
}

const ac = (id: string, name: string, scene: ActionScene, ea: number, us: number, eu: number): ActionCategory => ({
  id,
  name,
  scene,
  affinity: { EAST_ASIA_TEST: ea, US: us, EU: eu },
})

export const ACTION_CATEGORIES: readonly ActionCategory[] = [
  ac('a1', 'Beauty videos', 'VIDEO_RELATED', 0.16, 0.13, 0.12),
  ac('a2', 'Food videos', 'VIDEO_RELATED', 0.22, 0.2, 0.18),
  ac('a3', 'Gaming videos', 'VIDEO_RELATED', 0.17, 0.15, 0.14),
  ac('a4', 'Sports videos', 'VIDEO_RELATED', 0.12, 0.15, 0.16),
  ac('a5', 'Travel videos', 'VIDEO_RELATED', 0.1, 0.09, 0.1),
  ac('a6', 'Tech videos', 'VIDEO_RELATED', 0.09, 0.09, 0.08),
  ac('a7', 'Fashion creators', 'CREATOR_RELATED', 0.08, 0.07, 0.06),
  ac('a8', 'Gaming creators', 'CREATOR_RELATED', 0.07, 0.07, 0.06),
  ac('a9', 'Comedy creators', 'CREATOR_RELATED', 0.1, 0.12, 0.1),
  ac('a10', 'Food creators', 'CREATOR_RELATED', 0.08, 0.08, 0.07),
  ac('a11', 'Fitness creators', 'CREATOR_RELATED', 0.05, 0.07, 0.06),
  ac('a12', 'Shopping hashtags', 'HASHTAG_RELATED', 0.06, 0.05, 0.04),
  ac('a13', 'Outdoor hashtags', 'HASHTAG_RELATED', 0.03, 0.04, 0.04),
  ac('a14', 'Recipe hashtags', 'HASHTAG_RELATED', 0.05, 0.05, 0.05),
]

/**
 * Share of a category's engaged users who did this action (modelled): everyone
 * watching to the end is common, commenting and sharing are rarer.
 */
export const VIDEO_ACTION_SHARE: Record<VideoUserAction, number> = {
  WATCHED_TO_END: 0.7,
  LIKED: 0.55,
  COMMENTED: 0.12,
  SHARED: 0.15,
  FOLLOWING: 0.3,
  VIEW_HOMEPAGE: 0.35,
  VIEW_HASHTAG: 0.4,
}

/** A 7-day window holds fewer people than a 15-day one (modelled). 0 = TikTok's default, taken as 15. */
export const ACTION_PERIOD_SHARE: Record<0 | 7 | 15, number> = { 0: 1, 7: 0.65, 15: 1 }
