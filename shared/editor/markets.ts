/**
 * Market and location names for the editor's tree badges and filters, read from
 * the reach work's country and region table (shared/targeting) so the editor,
 * the reach panel and the compliance rules agree on which market a location is in.
 */
import { MARKETS, MARKET_LABELS, type Market } from '../markets/markets'
import { geo, marketOfLocation, resolveLocation } from '../targeting/geo'

export { MARKETS, MARKET_LABELS, type Market }

/** The market of a country, region or city; null when it is outside the three markets or unknown. */
export const marketOf = (locationId: string): Market | null => marketOfLocation(locationId)

/** The markets of a set of locations, in MARKETS order; locations outside all three are ignored. */
export function marketsOf(locationIds: readonly string[]): Market[] {
  const found = new Set(locationIds.map(marketOf))
  return MARKETS.filter((m) => found.has(m))
}

/** A readable name for a location id, or the id itself when Adwright does not know it. */
export const locationName = (locationId: string): string =>
  resolveLocation(locationId) ? geo.name(locationId) : locationId
