/** GeoNames ids of the countries in Adwright's three markets. */
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

export const MARKETS = {
  EAST_ASIA_TEST: [COUNTRY.JP, COUNTRY.KR, COUNTRY.TW, COUNTRY.TH, COUNTRY.ID, COUNTRY.VN],
  US: [COUNTRY.US],
  EU: [COUNTRY.DE, COUNTRY.FR, COUNTRY.ES],
} as const

export type Market = keyof typeof MARKETS
