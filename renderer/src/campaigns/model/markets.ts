/**
 * Market and location names for the editor's tree badges and filters. A
 * location's market is its country's, as shared/markets/market-of.ts decides it,
 * so the editor, the reach panel, compliance and results agree on it.
 */
import { MARKETS, MARKET_LABELS, type Market } from '#shared/markets/markets'
import { geo, marketOfLocation, resolveLocation } from '#shared/targeting/geo'

export { MARKETS, MARKET_LABELS, type Market }

/** The market of a country, region or city (OTHER outside the three modelled ones); null when the id is unknown. */
export const marketOf = (locationId: string): Market | null => marketOfLocation(locationId)

/** The markets of a set of locations, in MARKETS order; unknown locations are ignored. */
export function marketsOf(locationIds: readonly string[]): Market[] {
  const found = new Set(locationIds.map(marketOf))
  return MARKETS.filter((m) => found.has(m))
}

/** A readable name for a location id, or the id itself when Adwright does not know it. */
export const locationName = (locationId: string): string => (resolveLocation(locationId) ? geo.name(locationId) : locationId)
