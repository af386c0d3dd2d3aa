import type { Market } from './markets'

/**
 * The one place a country's market is decided, by ISO 3166-1 alpha-2 code, for
 * every country of the geo table (shared/targeting/geo-data.ts). Reach,
 * compliance, results, the sandbox, the demo account and the editor all ask
 * here, so a country is never EU in one view and "Other" in another.
 *
 * Sources: the team's research notes on markets and consent
 * (markets-and-consent.md, §1 and its sources [1]–[4]) and, for the ones the UI
 * shows, `SOURCES` in sources.ts:
 * - EU is the European Economic Area: the 27 EU members plus Norway, Iceland and
 *   Liechtenstein, because GDPR (and TikTok's EU consent and minors rules, which
 *   name "the EEA") apply across the EEA by the EEA Agreement.
 * - EAST_ASIA_TEST is where TikTok first tested targeting with activity in other
 *   apps (AdWeek 2019/2020) and, today, the APAC delivery locations of Pangle,
 *   the TikTok Ad Network (TikTok help, "available locations for Pangle ads",
 *   Nov 2025; source id `tiktok-pangle-locations`).
 * - US is the United States alone.
 * - Everything else is OTHER: reported, never estimated (its consent rules are
 *   not modelled).
 */
const DECISIONS: ReadonlyArray<readonly [Market, string]> = [
  // The 27 EU member states: GDPR applies directly.
  ['EU', 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'],
  // The three EFTA states in the EEA: GDPR applies there too (incorporated into the EEA Agreement, 2018), so
  // their reach follows the same consent rules and they are EU, not OTHER.
  ['EU', 'NO IS LI'],
  // Pangle's APAC delivery locations (tiktok-pangle-locations, Nov 2025): Cambodia, Indonesia, Japan, Korea,
  // Malaysia, Philippines, Singapore, Sri Lanka, Taiwan, Thailand, Vietnam.
  ['EAST_ASIA_TEST', 'KH ID JP KR MY PH SG LK TW TH VN'],
  ['US', 'US'],
  // Hong Kong is not a Pangle delivery location and TikTok left Hong Kong in July 2020, so the cross-app test
  // market does not include it, whatever its geography.
  ['OTHER', 'HK'],
  // Outside the EEA: the UK left the EU (and the EEA) in 2020; Switzerland is EFTA but not EEA. TikTok applies
  // some EEA rules there too (tiktok-eu-minors-2023), but GDPR itself does not, so they are not modelled.
  ['OTHER', 'GB CH'],
  // Pangle delivers in Canada, Latin America, Australia and the Middle East, but those are not the East Asia
  // test market and their consent rules are not modelled.
  ['OTHER', 'CA BR MX AU SA'],
]

/** Every decided country's market, by ISO code. */
export const MARKET_OF_COUNTRY: ReadonlyMap<string, Market> = new Map(
  DECISIONS.flatMap(([market, codes]) => codes.split(' ').map((iso) => [iso, market] as const)),
)

/**
 * The market of a country or region code as TikTok and the geo table write it:
 * `US-CA` follows its country, case does not matter, and a country no one has
 * decided (TikTok may report any country) is OTHER.
 */
export function marketOfCountryCode(code: string): Market {
  return MARKET_OF_COUNTRY.get(code.slice(0, 2).toUpperCase()) ?? 'OTHER'
}
