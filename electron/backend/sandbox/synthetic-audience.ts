/**
 * The AUDIENCE report's extra dimensions over the synthetic cells
 * (synthetic-report.ts): each ad × day × country × placement cell is divided
 * among ages, genders and platforms in whole units (cents, impressions,
 * clicks…), so the parts add up exactly to the cell and an AUDIENCE report has
 * the same totals by day as a BASIC one.
 *
 * Sources: notes tiktok-api.md §4 (AUDIENCE dimensions age, gender, placement,
 * platform, …) and tiktok-api-2026.md §3 (placement is AUDIENCE only; data
 * 10–12 h late; narrower metrics). The notes do not list the values TikTok
 * reports for age, gender and platform: the sandbox uses the targeting enums'
 * spelling without prefix (AGE_25_34, MALE, IOS), and the Results page shows
 * any value it does not know as sent.
 */
import { createPrng, hashSeed } from './prng'
import type { StoredObject } from './sandbox-state'
import type { Cell, Counts } from './synthetic-report'

export const SPLIT_DIMENSIONS = ['age', 'gender', 'platform'] as const
export type SplitDimension = (typeof SPLIT_DIMENSIONS)[number]

/** Rough shares of TikTok delivery (sandbox estimates). */
const SHARES: Record<SplitDimension, Record<string, number>> = {
  age: { AGE_13_17: 0.04, AGE_18_24: 0.32, AGE_25_34: 0.3, AGE_35_44: 0.17, AGE_45_54: 0.1, AGE_55_100: 0.07 },
  gender: { FEMALE: 0.49, MALE: 0.47, NONE: 0.04 },
  platform: { ANDROID: 0.55, IOS: 0.42, PC: 0.03 },
}

/** The values an ad group can deliver to: its targeting, when it narrows one. */
function valuesFor(dimension: SplitDimension, adgroup: StoredObject): string[] {
  const all = Object.keys(SHARES[dimension])
  if (dimension === 'age' && Array.isArray(adgroup.age_groups) && adgroup.age_groups.length > 0)
    return all.filter((v) => (adgroup.age_groups as unknown[]).includes(v))
  if (dimension === 'gender' && (adgroup.gender === 'GENDER_MALE' || adgroup.gender === 'GENDER_FEMALE')) return [adgroup.gender.slice(7)]
  if (dimension === 'platform' && Array.isArray(adgroup.operating_systems) && adgroup.operating_systems.length > 0)
    return all.filter((v) => (adgroup.operating_systems as unknown[]).includes(v))
  return all
}

/** `n` in whole units by weight (largest remainder): the parts always add up to `n`. */
function divide(n: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0)
  const exact = weights.map((w) => (n * w) / sum)
  const parts = exact.map(Math.floor)
  let left = n - parts.reduce((a, b) => a + b, 0)
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1])
  for (const [, i] of order) {
    if (left-- <= 0) break
    parts[i]!++
  }
  return parts
}

export interface AudienceCell {
  dims: Cell['dims'] & Partial<Record<SplitDimension, string>>
  counts: Counts
}

/**
 * A cell divided by the requested split dimensions, in a fixed order (age, then
 * gender, then platform). Each dimension's shares vary a little per ad and day.
 */
export function splitCell(seed: number, cell: Cell, adgroup: StoredObject, dimensions: readonly SplitDimension[]): AudienceCell[] {
  let parts: AudienceCell[] = [{ dims: { ...cell.dims }, counts: cell.counts }]
  for (const dimension of SPLIT_DIMENSIONS.filter((d) => dimensions.includes(d))) {
    const values = valuesFor(dimension, adgroup)
    const rnd = createPrng(hashSeed(seed, cell.dims.ad_id, cell.dims.stat_time_day, dimension))
    const weights = values.map((v) => SHARES[dimension][v]! * (0.8 + rnd() * 0.4))
    parts = parts.flatMap((part) => {
      const byKey = Object.keys(part.counts) as Array<keyof Counts>
      const divided = Object.fromEntries(byKey.map((k) => [k, divide(part.counts[k], weights)])) as Record<keyof Counts, number[]>
      return values.map((v, i) => ({
        dims: { ...part.dims, [dimension]: v },
        counts: Object.fromEntries(byKey.map((k) => [k, divided[k][i]!])) as unknown as Counts,
      }))
    })
  }
  return parts
}
