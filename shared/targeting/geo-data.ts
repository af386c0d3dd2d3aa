import { marketOfCountryCode } from '../markets/market-of'
import type { Market } from '../markets/markets'
import type { SourceId } from '../markets/sources'

/**
 * Countries, regions and cities by GeoNames id, as TikTok's `location_ids` take
 * them. `adults` is TikTok's 18+ ad reach in millions where one is published;
 * otherwise (source `adwright-model`) it is population × the German/French
 * reach rate (~28%) for Europe, or our guess elsewhere — override-free but
 * labelled as modelled everywhere it shows.
 */
export interface Country {
  id: string
  iso: string
  name: string
  /** Read from shared/markets/market-of.ts, which decides every country once; OTHER = reach is not estimated. */
  market: Market
  adults: number
  adultsSource: SourceId
  /** iOS share of smartphones when the country has a published figure of its own. */
  ios?: { share: number; source: SourceId }
  /** Main languages (TikTok language codes) and their modelled share of users. */
  languages: Record<string, number>
}

export interface Region {
  id: string
  name: string
  parentId: string
  /** Modelled share of the parent's users (population share). */
  share: number
}

const M: SourceId = 'adwright-model'
const DR: SourceId = 'datareportal-tiktok-reach'

type Row = [id: string, iso: string, name: string, adults: number, source: SourceId, languages: Record<string, number>]

const ROWS: Row[] = [
  // Grouped by market for reading only: market-of.ts decides each country's market, with its source.
  // EAST_ASIA_TEST.
  ['1861060', 'JP', 'Japan', 13, 'japan-ads-manager-2021', { ja: 0.97, en: 0.02 }],
  ['1835841', 'KR', 'South Korea', 4, M, { ko: 0.97, en: 0.02 }],
  ['1668284', 'TW', 'Taiwan', 5, M, { 'zh-Hant': 0.95, en: 0.03 }],
  ['1605651', 'TH', 'Thailand', 44.4, DR, { th: 0.93, en: 0.05 }],
  ['1643084', 'ID', 'Indonesia', 107.7, DR, { id: 0.92, en: 0.06 }],
  ['1562822', 'VN', 'Vietnam', 67.7, DR, { vi: 0.95, en: 0.04 }],
  ['1694008', 'PH', 'Philippines', 49.1, DR, { en: 0.6, tl: 0.38 }],
  ['1733045', 'MY', 'Malaysia', 19, M, { ms: 0.6, en: 0.25, 'zh-Hans': 0.12 }],
  ['1880251', 'SG', 'Singapore', 2.5, M, { en: 0.75, 'zh-Hans': 0.2 }],
  ['1831722', 'KH', 'Cambodia', 8, M, { km: 0.95, en: 0.04 }],
  ['1227603', 'LK', 'Sri Lanka', 4, M, { si: 0.7, ta: 0.18, en: 0.1 }],
  // US.
  ['6252001', 'US', 'United States', 135.8, DR, { en: 0.8, es: 0.17 }],
  // EU/EEA.
  ['2921044', 'DE', 'Germany', 23.56, DR, { de: 0.93, en: 0.04 }],
  ['3017382', 'FR', 'France', 21.4, DR, { fr: 0.95, en: 0.03 }],
  ['3175395', 'IT', 'Italy', 16.5, M, { it: 0.96, en: 0.02 }],
  ['2510769', 'ES', 'Spain', 13.6, M, { es: 0.95, en: 0.03 }],
  ['798544', 'PL', 'Poland', 10.3, M, { pl: 0.97, en: 0.02 }],
  ['2750405', 'NL', 'Netherlands', 5, M, { nl: 0.88, en: 0.1 }],
  ['798549', 'RO', 'Romania', 5.3, M, { ro: 0.95, en: 0.03 }],
  ['2802361', 'BE', 'Belgium', 3.3, M, { nl: 0.55, fr: 0.4, en: 0.04 }],
  ['3077311', 'CZ', 'Czechia', 3.1, M, { cs: 0.96, en: 0.03 }],
  ['2661886', 'SE', 'Sweden', 3, M, { sv: 0.9, en: 0.08 }],
  ['2264397', 'PT', 'Portugal', 2.9, M, { pt: 0.96, en: 0.03 }],
  ['390903', 'GR', 'Greece', 2.9, M, { el: 0.96, en: 0.03 }],
  ['719819', 'HU', 'Hungary', 2.7, M, { hu: 0.97, en: 0.02 }],
  ['2782113', 'AT', 'Austria', 2.5, M, { de: 0.93, en: 0.05 }],
  ['732800', 'BG', 'Bulgaria', 1.8, M, { bg: 0.95, en: 0.03 }],
  ['2623032', 'DK', 'Denmark', 1.7, M, { da: 0.9, en: 0.08 }],
  ['660013', 'FI', 'Finland', 1.6, M, { fi: 0.88, sv: 0.05, en: 0.06 }],
  ['3057568', 'SK', 'Slovakia', 1.5, M, { sk: 0.95, en: 0.03 }],
  ['2963597', 'IE', 'Ireland', 1.5, M, { en: 0.97 }],
  ['3144096', 'NO', 'Norway', 1.5, M, { no: 0.9, en: 0.08 }],
  ['3202326', 'HR', 'Croatia', 1.1, M, { hr: 0.96, en: 0.03 }],
  ['597427', 'LT', 'Lithuania', 0.8, M, { lt: 0.9, ru: 0.06, en: 0.03 }],
  ['3190538', 'SI', 'Slovenia', 0.6, M, { sl: 0.95, en: 0.04 }],
  ['458258', 'LV', 'Latvia', 0.5, M, { lv: 0.7, ru: 0.27, en: 0.03 }],
  ['453733', 'EE', 'Estonia', 0.4, M, { et: 0.7, ru: 0.26, en: 0.04 }],
  ['146669', 'CY', 'Cyprus', 0.36, M, { el: 0.85, en: 0.12 }],
  ['2960313', 'LU', 'Luxembourg', 0.19, M, { fr: 0.5, de: 0.3, en: 0.15 }],
  ['2562770', 'MT', 'Malta', 0.15, M, { mt: 0.6, en: 0.38 }],
  ['2629691', 'IS', 'Iceland', 0.11, M, { is: 0.92, en: 0.07 }],
  ['3042058', 'LI', 'Liechtenstein', 0.01, M, { de: 0.95, en: 0.04 }],
  // OTHER: listed so they are recognised and reported as unsupported.
  ['2635167', 'GB', 'United Kingdom', 20, DR, { en: 0.95 }],
  ['2658434', 'CH', 'Switzerland', 2, M, { de: 0.6, fr: 0.25, it: 0.08 }],
  ['6251999', 'CA', 'Canada', 10, M, { en: 0.75, fr: 0.22 }],
  ['3469034', 'BR', 'Brazil', 98, M, { pt: 0.98 }],
  ['3996063', 'MX', 'Mexico', 75, M, { es: 0.97 }],
  ['2077456', 'AU', 'Australia', 9, M, { en: 0.95 }],
  ['102358', 'SA', 'Saudi Arabia', 35, M, { ar: 0.9, en: 0.08 }],
  ['1819730', 'HK', 'Hong Kong', 0, M, { 'zh-Hant': 0.9, en: 0.08 }],
]

