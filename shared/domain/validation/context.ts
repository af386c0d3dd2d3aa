import type { Audience } from '#shared/audiences/schemas'
import type { AdGroup } from '../entities'

/** Where a location sits in the geo tree; the geo dataset itself is owned elsewhere and injected. */
export interface GeoLookup {
  /** The location's parent (a region's country, a city's region), or undefined for a country or an unknown id. */
  parentOf(locationId: string): string | undefined
}

export interface ValidationContext {
  /** The advertiser's currency; TikTok's minimum budgets are known for USD only. */
  currency: string
  /** "Now", injected so that results do not depend on the clock. */
  now: Date
  geo: GeoLookup
  /**
   * `/advertiser/info/` `can_use_custom_identity` as last pulled; absent when the
   * account was never pulled (identity-rules.ts warns instead of refusing).
   */
  canUseCustomIdentity?: boolean
  /** The entities as last downloaded from TikTok, for rules about what may not change after creation. */
  downloaded?: { adgroup(id: string): AdGroup | undefined }
  /** The advertiser's custom audiences by id, for the compliance rules on the ad groups that use them. */
  audiences?: ReadonlyMap<string, Audience>
}

export function createGeoLookup(parents: Readonly<Record<string, string>>): GeoLookup {
  return { parentOf: (id) => parents[id] }
}

/**
 * A handful of well-known GeoNames ids, enough for the demo account and for
 * callers that have not loaded the geo dataset yet. Countries need no entry:
 * they have no parent.
 */
export const DEFAULT_GEO_PARENTS: Readonly<Record<string, string>> = {
  '5332921': '6252001', // California → United States
  '5128638': '6252001', // New York State → United States
  '1850144': '1861060', // Tokyo → Japan
  '1853904': '1861060', // Osaka → Japan
  '2951839': '2921044', // Bavaria → Germany
  '2950157': '2921044', // Berlin → Germany
}

export const DEFAULT_GEO: GeoLookup = createGeoLookup(DEFAULT_GEO_PARENTS)
