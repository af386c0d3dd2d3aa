/**
 * The kinds of custom audience an advertiser builds in TikTok, with TikTok's own
 * names, and where each one's people come from. The data source decides which
 * consent limits an audience's reach (shared/reach/audience-steps.ts) and which
 * market rules forbid it (shared/markets/compliance/audiences.ts).
 *
 * Sources: [SDK] tiktok-business-api-sdk yml_files/dmp_custom_audience_create.yml,
 * dmp_custom_audience_rule_create.yml, dmp_custom_audience_lookalike_create.yml,
 * pangle_audience_package_get.yml; notes tiktok-api-2026.md §4.
 */

/** Adwright's audience kinds, named as the issue and plan files write them. */
export const AUDIENCE_TYPES = ['CUSTOMER_FILE', 'WEBSITE_TRAFFIC', 'APP_ACTIVITY', 'ENGAGEMENT', 'LOOKALIKE'] as const
export type AudienceType = (typeof AUDIENCE_TYPES)[number]

/**
 * Rule-based audiences are created by `/dmp/custom_audience/rule/create/` with TikTok's own
 * `audience_type` (dmp_custom_audience_rule_create.yml: PIXEL = website traffic, APP = app
 * activity, ENGAGEMENT = ad engagement; the organic and LIVE variants are engagement too).
 */
export const RULE_AUDIENCE_TYPE = { WEBSITE_TRAFFIC: 'PIXEL', APP_ACTIVITY: 'APP', ENGAGEMENT: 'ENGAGEMENT' } as const
export const TIKTOK_RULE_AUDIENCE_TYPES = ['PIXEL', 'APP', 'ENGAGEMENT', 'ENGAGEMENT_ORGANIC_VIDEO', 'ENGAGEMENT_LIVE_VIDEO'] as const

/**
 * `calculate_type` of a customer file (dmp_custom_audience_file_upload.yml, enum DmpCalculateType).
 * Adwright hashes with SHA-256 only; the MD5 variants TikTok still accepts are not offered because
 * the file is hashed here and MD5 is the weaker choice for no gain.
 */
export const CALCULATE_TYPES = ['EMAIL_SHA256', 'PHONE_SHA256', 'IDFA_SHA256', 'GAID_SHA256', 'MULTIPLE_TYPES'] as const
export type CalculateType = (typeof CALCULATE_TYPES)[number]

/** The kinds of identifier one column of a customer file can hold; MAID is TikTok's column for either ad id. */
export const IDENTIFIER_KINDS = ['EMAIL', 'PHONE', 'IDFA', 'GAID', 'MAID'] as const
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number]

/** Which columns each `calculate_type` accepts. */
export const KINDS_OF_CALCULATE_TYPE: Record<CalculateType, readonly IdentifierKind[]> = {
  EMAIL_SHA256: ['EMAIL'],
  PHONE_SHA256: ['PHONE'],
  IDFA_SHA256: ['IDFA', 'MAID'],
  GAID_SHA256: ['GAID', 'MAID'],
  MULTIPLE_TYPES: IDENTIFIER_KINDS,
}

/** `lookalike_spec.audience_size` (dmp_custom_audience_lookalike_create.yml). */
export const LOOKALIKE_SIZES = ['NARROW', 'BALANCED', 'BROAD'] as const
export type LookalikeSize = (typeof LOOKALIKE_SIZES)[number]

/** `lookalike_spec.mobile_os` (enum DmpLookalikePlatform). */
export const LOOKALIKE_OS = ['ALL', 'ANDROID', 'IOS'] as const
export type LookalikeOs = (typeof LOOKALIKE_OS)[number]

/** `packages[].bind_type` of `/pangle_audience_package/get/`. */
export const PANGLE_BIND_TYPES = ['INCLUDE', 'EXCLUDE'] as const
export type PangleBindType = (typeof PANGLE_BIND_TYPES)[number]

/**
 * Where an audience's people were observed:
 * - TIKTOK_IN_APP: on TikTok itself (engagement); the in-app personalisation rules apply.
 * - ADVERTISER_FIRST_PARTY: the advertiser's own customers and site visitors (files, pixel);
 *   off-TikTok data, so the partner-data opt-out, iOS tracking and the advertiser's consent apply.
 * - PARTNER: data from TikTok's partners outside TikTok (app events through measurement
 *   partners, Pangle publisher apps); off-TikTok too.
 * TikTok's 2021 change made in-app ads mandatory outside the EU while partner data stayed
 * opt-out (notes markets-and-consent.md §1.2 [1]); that split is what this classification keeps.
 */
export const DATA_SOURCES = ['TIKTOK_IN_APP', 'ADVERTISER_FIRST_PARTY', 'PARTNER'] as const
export type DataSource = (typeof DATA_SOURCES)[number]

export const DATA_SOURCE_LABELS: Record<DataSource, string> = {
  TIKTOK_IN_APP: 'TikTok in-app activity',
  ADVERTISER_FIRST_PARTY: 'Advertiser first-party data',
  PARTNER: 'Partner data (off TikTok)',
}

const SOURCE_OF: Record<Exclude<AudienceType, 'LOOKALIKE'>, DataSource> = {
  CUSTOMER_FILE: 'ADVERTISER_FIRST_PARTY',
  WEBSITE_TRAFFIC: 'ADVERTISER_FIRST_PARTY',
  // App events reach TikTok through the advertiser's measurement partner (MMP) or the TikTok SDK in
  // the advertiser's app: activity outside TikTok either way.
  APP_ACTIVITY: 'PARTNER',
  ENGAGEMENT: 'TIKTOK_IN_APP',
}

/**
 * The data source of a kind. A lookalike's new people are found with TikTok's in-app signals,
 * but its seed is whatever its source audience is, so callers ask `seedSourceOf` for rules about
 * where the data came from.
 */
export function dataSourceOf(type: AudienceType): DataSource {
  return type === 'LOOKALIKE' ? 'TIKTOK_IN_APP' : SOURCE_OF[type]
}

export const isOffTikTok = (s: DataSource) => s !== 'TIKTOK_IN_APP'

/** Kinds whose people reach TikTok as cookie-based web events: the site's cookie consent applies. */
export const usesCookies = (type: AudienceType) => type === 'WEBSITE_TRAFFIC'

/** Kinds tied to a person's identity (email, phone, device id): Korea's PIPC requires prior consent. */
export const isIdentityLinked = (source: DataSource) => source !== 'TIKTOK_IN_APP'