/** Countries with a published iOS share of their own (others use their market's). */
const IOS: Record<string, { share: number; source: SourceId }> = {
  US: { share: 0.58, source: 'statcounter-ios-2025' },
  JP: { share: 0.64, source: 'statcounter-ios-2025' },
  KR: { share: 0.23, source: 'gallup-korea-2023' },
  DE: { share: 0.28, source: 'statista-de-ios' },
  DK: { share: 0.55, source: 'statcounter-ios-2025' },
  SE: { share: 0.55, source: 'statcounter-ios-2025' },
  GB: { share: 0.47, source: 'statcounter-ios-2025' },
}

export const COUNTRIES: readonly Country[] = ROWS.map(([id, iso, name, adults, adultsSource, languages]) => {
  const ios = IOS[iso]
  const market = marketOfCountryCode(iso)
  return ios ? { id, iso, name, market, adults, adultsSource, languages, ios } : { id, iso, name, market, adults, adultsSource, languages }
})

/** Shares are modelled from population; the ids are GeoNames'. */
export const REGIONS: readonly Region[] = [
  { id: '5332921', name: 'California', parentId: '6252001', share: 0.118 },
  { id: '4736286', name: 'Texas', parentId: '6252001', share: 0.09 },
  { id: '5128638', name: 'New York', parentId: '6252001', share: 0.059 },
  { id: '4155751', name: 'Florida', parentId: '6252001', share: 0.066 },
  { id: '5368361', name: 'Los Angeles', parentId: '5332921', share: 0.1 },
  { id: '1850144', name: 'Tokyo', parentId: '1861060', share: 0.113 },
  { id: '1853904', name: 'Osaka', parentId: '1861060', share: 0.07 },
  { id: '2951839', name: 'Bavaria', parentId: '2921044', share: 0.158 },
  { id: '2867714', name: 'Munich', parentId: '2951839', share: 0.112 },
  { id: '2950157', name: 'Berlin', parentId: '2921044', share: 0.044 },
  { id: '3012874', name: 'Île-de-France', parentId: '3017382', share: 0.18 },
  { id: '1835847', name: 'Seoul', parentId: '1835841', share: 0.18 },
  { id: '1642907', name: 'Jakarta', parentId: '1643084', share: 0.039 },
]
