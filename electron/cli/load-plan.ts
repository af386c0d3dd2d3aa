import type { ImportRowError } from '#shared/domain/account'
import type { ImportParseResult } from '#shared/domain/import-result'
import { parsePlan } from '#shared/domain/plan/index'
import type { Audience } from '#shared/audiences/schemas'
import { audienceMapOf, resolvePlanAudiences } from './plan-audiences'

/** Advertiser used when neither the plan nor --advertiser names one (the embedded sandbox's demo account). */
export const DEFAULT_ADVERTISER = '7301000000000000001'

export interface LoadedPlan {
  advertiserId: string
  plan: ImportParseResult
  /** The plan's audiences by id, customer files with their hashing counts. */
  audiences: ReadonlyMap<string, Audience>
  /** One line per customer file hashed (counts only). */
  hashing: string[]
}

/**
 * The plan's own advertiser unless the caller names one; entries get `local-cli-n` ids like new drafts.
 * `planDir`: where the plan file is, for its customer files' paths; a file that cannot be hashed is a plan error.
 */
export function loadPlan(text: string, advertiser: string | undefined, planDir = '.'): LoadedPlan {
  let declared: string | undefined
  try {
    const root = JSON.parse(text.replace(/^\uFEFF/, '')) as { advertiser_id?: unknown }
    if (typeof root?.advertiser_id === 'string') declared = root.advertiser_id
  } catch {
    // parsePlan reports the syntax error itself, with its position.
  }
  const advertiserId = advertiser ?? declared ?? DEFAULT_ADVERTISER
  let n = 0
  const plan = parsePlan(text, { advertiserId, newId: () => `local-cli-${++n}` })
  const resolved = resolvePlanAudiences(plan.audiences ?? [], planDir)
  plan.errors.push(...resolved.errors)
  return { advertiserId, plan, audiences: audienceMapOf(resolved.audiences), hashing: resolved.summaries }
}

export const planErrorText = (e: ImportRowError) => `PLAN ${e.row}${e.field ? ` (${e.field})` : ''}: ${e.message}`
