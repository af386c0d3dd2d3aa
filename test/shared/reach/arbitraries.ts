import fc from 'fast-check'
import type { ActionTargeting } from '#shared/domain/entities'
import { ACTION_SCENES, AGE_GROUPS, GENDERS, NETWORK_TYPES, OPERATING_SYSTEMS, PLACEMENTS, VIDEO_USER_ACTIONS } from '#shared/domain/enums'
import type { ReachInput } from '#shared/reach/estimate'
import { ACTION_CATEGORIES, INTEREST_KEYWORDS } from '#shared/targeting/behaviour-data'
import { ALL_LOCATIONS } from '#shared/targeting/geo'
import { INTEREST_CATEGORIES } from '#shared/targeting/taxonomy'

export const locationIds = ALL_LOCATIONS.map((l) => l.id)
export const interestIds = INTEREST_CATEGORIES.map((c) => c.id)
export const keywordIds = INTEREST_KEYWORDS.map((k) => k.id)
export const actionIds = ACTION_CATEGORIES.map((a) => a.id)
export const LANGUAGES = ['en', 'es', 'de', 'fr', 'ja', 'ko', 'th', 'id', 'vi', 'zh-Hant', 'xx']

const subset = <T>(items: readonly T[], max = items.length) => fc.uniqueArray(fc.constantFrom(...items), { maxLength: max })

export const actionArb: fc.Arbitrary<ActionTargeting> = fc.record({
  action_scene: fc.constantFrom(...ACTION_SCENES),
  action_period: fc.constantFrom(0 as const, 7 as const, 15 as const),
  video_user_actions: subset(VIDEO_USER_ACTIONS, 3),
  action_category_ids: subset(actionIds, 3),
})

export const targetingArb: fc.Arbitrary<ReachInput> = fc.record({
  placement_type: fc.constantFrom('PLACEMENT_TYPE_NORMAL' as const, 'PLACEMENT_TYPE_AUTOMATIC' as const),
  placements: subset(PLACEMENTS),
  location_ids: fc.uniqueArray(fc.constantFrom(...locationIds), { minLength: 1, maxLength: 5 }),
  age_groups: fc.uniqueArray(fc.constantFrom(...AGE_GROUPS), { minLength: 1 }),
  gender: fc.constantFrom(...GENDERS),
  languages: subset(LANGUAGES, 3),
  interest_category_ids: subset(interestIds, 6),
  interest_keyword_ids: subset(keywordIds, 4),
  actions: fc.array(actionArb, { maxLength: 2 }),
  operating_systems: subset(OPERATING_SYSTEMS, 1),
  network_types: subset(NETWORK_TYPES, 3),
  device_price_ranges: fc.constantFrom([], [0, 300], [150, 800], [500, 2000], [0, 150, 800, 1200]),
})
