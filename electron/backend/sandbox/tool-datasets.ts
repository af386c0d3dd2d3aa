/**
 * The small, realistic reference data the sandbox's tool endpoints serve:
 * regions (GeoNames ids, as TikTok uses), languages and interest categories.
 * `market` and `adults` feed the synthetic report and audience model only; they
 * are not part of TikTok's responses. `market` is read from the shared market
 * table (shared/markets/market-of.ts), a domain fact, so a report's market is the
 * one Adwright's results put the country in.
 */
import { marketOfCountryCode } from '#shared/markets/market-of'
import type { Market } from '#shared/markets/markets'
import { INTEREST_CATEGORIES as TAXONOMY } from '#shared/targeting/taxonomy'

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

/** A country when it has no parent, else a province of `parent_id`. */
const region = (
  location_id: string,
  name: string,
  region_code: string,
  adults: number,
  support_below_18: boolean,
  parent_id = '0',
): SandboxRegion => ({
  location_id,
  name,
  region_code,
  parent_id,
  level: parent_id === '0' ? 'COUNTRY' : 'PROVINCE',
  support_below_18,
  market: marketOfCountryCode(region_code),
  adults,
})

export const REGIONS: readonly SandboxRegion[] = [
  region('6252001', 'United States', 'US', 135_800_000, false),
  region('6251999', 'Canada', 'CA', 14_000_000, false),
  region('3996063', 'Mexico', 'MX', 70_000_000, false),
  region('3469034', 'Brazil', 'BR', 91_000_000, false),
  region('2635167', 'United Kingdom', 'GB', 20_000_000, false),
  region('2921044', 'Germany', 'DE', 23_500_000, false),
  region('3017382', 'France', 'FR', 21_400_000, false),
  region('2510769', 'Spain', 'ES', 18_000_000, false),
  region('3175395', 'Italy', 'IT', 17_000_000, false),
  region('2750405', 'Netherlands', 'NL', 6_000_000, false),
  region('798544', 'Poland', 'PL', 11_000_000, false),
  region('2661886', 'Sweden', 'SE', 4_000_000, false),
  region('1861060', 'Japan', 'JP', 13_000_000, true),
  region('1835841', 'South Korea', 'KR', 9_000_000, true),
  region('1668284', 'Taiwan', 'TW', 8_000_000, true),
  region('1643084', 'Indonesia', 'ID', 107_700_000, true),
  region('1605651', 'Thailand', 'TH', 44_400_000, true),
  region('1562822', 'Vietnam', 'VN', 67_700_000, true),
  region('1694008', 'Philippines', 'PH', 49_100_000, true),
  region('1733045', 'Malaysia', 'MY', 28_000_000, true),
  region('1880251', 'Singapore', 'SG', 3_500_000, true),
  region('5332921', 'California', 'US-CA', 16_000_000, false, '6252001'),
  region('5128638', 'New York', 'US-NY', 8_500_000, false, '6252001'),
  region('4736286', 'Texas', 'US-TX', 12_000_000, false, '6252001'),
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
