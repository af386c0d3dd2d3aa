/**
 * An Upgraded Smart+ ad group as `/smart_plus/adgroup/create/` takes it
 * ([SDK] smart_plus_adgroup_create.yml; [DOC 1843314887930946]; notes
 * tiktok-api-2026.md §2). Placement fields left out mean automatic placement.
 */
import { z } from 'zod'
import {
  ATTRIBUTION_EVENT_COUNTS,
  ATTRIBUTION_WINDOWS,
  APP_OPTIMIZATION_EVENTS,
  BILLING_EVENTS,
  BUDGET_MODES,
  OPERATION_STATUSES,
  OPTIMIZATION_EVENTS,
  PACINGS,
  PLACEMENTS,
  PLACEMENT_TYPES,
  PROMOTION_TARGET_TYPES,
  SCHEDULE_TYPES,
  SMART_PLUS_BID_TYPES,
  SMART_PLUS_OPTIMIZATION_GOALS,
  SMART_PLUS_PROMOTION_TYPES,
  TARGETING_OPTIMIZATION_MODES,
} from '../enums'
import { IdSchema } from '../entity-schemas'
import { RequestIdSchema, SMART_PLUS_AUTOMATION_TYPE } from './common'
import { TargetingSpecSchema } from './targeting-spec-schema'

const money = z.number().finite().nonnegative()
const WEB_EVENTS = Object.keys(OPTIMIZATION_EVENTS) as [keyof typeof OPTIMIZATION_EVENTS]

export const SmartPlusAdGroupSchema = z
  .object({
    advertiser_id: IdSchema,
    campaign_id: IdSchema,
    adgroup_id: IdSchema,
    campaign_automation_type: z.literal(SMART_PLUS_AUTOMATION_TYPE),
    adgroup_name: z.string().max(1024),
    operation_status: z.enum(OPERATION_STATUSES),
    promotion_type: z.enum(SMART_PLUS_PROMOTION_TYPES),
    promotion_target_type: z.enum(PROMOTION_TARGET_TYPES).optional(),
    app_id: z.string().max(64).optional(),
    targeting_optimization_mode: z.enum(TARGETING_OPTIMIZATION_MODES),
    /** In AUTOMATIC mode: also use the suggestion fields of targeting_spec as hints. */
    suggestion_audience_enabled: z.boolean().optional(),
    targeting_spec: TargetingSpecSchema,
    /** Absent = automatic placement (which includes TikTok). Cannot change after creation. */
    placement_type: z.enum(PLACEMENT_TYPES).optional(),
    placements: z.array(z.enum(PLACEMENTS)).optional(),
    /** The ad group's own budget, used when the campaign's CBO is off. */
    budget_mode: z.enum(BUDGET_MODES).optional(),
    budget: money.optional(),
    schedule_type: z.enum(SCHEDULE_TYPES),
    /** `YYYY-MM-DD HH:MM:SS`, UTC+0. */
    schedule_start_time: z.string().max(19),
    schedule_end_time: z.string().max(19).optional(),
    dayparting: z.string().max(1000).optional(),
    pacing: z.enum(PACINGS).optional(),
    optimization_goal: z.enum(SMART_PLUS_OPTIMIZATION_GOALS),
    optimization_event: z.enum([...WEB_EVENTS, ...APP_OPTIMIZATION_EVENTS]).optional(),
    billing_event: z.enum(BILLING_EVENTS),
    bid_type: z.enum(SMART_PLUS_BID_TYPES),
    bid_price: money.optional(),
    conversion_bid_price: money.optional(),
    roas_bid: money.optional(),
    pixel_id: z.string().max(64).optional(),
    click_attribution_window: z.enum(ATTRIBUTION_WINDOWS).optional(),
    view_attribution_window: z.enum(ATTRIBUTION_WINDOWS).optional(),
    engaged_view_attribution_window: z.enum(ATTRIBUTION_WINDOWS).optional(),
    attribution_event_count: z.enum(ATTRIBUTION_EVENT_COUNTS).optional(),
    request_id: RequestIdSchema.optional(),
  })
  .strict()
export type SmartPlusAdGroup = z.infer<typeof SmartPlusAdGroupSchema>
