/**
 * An Upgraded Smart+ campaign as `/smart_plus/campaign/create/` takes it and the
 * get returns it, with TikTok's field names ([SDK] smart_plus_campaign_create.yml;
 * [DOC 1843312852800706]; notes tiktok-api-2026.md §2). Structural only: which
 * budget modes go with CBO, and what may change after creation, are rules in ./rules
 * and ./validation, reported while a draft is edited.
 */
import { z } from 'zod'
import {
  SMART_PLUS_APP_PROMOTION_TYPES,
  BUDGET_MODES,
  CAMPAIGN_TYPES,
  OPERATION_STATUSES,
  SALES_DESTINATIONS,
  SMART_PLUS_OBJECTIVE_TYPES,
  SPECIAL_INDUSTRIES,
} from '../enums'
import { IdSchema } from '../entity-schemas'
import { RequestIdSchema, SMART_PLUS_AUTOMATION_TYPE } from './common'

export const SmartPlusCampaignSchema = z
  .object({
    advertiser_id: IdSchema,
    campaign_id: IdSchema,
    /** Marks the object as Upgraded Smart+ (TikTok's own marker on `/campaign/get/`), so it is never posted to the manual endpoints. */
    campaign_automation_type: z.literal(SMART_PLUS_AUTOMATION_TYPE),
    campaign_name: z.string().max(1024),
    objective_type: z.enum(SMART_PLUS_OBJECTIVE_TYPES),
    /** Campaign budget optimisation; TikTok's default is on, so absent reads as true (`cboOn`). Cannot change after creation. */
    budget_optimize_on: z.boolean().optional(),
    budget_mode: z.enum(BUDGET_MODES),
    /** In the advertiser's currency; absent with BUDGET_MODE_INFINITE. */
    budget: z.number().finite().nonnegative().optional(),
    /** For WEB_CONVERSIONS; cannot change after creation. */
    sales_destination: z.enum(SALES_DESTINATIONS).optional(),
    /** For APP_PROMOTION, with the app's `app_id`. */
    app_promotion_type: z.enum(SMART_PLUS_APP_PROMOTION_TYPES).optional(),
    app_id: z.string().max(64).optional(),
    campaign_type: z.enum(CAMPAIGN_TYPES).optional(),
    special_industries: z.array(z.enum(SPECIAL_INDUSTRIES)).optional(),
    po_number: z.string().max(128).optional(),
    operation_status: z.enum(OPERATION_STATUSES),
    /** TikTok's answer: one ad group or several under the campaign. Read-only. */
    smart_plus_adgroup_mode: z.enum(['SINGLE', 'MULTIPLE']).optional(),
    request_id: RequestIdSchema.optional(),
  })
  .strict()
export type SmartPlusCampaign = z.infer<typeof SmartPlusCampaignSchema>

/** CBO is on unless the campaign says false: TikTok's default (notes §2). */
export const cboOn = (c: Pick<SmartPlusCampaign, 'budget_optimize_on'>): boolean => c.budget_optimize_on !== false
