import type { ValidationContext } from '../../validation/context'
import type { SmartPlusAd } from '../ad-schema'
import type { SmartPlusAdGroup } from '../adgroup-schema'
import type { SmartPlusCampaign } from '../campaign-schema'
import type { EntityKind } from '../../entity-kinds'
import type { SmartPlusKind } from '../locked-fields'

export interface SmartPlusEntities {
  campaigns: readonly SmartPlusCampaign[]
  adgroups: readonly SmartPlusAdGroup[]
  ads: readonly SmartPlusAd[]
}

/** The manual context, plus the Smart+ objects as TikTok last returned them, for the fields locked after creation. */
export interface SmartPlusValidationContext extends ValidationContext {
  posted?: {
    campaign(id: string): SmartPlusCampaign | undefined
    adgroup(id: string): SmartPlusAdGroup | undefined
    ad(id: string): SmartPlusAd | undefined
  }
}

/**
 * The entity kind a Smart+ problem is filed under. Until the Smart+ kinds are in
 * the entity registry they are filed under the manual kind of the same level;
 * registering them changes this table only.
 */
export const PROBLEM_KIND: Record<SmartPlusKind, EntityKind> = { campaign: 'campaign', adgroup: 'adgroup', ad: 'ad' }
