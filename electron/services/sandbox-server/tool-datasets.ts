/**
 * The small, realistic reference data the sandbox's tool endpoints serve:
 * regions (GeoNames ids, as TikTok uses), languages and interest categories.
 * `market` and `adults` feed the synthetic report and audience model only; they
 * are not part of TikTok's responses.
 */
import { INTEREST_CATEGORIES as TAXONOMY } from '../../../shared/targeting/taxonomy'

export type Market = 'EAST_ASIA_TEST' | 'US' | 'EU' | 'OTHER'

export interface SandboxRegion {
  location_id: string
  name: string
  region_code: string
  parent_id: string
  level: 'COUNTRY' | 'PROVINCE'
  /** 13–17 targeting allowed (false in the US, EEA, UK, CH, Canada, Latin America). */
  support_below_18: boolean
  market: Market
  /** Approximate TikTok adult ad audience, in people. */
  adults: number
}

const country = (location_id: string, name: string, region_code: string, market: Market, adults: number, support_below_18: boolean): SandboxRegion => ({
  location_id,
  name,
  region_code,
  parent_id: '0',
  level: 'COUNTRY',
  support_below_18,
  market,
  adults,
})

export const REGIONS: readonly SandboxRegion[] = [
  country('6252001', 'United States', 'US', 'US', 135_800_000, false),
  country('6251999', 'Canada', 'CA', 'OTHER', 14_000_000, false),
  country('3996063', 'Mexico', 'MX', 'OTHER', 70_000_000, false),
  country('3469034', 'Brazil', 'BR', 'OTHER', 91_000_000, false),
  country('2635167', 'United Kingdom', 'GB', 'OTHER', 20_000_000, false),
  country('2921044', 'Germany', 'DE', 'EU', 23_500_000, false),
  country('3017382', 'France', 'FR', 'EU', 21_400_000, false),
  country('2510769', 'Spain', 'ES', 'EU', 18_000_000, false),
  country('3175395', 'Italy', 'IT', 'EU', 17_000_000, false),
  country('2750405', 'Netherlands', 'NL', 'EU', 6_000_000, false),
  country('798544', 'Poland', 'PL', 'EU', 11_000_000, false),
  country('2661886', 'Sweden', 'SE', 'EU', 4_000_000, false),
  country('1861060', 'Japan', 'JP', 'EAST_ASIA_TEST', 13_000_000, true),
  country('1835841', 'South Korea', 'KR', 'EAST_ASIA_TEST', 9_000_000, true),
  country('1668284', 'Taiwan', 'TW', 'EAST_ASIA_TEST', 8_000_000, true),
  country('1643084', 'Indonesia', 'ID', 'EAST_ASIA_TEST', 107_700_000, true),
  country('1605651', 'Thailand', 'TH', 'EAST_ASIA_TEST', 44_400_000, true),
  country('1562822', 'Vietnam', 'VN', 'EAST_ASIA_TEST', 67_700_000, true),
  country('1694008', 'Philippines', 'PH', 'EAST_ASIA_TEST', 49_100_000, true),
  country('1733045', 'Malaysia', 'MY', 'EAST_ASIA_TEST', 28_000_000, true),
  country('1880251', 'Singapore', 'SG', 'EAST_ASIA_TEST', 3_500_000, true),
  { location_id: '5332921', name: 'California', region_code: 'US-CA', parent_id: '6252001', level: 'PROVINCE', support_below_18: false, market: 'US', adults: 16_000_000 },
  { location_id: '5128638', name: 'New York', region_code: 'US-NY', parent_id: '6252001', level: 'PROVINCE', support_below_18: false, market: 'US', adults: 8_500_000 },
  { location_id: '4736286', name: 'Texas', region_code: 'US-TX', parent_id: '6252001', level: 'PROVINCE', support_below_18: false, market: 'US', adults: 12_000_000 },
]

export const REGION_BY_ID: ReadonlyMap<string, SandboxRegion> = new Map(REGIONS.map((r) => [r.location_id, r]))

/** The country a location belongs to (itself for a country). */
export function countryOf(locationId: string): SandboxRegion | undefined {
  const r = REGION_BY_ID.get(locationId)
  return r && r.level !== 'COUNTRY' ? REGION_BY_ID.get(r.parent_id) : r
}

export const LANGUAGES: ReadonlyArray<{ code: string; name: string }> = [
  { code: 'en', name: 'English' },
  { code: 'de', name: 'German' },
  { code: 'fr', name: 'French' },
  { code: 'es', name: 'Spanish' },
  { code: 'it', name: 'Italian' },
  { code: 'nl', name: 'Dutch' },
  { code: 'pl', name: 'Polish' },
  { code: 'sv', name: 'Swedish' },
  { code: 'pt', name: 'Portuguese' },
  { code: 'ja', name: 'Japanese' },
  { code: 'ko', name: 'Korean' },
  { code: 'zh-Hant', name: 'Chinese (Traditional)' },
  { code: 'id', name: 'Indonesian' },
  { code: 'th', name: 'Thai' },
  { code: 'vi', name: 'Vietnamese' },
  { code: 'ms', name: 'Malay' },
]

interface Interest {
  interest_category_id: string
  interest_category_name: string
  level: number
  sub_category_ids: string[]
  placements: string[]
  special_industries: string[]
}

/**
 * The taxonomy Adwright ships (shared/targeting), in TikTok's response shape, so
 * an ad group drafted offline names the same categories the sandbox serves.
 */
export const INTEREST_CATEGORIES: readonly Interest[] = TAXONOMY.map((c) => ({
  interest_category_id: c.id,
  interest_category_name: c.name,
  level: c.level,
  sub_category_ids: [...c.childIds],
  placements: ['PLACEMENT_TIKTOK', 'PLACEMENT_PANGLE'],
  special_industries: [],
}))
