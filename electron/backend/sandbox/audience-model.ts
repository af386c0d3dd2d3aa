/**
 * A simple deterministic audience size for ad/audience_size/estimate: adult
 * audience per location narrowed by age, gender, language, interests, device
 * and placement. Like TikTok's, it counts adults only. The real local
 * estimator is built elsewhere; this only has to look plausible.
 */
import { AGE_GROUPS } from '#shared/domain/enums'
import type { Market } from '#shared/markets/markets'
import { paramError, stringArray } from './handler-kit'
import { countryOf, REGION_BY_ID } from './tool-datasets'

const AGE_SHARE: Record<string, number> = { AGE_13_17: 0, AGE_18_24: 0.31, AGE_25_34: 0.35, AGE_35_44: 0.17, AGE_45_54: 0.1, AGE_55_100: 0.07 }
const IOS_SHARE: Record<Market, number> = { US: 0.58, EU: 0.3, EAST_ASIA_TEST: 0.6, OTHER: 0.3 }

export function estimateAudience(p: Record<string, unknown>) {
  const locations = stringArray(p, 'location_ids') ?? []
  if (locations.length === 0) throw paramError('location_ids', 'At least one location is required.')
  for (const id of locations) if (!REGION_BY_ID.has(id)) throw paramError('location_ids', `Unknown location id ${id}.`)
  const ages = stringArray(p, 'age_groups') ?? []
  for (const a of ages) if (!(AGE_GROUPS as readonly string[]).includes(a)) throw paramError('age_groups', `Unknown age group ${a}.`)
  const ageShare = ages.length === 0 ? 1 : ages.reduce((n, a) => n + (AGE_SHARE[a] ?? 0), 0)
  const genderShare = p.gender === 'GENDER_FEMALE' ? 0.48 : p.gender === 'GENDER_MALE' ? 0.52 : 1
  const languageShare = (stringArray(p, 'languages') ?? []).length > 0 ? 0.85 : 1
  const interests = (stringArray(p, 'interest_category_ids') ?? []).length
  const interestShare = interests === 0 ? 1 : Math.max(0.05, 1 - 0.8 ** interests) * 0.6
  const os = stringArray(p, 'operating_systems') ?? []
  const placements = stringArray(p, 'placements') ?? []
  const pangleOnly = p.placement_type !== 'PLACEMENT_TYPE_AUTOMATIC' && placements.length > 0 && placements.every((x) => x === 'PLACEMENT_PANGLE')

  let base = 0
  let estimate = 0
  for (const id of locations) {
    const region = REGION_BY_ID.get(id)!
    const market = countryOf(id)!.market
    base += region.adults
    const osShare = os.length !== 1 ? 1 : os[0] === 'IOS' ? IOS_SHARE[market] : 1 - IOS_SHARE[market]
    const placementShare = pangleOnly && (market === 'US' || market === 'EU') ? 0 : 1
    estimate += region.adults * ageShare * genderShare * languageShare * interestShare * osShare * placementShare
  }
  const ratio = base === 0 ? 0 : estimate / base
  const stage = ratio < 0.2 ? (estimate < 10_000 ? 1 : 2) : ratio < 0.8 ? 3 : 4
  const round = (n: number) => Math.round(n / 1000) * 1000
  return { user_count: { lower_end: round(estimate * 0.9), upper_end: round(estimate * 1.1) }, user_count_stage: stage }
}
