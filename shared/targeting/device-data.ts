import type { NetworkType } from '../domain/enums'
import type { EstimatedMarket } from '../markets/markets'

/**
 * MODELLED device mix per market (iOS shares are published and live with the
 * countries and markets; see geo-data.ts and markets.ts). Shares of users whose
 * usual connection is each network type, and of devices by price band in USD.
 */
export const NETWORK_SHARE: Record<EstimatedMarket, Record<NetworkType, number>> = {
  EAST_ASIA_TEST: { WIFI: 0.45, '2G': 0.01, '3G': 0.04, '4G': 0.38, '5G': 0.12 },
  US: { WIFI: 0.55, '2G': 0, '3G': 0.01, '4G': 0.2, '5G': 0.24 },
  EU: { WIFI: 0.58, '2G': 0, '3G': 0.02, '4G': 0.27, '5G': 0.13 },
}

/** Price bands [from, to) in USD and each market's share of devices in them. */
export const PRICE_BANDS: ReadonlyArray<readonly [number, number]> = [
  [0, 150],
  [150, 300],
  [300, 500],
  [500, 800],
  [800, 1200],
  [1200, 2000],
]

export const PRICE_BAND_SHARE: Record<EstimatedMarket, readonly number[]> = {
  EAST_ASIA_TEST: [0.2, 0.3, 0.2, 0.12, 0.13, 0.05],
  US: [0.06, 0.14, 0.18, 0.2, 0.32, 0.1],
  EU: [0.1, 0.22, 0.22, 0.17, 0.22, 0.07],
}
