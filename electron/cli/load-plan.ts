import type { ImportRowError } from '#shared/domain/account'
import type { ImportParseResult } from '#shared/domain/import-result'
import { parsePlan } from '#shared/domain/plan/index'

/** Advertiser used when neither the plan nor --advertiser names one (the embedded sandbox's demo account). */
export const DEFAULT_ADVERTISER = '7301000000000000001'

export interface LoadedPlan {
  advertiserId: string
  plan: ImportParseResult
}

/** The plan's own advertiser unless the caller names one; entries get `local-cli-n` ids like new drafts. */
export function loadPlan(text: string, advertiser: string | undefined): LoadedPlan {
  let declared: string | undefined
  try {
    const root = JSON.parse(text.replace(/^\uFEFF/, '')) as { advertiser_id?: unknown }
    if (typeof root?.advertiser_id === 'string') declared = root.advertiser_id
  } catch {
    // parsePlan reports the syntax error itself, with its position.
  }
  const advertiserId = advertiser ?? declared ?? DEFAULT_ADVERTISER
  let n = 0
  return { advertiserId, plan: parsePlan(text, { advertiserId, newId: () => `local-cli-${++n}` }) }
}

export const planErrorText = (e: ImportRowError) => `PLAN ${e.row}${e.field ? ` (${e.field})` : ''}: ${e.message}`
