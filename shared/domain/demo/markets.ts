import { marketOfCountryCode } from '#shared/markets/market-of'
import type { EstimatedMarket } from '#shared/markets/markets'

/** GeoNames ids of the countries the demo account targets, by ISO code. */
export const COUNTRY = {
  US: '6252001',
  JP: '1861060',
  KR: '1835841',
  TW: '1668284',
  TH: '1605651',
  ID: '1643084',
  VN: '1562822',
  DE: '2921044',
  FR: '3017382',
  ES: '2510769',
} as const

/**
 * The demo's countries per market. Which market a country is in is not the
 * demo's to decide: it asks shared/markets/market-of.ts, as every view does.
 */
const inMarket = (m: EstimatedMarket): string[] =>
  Object.entries(COUNTRY)
    .filter(([iso]) => marketOfCountryCode(iso) === m)
    .map(([, id]) => id)

export const DEMO_LOCATIONS: Readonly<Record<EstimatedMarket, readonly string[]>> = {
  EAST_ASIA_TEST: inMarket('EAST_ASIA_TEST'),
  US: inMarket('US'),
  EU: inMarket('EU'),
}
