import { dataSourceOf, isOffTikTok } from './kinds'
import type { Audience } from './schemas'

/**
 * Share of a hashed customer file's usable rows TikTok is expected to match. TikTok publishes no match
 * rate, so this is Adwright's estimate (source `adwright-model`), used only until TikTok reports cover_num.
 */
export const ESTIMATED_MATCH_RATE = 0.5

/**
 * TikTok's matched size; for a customer file not posted yet, its usable rows times the estimated match
 * rate; else 0 when TikTok has not matched it or marks it invalid (it delivers to no one).
 */
export function matchedSize(a: Audience): number {
  if (a.is_valid === false) return 0
  if (a.cover_num !== null) return a.cover_num
  return a.audience_type === 'CUSTOMER_FILE' && a.hashing ? Math.round((a.hashing.rows - a.hashing.bad) * ESTIMATED_MATCH_RATE) : 0
}

/** True when matchedSize is Adwright's estimate rather than TikTok's count. */
export const isEstimatedSize = (a: Audience) => a.cover_num === null && a.audience_type === 'CUSTOMER_FILE' && !!a.hashing

/** Where an audience's data came from, for rules: a lookalike answers for its seed. */
export function originIsOffTikTok(a: Audience, byId: ReadonlyMap<string, Audience>, depth = 0): boolean {
  if (a.audience_type !== 'LOOKALIKE') return isOffTikTok(dataSourceOf(a.audience_type))
  const seed = byId.get(a.lookalike_spec.source_audience_id)
  // An unknown seed is assumed off-TikTok: the stricter reading, and the usual case (files, pixel).
  return !seed || depth > 3 ? true : originIsOffTikTok(seed, byId, depth + 1)
}
