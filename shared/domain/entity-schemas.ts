/**
 * Structural schemas for drafted entities: types, enums and formats that every
 * stored or transported entity must satisfy. Business rules (minimum budgets,
 * schedule consistency, placement rules…) are not here: they are validation
 * problems a draft may have while being edited, reported by shared/domain/validation.
 * The entity types (Campaign, AdGroup, Ad in ./entities) are inferred from these,
 * so a field exists in one place.
 */
import { z } from 'zod'
import { AudienceIdSchema } from '#shared/audiences/schemas'
import {
  ACTION_PERIODS,
  ACTION_SCENES,
  AD_FORMATS,
  AGE_GROUPS,
  APP_PROMOTION_TYPES,
  BID_TYPES,
  BILLING_EVENTS,
  BUDGET_MODES,
  CALL_TO_ACTIONS,
  CAMPAIGN_TYPES,
  GENDERS,
  IDENTITY_TYPES,
  NETWORK_TYPES,
  OBJECTIVE_TYPES,
  OPERATING_SYSTEMS,
  OPERATION_STATUSES,
  OPTIMIZATION_EVENTS,
  OPTIMIZATION_GOALS,
  PACINGS,
  PLACEMENTS,
  PLACEMENT_TYPES,
  PROMOTION_TARGET_TYPES,
  PROMOTION_TYPES,
  SCHEDULE_TYPES,
  SPECIAL_INDUSTRIES,
  VIDEO_USER_ACTIONS,
} from './enums'

export const IdSchema = z.string().regex(/^(local-[A-Za-z0-9-]{1,64}|\d{1,30})$/, 'Not a valid id.')
const money = z.number().finite().nonnegative()
const text = (max: number) => z.string().max(max)

export const CampaignSchema = z
  .object({
    advertiser_id: IdSchema,
    campaign_id: IdSchema,
    campaign_name: text(1024),
    objective_type: z.enum(OBJECTIVE_TYPES),
    budget_mode: z.enum(BUDGET_MODES),
    /** In the advertiser's currency; absent with BUDGET_MODE_INFINITE. */
    budget: money.optional(),
    operation_status: z.enum(OPERATION_STATUSES),
    campaign_type: z.enum(CAMPAIGN_TYPES).optional(),
    special_industries: z.array(z.enum(SPECIAL_INDUSTRIES)).optional(),
    /** Campaign budget optimisation: ad groups share the campaign budget. */
    budget_optimize_on: z.boolean().optional(),
    /** APP_PROMOTION only; optional so a draft can lack it (validation asks for it). */
    app_promotion_type: z.enum(APP_PROMOTION_TYPES).optional(),
    /** MANUAL, SMART_PLUS or UPGRADED_SMART_PLUS as TikTok reports it; anything but MANUAL is read-only (see read-only.ts). */
    campaign_automation_type: z.string().max(64).optional(),
  })
  .strict()

export const ActionTargetingSchema = z
  .object({
    action_scene: z.enum(ACTION_SCENES),
    action_period: z.union(ACTION_PERIODS.map((p) => z.literal(p)) as [z.ZodLiteral<0>, z.ZodLiteral<7>, z.ZodLiteral<15>]),
    video_user_actions: z.array(z.enum(VIDEO_USER_ACTIONS)),
    action_category_ids: z.array(z.string().max(64)),
  })
  .strict()

const PackageIdSchema = z.string().regex(/^\d{1,30}$/, 'Pangle package ids are numbers (from /pangle_audience_package/get/).')

/**
 * The custom audiences and Pangle audience packages an ad group includes or excludes, with
 * TikTok's names ([SDK] java_sdk/docs/AdgroupCreateBody.md and AdgroupUpdateBody.md:
 * audience_ids, excluded_audience_ids, included_/excluded_pangle_audience_package_ids; notes
 * tiktok-api-2026.md §4). Absent = none: TikTok's answer carries [] for none, and sync reads that
 * as absent (electron/backend/sync/entity-mapping.ts), so no stored ad group needed a migration.
 */
export const AudienceSelectionSchema = z
  .object({
    audience_ids: z.array(AudienceIdSchema).optional(),
    excluded_audience_ids: z.array(AudienceIdSchema).optional(),
    included_pangle_audience_package_ids: z.array(PackageIdSchema).optional(),
    excluded_pangle_audience_package_ids: z.array(PackageIdSchema).optional(),
  })
  .strict()
export const AUDIENCE_SELECTION_FIELDS = Object.keys(AudienceSelectionSchema.shape) as Array<keyof typeof AudienceSelectionSchema.shape>

