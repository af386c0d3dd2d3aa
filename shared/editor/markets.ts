/**
 * Which of Adwright's three reach markets an ad group targets, from its GeoNames
 * location ids. Deliberately small (countries only): the reach engineer ships a
 * full country and region table that can replace this lookup.
 */
export const MARKETS = ['EAST_ASIA_TEST', 'US', 'EU'] as const
export type Market = (typeof MARKETS)[number]

export const MARKET_LABELS: Record<Market, string> = {
  EAST_ASIA_TEST: 'East Asia (test)',
  US: 'United States',
  EU: 'European Union',
}

const EAST_ASIA: Record<string, string> = {
  '1861060': 'Japan',
  '1835841': 'South Korea',
  '1668284': 'Taiwan',
  '1605651': 'Thailand',
  '1562822': 'Vietnam',
  '1694008': 'Philippines',
  '1643084': 'Indonesia',
  '1733045': 'Malaysia',
  '1880251': 'Singapore',
  '1831722': 'Cambodia',
  '1655842': 'Laos',
  '1327865': 'Myanmar',
  '1820814': 'Brunei',
  '1966436': 'Timor-Leste',
}

const EU: Record<string, string> = {
  '2782113': 'Austria',
  '2802361': 'Belgium',
  '732800': 'Bulgaria',
  '3202326': 'Croatia',
  '146669': 'Cyprus',
  '3077311': 'Czechia',
  '2623032': 'Denmark',
  '453733': 'Estonia',
  '660013': 'Finland',
  '3017382': 'France',
  '2921044': 'Germany',
  '390903': 'Greece',
  '719819': 'Hungary',
  '2963597': 'Ireland',
  '3175395': 'Italy',
  '458258': 'Latvia',
  '597427': 'Lithuania',
  '2960313': 'Luxembourg',
  '2562770': 'Malta',
  '2750405': 'Netherlands',
  '798544': 'Poland',
  '2264397': 'Portugal',
  '798549': 'Romania',
  '3057568': 'Slovakia',
  '3190538': 'Slovenia',
  '2510769': 'Spain',
  '2661886': 'Sweden',
}

const US: Record<string, string> = { '6252001': 'United States' }

const TABLES: Array<[Market, Record<string, string>]> = [
  ['EAST_ASIA_TEST', EAST_ASIA],
  ['US', US],
  ['EU', EU],
]

export function marketOf(locationId: string): Market | null {
  for (const [market, table] of TABLES) if (locationId in table) return market
  return null
}

/** The markets of a set of locations, in MARKETS order; locations outside all three are ignored. */
export function marketsOf(locationIds: readonly string[]): Market[] {
  const found = new Set(locationIds.map(marketOf))
  return MARKETS.filter((m) => found.has(m))
}

/** A readable country name for a location id, or the id itself when unknown. */
export function locationName(locationId: string): string {
  return EAST_ASIA[locationId] ?? EU[locationId] ?? US[locationId] ?? locationId
}
