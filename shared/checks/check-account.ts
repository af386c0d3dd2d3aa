/**
 * Everything that can be wrong with a draft before it is posted, in one call:
 * TikTok's field rules (shared/domain/validation) with the full geo table, then
 * each ad group's market and consent rules (shared/markets/compliance). The
 * editor's problems panel, "Check changes" and the CLI all use this, so they
 * can never disagree about what blocks a post.
 */
import type { Ad, AdGroup, Campaign } from '../domain/entities'
import type { Problem } from '../domain/problems'
import { isReadOnly } from '../domain/read-only'
import { validateAccount } from '../domain/validation'
import { checkCompliance } from '../markets/compliance/check'
import { geo } from '../targeting/geo'
import type { CreativeLookup } from '../domain/validation/creative-rules'

export interface CheckOptions {
  currency: string
  now: Date
  /** Ad groups as last downloaded, for rules about fields fixed after creation. */
  downloadedAdgroup?: (id: string) => AdGroup | undefined
  /** `/advertiser/info/` `can_use_custom_identity` as last pulled (see validation/identity-rules.ts). */
  canUseCustomIdentity?: boolean
  /** The advertiser's creative library (validation/creative-rules.ts); absent, library references are not judged. */
  creatives?: CreativeLookup
}

export function checkAccount(
  account: { campaigns: readonly Campaign[]; adgroups: readonly AdGroup[]; ads: readonly Ad[] },
  opts: CheckOptions,
): Problem[] {
  const downloaded = opts.downloadedAdgroup ? { adgroup: opts.downloadedAdgroup } : undefined
  return [
    ...validateAccount(account, {
      currency: opts.currency,
      now: opts.now,
      geo,
      downloaded,
      canUseCustomIdentity: opts.canUseCustomIdentity,
      creatives: opts.creatives,
    }),
    ...account.adgroups.filter((a) => !isReadOnly('adgroup', a)).flatMap((a) => checkCompliance(a)),
  ]
}

export const blocksPosting = (problems: readonly Problem[]) => problems.some((p) => p.severity === 'error')
