import type { ActionTargeting, Targeting } from '../domain/entities'
import type { EstimatedMarket } from '../markets/markets'
import { ACTION_CATEGORIES, ACTION_PERIOD_SHARE, INTEREST_KEYWORDS, VIDEO_ACTION_SHARE } from '../targeting/behaviour-data'
import { affinityIn, ancestorsOf, interestCategory, topLevelOf } from '../targeting/taxonomy'

/**
 * How much of a market's audience the OR'd interests, keywords and behaviours
 * cover.
 *
 * Why not a sum: people have several interests, so adding shares double-counts
 * them (and can pass 100%). Why not plain independence, 1 − Π(1 − pᵢ): related
 * interests overlap far more than chance (makeup and skincare fans are largely
 * the same people), so independence overstates the union. Within one group of
 * related items (the same top-level category, all keywords, one action scene) we
 * therefore blend the two extremes — fully nested (the largest share) and
 * independent — with a correlation discount ρ:
 *
 *     group = ρ · max(pᵢ) + (1 − ρ) · (1 − Π(1 − pᵢ))
 *
 * and treat different groups as independent. Both terms only grow when an item
 * is added or its share grows, so adding an OR'd interest never lowers reach.
 * A category whose ancestor is also selected is dropped (the ancestor holds it,
 * and taxonomy.ts guarantees an ancestor's share is at least its children's union).
 */
export const CORRELATION_DISCOUNT = 0.5

export interface InterestCoverage {
  /** Share of the audience matching at least one item; 1 when nothing is selected. */
  share: number
  /** False when no interest, keyword or behaviour is selected (broad targeting). */
  personalised: boolean
  /** Ids not in Adwright's taxonomy: counted as no one. */
  unknownIds: string[]
}

export function groupUnion(shares: readonly number[]): number {
  let max = 0
  let none = 1
  for (const p of shares) {
    if (p > max) max = p
    none *= 1 - p
  }
  return CORRELATION_DISCOUNT * max + (1 - CORRELATION_DISCOUNT) * (1 - none)
}

const keywordById = new Map(INTEREST_KEYWORDS.map((k) => [k.id, k]))
const actionById = new Map(ACTION_CATEGORIES.map((a) => [a.id, a]))

function actionShare(action: ActionTargeting): number {
  // No action listed means any interaction counts.
  if (!action.video_user_actions.length) return 1
  let none = 1
  for (const a of new Set(action.video_user_actions)) none *= 1 - VIDEO_ACTION_SHARE[a]
  return 1 - none
}

export function isPersonalised(t: Pick<Targeting, 'interest_category_ids' | 'interest_keyword_ids' | 'actions'>): boolean {
  return t.interest_category_ids.length > 0 || t.interest_keyword_ids.length > 0 || t.actions.some((a) => a.action_category_ids.length > 0)
}

export function interestCoverage(
  t: Pick<Targeting, 'interest_category_ids' | 'interest_keyword_ids' | 'actions'>,
  market: EstimatedMarket,
): InterestCoverage {
  if (!isPersonalised(t)) return { share: 1, personalised: false, unknownIds: [] }
  const groups = new Map<string, number[]>()
  const add = (group: string, p: number) => {
    const g = groups.get(group)
    if (g) g.push(p)
    else groups.set(group, [p])
  }
  const unknownIds: string[] = []
  const selected = new Set(t.interest_category_ids)
  for (const id of selected) {
    if (!interestCategory(id)) unknownIds.push(id)
    else if (!ancestorsOf(id).some((a) => selected.has(a))) add(`cat:${topLevelOf(id)}`, affinityIn(id, market))
  }
  for (const id of new Set(t.interest_keyword_ids)) {
    const k = keywordById.get(id)
    if (k) add('keywords', k.affinity[market])
    else unknownIds.push(id)
  }
  for (const action of t.actions) {
    const share = actionShare(action) * ACTION_PERIOD_SHARE[action.action_period]
    for (const id of action.action_category_ids) {
      const c = actionById.get(id)
      if (c) add(`action:${action.action_scene}`, c.affinity[market] * share)
      else unknownIds.push(id)
    }
  }
  let none = 1
  for (const shares of groups.values()) none *= 1 - groupUnion(shares)
  return { share: 1 - none, personalised: true, unknownIds }
}
