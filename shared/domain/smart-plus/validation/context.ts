import type { ValidationContext } from '../../validation/context'
import type { SmartPlusAd } from '../ad-schema'
import type { SmartPlusAdGroup } from '../adgroup-schema'
import type { SmartPlusCampaign } from '../campaign-schema'
import type { EntityKind } from '../../entity-kinds'
import type { SmartPlusLevel } from '../locked-fields'

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

/** The entity kind a Smart+ problem is filed under: the Smart+ kind of its level. */
export const PROBLEM_KIND: Record<SmartPlusLevel, EntityKind> = {
  campaign: 'smart_plus_campaign',
  adgroup: 'smart_plus_adgroup',
  ad: 'smart_plus_ad',
}
