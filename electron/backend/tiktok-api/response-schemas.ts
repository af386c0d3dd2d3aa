/**
 * Shapes of the `data` TikTok returns, checked before anything reads them.
 * Enum-valued fields are plain strings here: TikTok adds values over time and a
 * new one must not make a whole page of campaigns unreadable. Objects are loose
 * so fields Adwright does not model survive a round trip.
 */
import { z } from 'zod'

const id = z.string().regex(/^\d+$/, 'ids are numeric strings in v1.3')

/**
 * Ids TikTok sends as JSON integers, 0 meaning "not set" ([SDK] adcreate_creatives.py;
 * notes tiktok-api-2026.md §3). They are 64-bit, beyond what a JSON number keeps exactly.
 */
const INTEGER_ID_FIELDS = ['tracking_pixel_id', 'page_id'] as const

/**
 * TikTok post ids (Spark Ads, spark-post-endpoints.ts): strings in [BUB] model/ttvideo/info.go, but 19 digits, and typed
 * a number in [SDK] smart_plus_ad_create.yml (`aweme_item_id`), so quoted too should TikTok send one unquoted.
 */
const POST_ID_FIELDS = ['item_id', 'tiktok_item_id'] as const

/**
 * Pangle package ids: pangle_audience_package_get.yml gives no type, and the ids are 19 digits like TikTok's others, so
 * one sent unquoted is quoted before parsing rather than rounded.
 */
const PACKAGE_ID_FIELDS = ['package_id'] as const

const INTEGER_ID = new RegExp(
  `(?<!\\\\)"(${[...INTEGER_ID_FIELDS, ...POST_ID_FIELDS, ...PACKAGE_ID_FIELDS].join('|')})"(\\s*:\\s*)(-?\\d+)(?=\\s*[,}\\]])`,
  'g',
)
/**
 * The body with those integer ids quoted, so JSON.parse keeps every digit. Keys
 * inside string values are escaped (\") and never match.
 */
export const quoteIntegerIds = (body: string): string => body.replace(INTEGER_ID, '"$1"$2"$3"')

/** One of those ids as Adwright stores it: a numeric string, absent when TikTok says 0 (or sends nothing). */
const integerId = z
  .union([z.string().regex(/^\d*$/, 'ids are numbers'), z.number().int().nonnegative()])
  .nullish()
  .transform((v) => (v === undefined || v === null || v === '' || Number(v) === 0 ? undefined : String(v)))

export const PageInfoSchema = z.object({
  page: z.number().int(),
  page_size: z.number().int(),
  total_number: z.number().int(),
  total_page: z.number().int(),
})
export type PageInfo = z.infer<typeof PageInfoSchema>

export const pageOf = <T extends z.ZodType>(item: T) => z.object({ list: z.array(item), page_info: PageInfoSchema })

const timestamps = {
  create_time: z.string(),
  /** Changes on every write; the sync engine compares it to detect edits made elsewhere. */
  modify_time: z.string(),
}

export const ApiCampaignSchema = z.looseObject({
  advertiser_id: id,
  campaign_id: id,
  campaign_name: z.string(),
  objective_type: z.string(),
  budget_mode: z.string(),
  budget: z.number().optional(),
  operation_status: z.string(),
  secondary_status: z.string().optional(),
  ...timestamps,
})
export type ApiCampaign = z.infer<typeof ApiCampaignSchema>

const ApiAdGroupFields = z.looseObject({
  advertiser_id: id,
  campaign_id: id,
  adgroup_id: id,
  adgroup_name: z.string(),
  /** Absent on Upgraded Smart+ ad groups under a budget-optimised campaign (notes tiktok-api-2026.md §2): the campaign holds the budget. */
  budget_mode: z.string().optional(),
  budget: z.number().optional(),
  operation_status: z.string(),
  secondary_status: z.string().optional(),
  /** Absent with zip-code-only targeting, and on Smart+ ad groups that nest it in targeting_spec (notes tiktok-api-2026.md §3). */
  location_ids: z.array(z.string()).optional(),
  ...timestamps,
})
/**
 * A manual ad group without location_ids (zip-code targeting) reads as one with no
 * locations, so it stays a valid store entity; a Smart+ one keeps its targeting_spec
 * as the only place its locations are.
 */
export const ApiAdGroupSchema = ApiAdGroupFields.transform((g) =>
  g.location_ids === undefined && g.targeting_spec === undefined ? { ...g, location_ids: [] } : g,
)
export type ApiAdGroup = z.infer<typeof ApiAdGroupSchema>

export const ApiAdSchema = z.looseObject({
  advertiser_id: id,
  campaign_id: id,
  adgroup_id: id,
  ad_id: id,
  ad_name: z.string(),
  operation_status: z.string(),
  secondary_status: z.string().optional(),
  tracking_pixel_id: integerId,
  page_id: integerId,
  ...timestamps,
})
export type ApiAd = z.infer<typeof ApiAdSchema>

export const AdCreateResultSchema = z.object({ ad_ids: z.array(id) }).loose()

export const StatusUpdateResultSchema = z.looseObject({
  status: z.string().optional(),
  campaign_ids: z.array(id).optional(),
  adgroup_ids: z.array(id).optional(),
  ad_ids: z.array(id).optional(),
})

export const AdvertiserListSchema = z.object({
  list: z.array(z.looseObject({ advertiser_id: id, advertiser_name: z.string() })),
})

export const InterestCategorySchema = z.looseObject({
  interest_category_id: z.string(),
  interest_category_name: z.string(),
  level: z.number().int(),
  sub_category_ids: z.array(z.string()),
})
export type InterestCategory = z.infer<typeof InterestCategorySchema>

export const RegionSchema = z.looseObject({
  location_id: z.string(),
  name: z.string(),
  parent_id: z.string().optional(),
  region_code: z.string().optional(),
  next_level_ids: z.array(z.string()).optional(),
  area_type: z.string().optional(),
  level: z.string(),
  support_below_18: z.boolean().optional(),
})
export type Region = z.infer<typeof RegionSchema>

export const LanguageSchema = z.object({ code: z.string(), name: z.string() })

export const AudienceSizeSchema = z.object({
  user_count: z.object({ lower_end: z.number().int().nonnegative(), upper_end: z.number().int().nonnegative() }),
  /** TikTok's own example answer has no stage ([DOC 1740302379236353]; notes tiktok-api-2026.md §3). */
  user_count_stage: z.number().int().min(1).max(4).optional(),
})
export type AudienceSize = z.infer<typeof AudienceSizeSchema>

export const PixelSchema = z.looseObject({
  pixel_id: id,
  pixel_code: z.string(),
  pixel_name: z.string(),
  /** May be absent (a pixel without events, notes tiktok-api-2026.md §3): read as none. */
  events: z
    .array(z.looseObject({ event_type: z.string(), optimization_event: z.string().optional() }))
    .optional()
    .transform((v) => v ?? []),
})
export type Pixel = z.infer<typeof PixelSchema>
export const PixelPageSchema = z.object({ pixels: z.array(PixelSchema), page_info: PageInfoSchema })

/** Report rows: every dimension and metric value is a string (metrics are decimal strings). */
export const ReportRowSchema = z.object({
  dimensions: z.record(z.string(), z.string()),
  metrics: z.record(z.string(), z.string()),
})
export type ReportRow = z.infer<typeof ReportRowSchema>
