import type { Problem } from '../../problems'
import { reporter } from '../../validation/report'
import type { SmartPlusAdGroup } from '../adgroup-schema'
import { CBO_SHARED_FIELDS } from '../budget-modes'
import { cboOn, type SmartPlusCampaign } from '../campaign-schema'
import { PROBLEM_KIND } from './context'

const show = (v: unknown) => (v === undefined ? 'not set' : String(v))

/**
 * With CBO on, a campaign's ad groups must share promotion type, goal, event,
 * billing, bid type and prices ([DOC 1843314887930946]; notes tiktok-api-2026.md §2).
 * The first ad group (in the given order) sets the values; each other ad group
 * that differs gets an error per field, naming the value it should take.
 */
export function checkCboConsistency(campaign: SmartPlusCampaign, adgroups: readonly SmartPlusAdGroup[]): Problem[] {
  const out: Problem[] = []
  if (!cboOn(campaign) || adgroups.length < 2) return out
  const [first, ...rest] = adgroups as [SmartPlusAdGroup, ...SmartPlusAdGroup[]]
  for (const ag of rest) {
    const report = reporter(PROBLEM_KIND.adgroup, ag.adgroup_id, ag.adgroup_name, out)
    for (const field of CBO_SHARED_FIELDS)
      if (ag[field] !== first[field])
        report.error(
          'smart-plus.adgroup.cbo-mismatch',
          field,
          `campaign “${campaign.campaign_name}” shares its budget, so all its ad groups need the same ${field}: ad group “${first.adgroup_name}” has ${show(first[field])}, this one ${show(ag[field])}. Make them match, or turn budget optimisation off.`,
        )
  }
  return out
}
