/**
 * Values Adwright once wrote that TikTok spells otherwise, and how they read
 * today. Plans, CSV files and stores written by older builds still hold them;
 * each reader maps them here, so the renaming lives in one place.
 */
import { RETIRED_OPTIMIZATION_GOALS } from './enums'

type Loose = Record<string, unknown>

/** True when the ad group fields hold a retired spelling. */
export const hasRetiredValues = (adgroup: Loose): boolean =>
  typeof adgroup.optimization_goal === 'string' && adgroup.optimization_goal in RETIRED_OPTIMIZATION_GOALS

/** The ad group fields with retired spellings replaced (PAGE_VISITS → PAGE_VISIT); the same object when there are none. */
export function currentAdGroupValues<T extends Loose>(adgroup: T): T {
  if (!hasRetiredValues(adgroup)) return adgroup
  const goal = adgroup.optimization_goal as keyof typeof RETIRED_OPTIMIZATION_GOALS
  return { ...adgroup, optimization_goal: RETIRED_OPTIMIZATION_GOALS[goal] }
}
