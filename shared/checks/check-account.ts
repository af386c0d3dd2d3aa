/**
 * Everything that can be wrong with a draft before it is posted, in one call:
 * TikTok's field rules (shared/domain/validation) with the full geo table, then
 * each ad group's market and consent rules (shared/markets/compliance). The
 * editor's problems panel, "Check changes" and the CLI all use this, so they
 * can never disagree about what blocks a post.
 */
import type { Audience } from '../audiences/schemas'
import type { AdGroup } from '../domain/entities'
import type { EntitySet } from '../domain/entity-kinds'
import type { Problem } from '../domain/problems'
import { isReadOnly } from '../domain/read-only'
import type { SmartPlusAd, SmartPlusAdGroup, SmartPlusCampaign } from '../domain/smart-plus/index'
import { validateSmartPlus } from '../domain/smart-plus/validation/index'
import { validateAccount } from '../domain/validation'
import { checkCompliance } from '../markets/compliance/check'
import { DEFAULT_COMPLIANCE_CONTEXT } from '../markets/compliance/rule'
import { geo } from '../targeting/geo'

export interface CheckOptions {
  currency: string
  now: Date
  /** Ad groups as last downloaded, for rules about fields fixed after creation. */
  downloadedAdgroup?: (id: string) => AdGroup | undefined
  /** `/advertiser/info/` `can_use_custom_identity` as last pulled (see validation/identity-rules.ts). */
  canUseCustomIdentity?: boolean
  /** Smart+ objects as TikTok last returned them, for the fields locked once posted. */
  postedSmartPlus?: {
    campaign(id: string): SmartPlusCampaign | undefined
    adgroup(id: string): SmartPlusAdGroup | undefined
    ad(id: string): SmartPlusAd | undefined
  }
  /** The advertiser's audiences by id, for the audience rules; without them every audience counts as off-TikTok and unmatched. */
  audiences?: ReadonlyMap<string, Audience>
}

export function checkAccount(account: { readonly [K in keyof EntitySet]: readonly EntitySet[K][number][] }, opts: CheckOptions): Problem[] {
  const compliance = { ...DEFAULT_COMPLIANCE_CONTEXT, audiences: opts.audiences }
  const downloaded = opts.downloadedAdgroup ? { adgroup: opts.downloadedAdgroup } : undefined
  const ctx = { currency: opts.currency, now: opts.now, geo, downloaded, canUseCustomIdentity: opts.canUseCustomIdentity }
  return [
    ...validateAccount(account, ctx),
    ...account.adgroups.filter((a) => !isReadOnly('adgroup', a)).flatMap((a) => checkCompliance(a, compliance)),
    ...validateSmartPlus(
      { campaigns: account.smartPlusCampaigns, adgroups: account.smartPlusAdgroups, ads: account.smartPlusAds },
      { ...ctx, posted: opts.postedSmartPlus },
    ),
  ]
}

export const blocksPosting = (problems: readonly Problem[]) => problems.some((p) => p.severity === 'error')
