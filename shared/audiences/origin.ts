import { dataSourceOf, isOffTikTok } from './kinds'
import type { Audience } from './schemas'

/** TikTok's matched size, or 0 when TikTok has not matched it or marks it invalid (it delivers to no one). */
export const matchedSize = (a: Audience) => (a.is_valid === false ? 0 : (a.cover_num ?? 0))

/** Where an audience's data came from, for rules: a lookalike answers for its seed. */
export function originIsOffTikTok(a: Audience, byId: ReadonlyMap<string, Audience>, depth = 0): boolean {
  if (a.audience_type !== 'LOOKALIKE') return isOffTikTok(dataSourceOf(a.audience_type))
  const seed = byId.get(a.lookalike_spec.source_audience_id)
  // An unknown seed is assumed off-TikTok: the stricter reading, and the usual case (files, pixel).
  return !seed || depth > 3 ? true : originIsOffTikTok(seed, byId, depth + 1)
}
