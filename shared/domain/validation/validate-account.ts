import type { Ad, AdGroup, Campaign } from '../entities'
import type { Problem } from '../problems'
import { validateAd } from './ad-rules'
import { validateAdGroup } from './adgroup-rules'
import { validateCampaign } from './campaign-rules'
import type { ValidationContext } from './context'

export interface AccountEntities {
  campaigns: readonly Campaign[]
  adgroups: readonly AdGroup[]
  ads: readonly Ad[]
}

/** Every problem in the account: campaigns first, then ad groups, then ads, each in the given order. */
export function validateAccount(account: AccountEntities, ctx: ValidationContext): Problem[] {
  const campaigns = new Map<string, Campaign>()
  for (const c of account.campaigns) campaigns.set(c.campaign_id, c)
  const adgroups = new Map<string, AdGroup>()
  for (const ag of account.adgroups) adgroups.set(ag.adgroup_id, ag)

  const out: Problem[] = []
  const add = (problems: Problem[]) => {
    for (const p of problems) out.push(p)
  }
  for (const c of account.campaigns) add(validateCampaign(c, ctx))
  for (const ag of account.adgroups) add(validateAdGroup(ag, campaigns.get(ag.campaign_id), ctx))
  for (const ad of account.ads) {
    const ag = adgroups.get(ad.adgroup_id)
    add(validateAd(ad, ag, ag && campaigns.get(ag.campaign_id), ctx))
  }
  return out
}
