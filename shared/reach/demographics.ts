import type { AgeGroup, Gender, NetworkType, OperatingSystem } from '../domain/enums'
import type { EstimatedMarket } from '../markets/markets'
import { MARKET_PROFILES } from '../markets/markets'
import type { SourceId } from '../markets/sources'
import { NETWORK_SHARE, PRICE_BANDS, PRICE_BAND_SHARE } from '../targeting/device-data'
import type { Country } from '../targeting/geo-data'

/**
 * Adult age mix of TikTok's ad audience. 18–24 and 25–34 are DataReportal's
 * Feb 2025 global figures; the split of the remaining 34% over older groups is
 * modelled. The same mix is used in every market (no per-market figures exist).
 */
export const ADULT_AGE_SHARE: Record<Exclude<AgeGroup, 'AGE_13_17'>, number> = {
  AGE_18_24: 0.307,
  AGE_25_34: 0.353,
  AGE_35_44: 0.17,
  AGE_45_54: 0.1,
  AGE_55_100: 0.07,
}
export const AGE_SOURCES: SourceId[] = ['datareportal-age-gender-2025', 'adwright-model']

/** Women 28.7 of the 66 points DataReportal splits by gender for 18–34 (Feb 2025). */
export const FEMALE_SHARE = 0.435
export const GENDER_SHARE: Record<Gender, number> = { GENDER_UNLIMITED: 1, GENDER_FEMALE: FEMALE_SHARE, GENDER_MALE: 1 - FEMALE_SHARE }

export const AGE_LABELS: Record<AgeGroup, string> = {
  AGE_13_17: '13–17',
  AGE_18_24: '18–24',
  AGE_25_34: '25–34',
  AGE_35_44: '35–44',
  AGE_45_54: '45–54',
  AGE_55_100: '55+',
}

/** TikTok's 18+ reach plus modelled teens: teens = adults × t / (1 − t). */
export function teensFor(adults: number, market: EstimatedMarket): number {
  const t = MARKET_PROFILES[market].teenShare
  return (adults * t) / (1 - t)
}

/** Share of adults in the selected adult age groups. No group selected = 18+, TikTok's default. */
export function adultAgeShare(groups: readonly AgeGroup[]): number {
  const adults = groups.filter((g): g is Exclude<AgeGroup, 'AGE_13_17'> => g !== 'AGE_13_17')
  if (!groups.length) return 1
  return [...new Set(adults)].reduce((sum, g) => sum + ADULT_AGE_SHARE[g], 0)
}

/** Language codes that are not among a country's main languages still reach a few people (modelled). */
export const OTHER_LANGUAGE_SHARE = 0.02

export function languageShare(country: Country, languages: readonly string[]): number {
  if (!languages.length) return 1
  const sum = [...new Set(languages)].reduce((s, code) => s + (country.languages[code] ?? OTHER_LANGUAGE_SHARE), 0)
  return Math.min(1, sum)
}

export function iosShareOf(country: Country, market: EstimatedMarket): { share: number; source: SourceId } {
  return country.ios ?? { share: MARKET_PROFILES[market].iosShare, source: MARKET_PROFILES[market].iosShareSource }
}

export function osShare(country: Country, market: EstimatedMarket, os: readonly OperatingSystem[]): number {
  const set = new Set(os)
  if (set.size !== 1) return 1
  const ios = iosShareOf(country, market).share
  return set.has('IOS') ? ios : 1 - ios
}

export function networkShare(market: EstimatedMarket, types: readonly NetworkType[]): number {
  if (!types.length) return 1
  return Math.min(
    1,
    [...new Set(types)].reduce((s, t) => s + NETWORK_SHARE[market][t], 0),
  )
}

/** Share of devices priced inside the union of [min, max] pairs, spread evenly within each band. */
export function priceShare(market: EstimatedMarket, flatPairs: readonly number[]): number {
  if (flatPairs.length < 2) return 1
  const ranges: Array<[number, number]> = []
  for (let i = 0; i + 1 < flatPairs.length; i += 2) ranges.push([flatPairs[i]!, flatPairs[i + 1]!])
  let share = 0
  PRICE_BANDS.forEach(([from, to], b) => {
    // Covered part of the band: merge the overlaps so overlapping ranges count once.
    const parts = ranges
      .map(([lo, hi]) => [Math.max(lo, from), Math.min(hi, to)] as const)
      .filter(([lo, hi]) => hi > lo)
      .sort((x, y) => x[0] - y[0])
    let covered = 0
    let end = from
    for (const [lo, hi] of parts) {
      const start = Math.max(lo, end)
      if (hi > start) covered += hi - start
      end = Math.max(end, hi)
    }
    share += (PRICE_BAND_SHARE[market][b] ?? 0) * (covered / (to - from))
  })
  return Math.min(1, share)
}