/** The targeting part of an ad group — what the reach estimator reads. */
export const TargetingSchema = z
  .object({
    placement_type: z.enum(PLACEMENT_TYPES),
    /** Required with PLACEMENT_TYPE_NORMAL; ignored with AUTOMATIC. */
    placements: z.array(z.enum(PLACEMENTS)),
    /** GeoNames ids, e.g. '6252001' = United States. */
    location_ids: z.array(z.string().regex(/^\d{1,12}$/, 'Location ids are GeoNames numbers.')).max(10_000),
    age_groups: z.array(z.enum(AGE_GROUPS)),
    gender: z.enum(GENDERS),
    /** Language codes from /tool/language/; empty = any language. */
    languages: z.array(z.string().max(16)),
    interest_category_ids: z.array(z.string().max(64)),
    interest_keyword_ids: z.array(z.string().max(64)),
    actions: z.array(ActionTargetingSchema),
    /** At most one value; empty = all. */
    operating_systems: z.array(z.enum(OPERATING_SYSTEMS)),
    network_types: z.array(z.enum(NETWORK_TYPES)),
    /** Pairs of [min, max] prices in USD, multiples of 50; empty = any device. */
    device_price_ranges: z.array(z.number().int().nonnegative()),
    ...AudienceSelectionSchema.shape,
  })
  .strict()

export const AdGroupSchema = z
  .object({
    advertiser_id: IdSchema,
    campaign_id: IdSchema,
    adgroup_id: IdSchema,
    adgroup_name: text(1024),
    operation_status: z.enum(OPERATION_STATUSES),
    ...TargetingSchema.shape,
    budget_mode: z.enum(BUDGET_MODES),
    budget: money.optional(),
    schedule_type: z.enum(SCHEDULE_TYPES),
    /** `YYYY-MM-DD HH:MM:SS`, UTC+0, as the API takes it. */
    schedule_start_time: z.string().max(19),
    schedule_end_time: z.string().max(19).optional(),
    /** 336 characters of 0/1: 48 half-hours × 7 days from Monday; absent = all day, every day. */
    dayparting: z.string().max(1000).optional(),
    /** Required by TikTok for most objectives (see promotion.ts); optional so drafts and old downloads can lack it. */
    promotion_type: z.enum(PROMOTION_TYPES).optional(),
    /** The promoted app's id in TikTok's app management (APP_PROMOTION). */
    app_id: z
      .string()
      .regex(/^\d{1,30}$/, 'App ids are numbers.')
      .optional(),
    /** Instant form or website (LEAD_GENERATION). */
    promotion_target_type: z.enum(PROMOTION_TARGET_TYPES).optional(),
    optimization_goal: z.enum(OPTIMIZATION_GOALS),
    billing_event: z.enum(BILLING_EVENTS),
    bid_type: z.enum(BID_TYPES),
    bid_price: money.optional(),
    conversion_bid_price: money.optional(),
    pacing: z.enum(PACINGS),
    pixel_id: z.string().max(64).optional(),
    optimization_event: z.enum(Object.keys(OPTIMIZATION_EVENTS) as [keyof typeof OPTIMIZATION_EVENTS]).optional(),
    /** As on campaigns: anything but MANUAL is read-only (see read-only.ts). */
    campaign_automation_type: z.string().max(64).optional(),
  })
  .strict()

export const AdSchema = z
  .object({
    advertiser_id: IdSchema,
    adgroup_id: IdSchema,
    ad_id: IdSchema,
    ad_name: text(1024),
    operation_status: z.enum(OPERATION_STATUSES),
    ad_format: z.enum(AD_FORMATS),
    ad_text: text(1000),
    call_to_action: z.enum(CALL_TO_ACTIONS),
    landing_page_url: text(2048).optional(),
    display_name: text(200).optional(),
    identity_type: z.enum(IDENTITY_TYPES),
    identity_id: z.string().max(64).optional(),
    /** The Business Center sharing a BC_AUTH_TT identity; required with that type ([SDK] adcreate_creatives.py). */
    identity_authorized_bc_id: z.string().max(64).optional(),
    video_id: z.string().max(64).optional(),
    /**
     * A Spark "pull" ad's TikTok post, instead of `video_id`: one of the Spark identity's posts from
     * `/identity/video/get/` ([SDK] adcreate_creatives.py / adupdate_creatives.py `tiktok_item_id`; spark-posts.ts).
     */
    tiktok_item_id: z.string().max(64).optional(),
    image_ids: z.array(z.string().max(64)),
    tracking_pixel_id: z.string().max(64).optional(),
    /** Set on `/ad/get/` rows that are creatives of a Smart+ ad: read-only (see read-only.ts). */
    smart_plus_ad_id: IdSchema.optional(),
  })
  .strict()
