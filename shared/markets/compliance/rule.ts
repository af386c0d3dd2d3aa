import type { Audience } from '#shared/audiences/schemas'
import type { AdGroup } from '#shared/domain/entities'
import type { Problem } from '#shared/domain/problems'
import { resolveLocation, withoutCovered, type ResolvedLocation } from '#shared/targeting/geo'
import type { Market } from '../markets'
import type { SourceId } from '../sources'

/** What a rule reads of an ad group: its identity and targeting. */
export type ComplianceSubject = Pick<
  AdGroup,
  | 'adgroup_id'
  | 'adgroup_name'
  | 'placement_type'
  | 'placements'
  | 'location_ids'
  | 'age_groups'
  | 'interest_category_ids'
  | 'interest_keyword_ids'
  | 'actions'
  | 'audience_ids'
  | 'excluded_audience_ids'
  | 'included_pangle_audience_package_ids'
  | 'excluded_pangle_audience_package_ids'
>

export interface ComplianceContext {
  /** Resolves a location id to its country; undefined when unknown. Injected so tests can use a small map. */
  resolveLocation(id: string): ResolvedLocation | undefined
  /** The advertiser's audiences by id, for the audience rules; without it an audience's kind is unknown. */
  audiences?: ReadonlyMap<string, Audience>
}

export const DEFAULT_COMPLIANCE_CONTEXT: ComplianceContext = { resolveLocation }

/** A finding before it is dressed as a Problem. */
export interface Finding {
  field: string
  message: string
  /** When one finding is worse than the rule's usual severity (e.g. nothing left to deliver). */
  severity?: Problem['severity']
}

export interface ComplianceRule {
  id: string
  /** The usual severity; a finding may raise it. */
  severity: Problem['severity']
  /** One line for lists of rules (docs, CLI). */
  summary: string
  source: SourceId
  check(adgroup: ComplianceSubject, ctx: ComplianceContext): Finding[]
}

/** The markets of the ad group's known locations (OTHER included), and its locations per market. */
export function locationsByMarket(adgroup: ComplianceSubject, ctx: ComplianceContext): Map<Market, ResolvedLocation[]> {
  const out = new Map<Market, ResolvedLocation[]>()
  for (const id of withoutCovered(adgroup.location_ids)) {
    const loc = ctx.resolveLocation(id)
    if (loc) out.set(loc.country.market, [...(out.get(loc.country.market) ?? []), loc])
  }
  return out
}

export const namesOf = (locs: readonly ResolvedLocation[]) => [...new Set(locs.map((l) => l.name))].join(', ')

export function usesPersonalTargeting(a: ComplianceSubject): boolean {
  return a.interest_category_ids.length > 0 || a.interest_keyword_ids.length > 0 || a.actions.some((x) => x.action_category_ids.length > 0)
}
