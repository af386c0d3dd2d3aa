import type { AudienceRange, Stage } from './types'

/**
 * TikTok's audience-size indicator (`user_count_stage`): 1 Too narrow
 * (under 10,000 people and under 20% of the possible audience), 2 Narrow
 * (under 20%), 3 Balanced (20–80%), 4 Fairly broad (80% or more).
 */
export const STAGE_LABELS: Record<Stage, string> = { 1: 'Too narrow', 2: 'Narrow', 3: 'Balanced', 4: 'Fairly broad' }
export const TOO_NARROW_PEOPLE = 10_000
export const NARROW_SHARE = 0.2
export const BROAD_SHARE = 0.8

export function stageOf(audience: number, possible: number): Stage {
  const share = possible > 0 ? audience / possible : 0
  if (share < NARROW_SHARE) return audience < TOO_NARROW_PEOPLE ? 1 : 2
  return share < BROAD_SHARE ? 3 : 4
}

/** TikTok answers with a ±10% range (its example: 107,229,000–131,059,000), rounded like it. */
export const RANGE_SPREAD = 0.1

function roundPeople(n: number): number {
  const step = n >= 1_000_000 ? 1000 : n >= 10_000 ? 100 : 1
  return Math.round(n / step) * step
}

export function toRange(audience: number, possible: number): AudienceRange {
  return {
    audience,
    lower_end: roundPeople(audience * (1 - RANGE_SPREAD)),
    upper_end: roundPeople(audience * (1 + RANGE_SPREAD)),
    stage: stageOf(audience, possible),
    possible,
  }
}
