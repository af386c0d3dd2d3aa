import type { ReachInput } from '#shared/reach/estimate'
import { openTargeting } from '#shared/domain/entities'

/** Broad US targeting: every adult age, TikTok only; override what a test is about. */
export const broad = (over: Partial<ReachInput> = {}): ReachInput => ({
  placement_type: 'PLACEMENT_TYPE_NORMAL',
  placements: ['PLACEMENT_TIKTOK'],
  location_ids: ['6252001'],
  age_groups: ['AGE_18_24', 'AGE_25_34', 'AGE_35_44', 'AGE_45_54', 'AGE_55_100'],
  ...openTargeting(),
  ...over,
})
