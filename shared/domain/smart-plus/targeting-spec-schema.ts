/**
 * `targeting_spec`, the object a Smart+ ad group nests its targeting in, with
 * the field names of [SDK] smart_plus_adgroup_create.yml. Every field is
 * optional: which ones TikTok honours depends on `targeting_optimization_mode`
 * (./targeting-modes.ts).
 */
import { z } from 'zod'
import {
  AGE_GROUPS,
  APP_TARGETING_TYPES,
  GENDERS,
  HOUSEHOLD_INCOMES,
  NETWORK_TYPES,
  OPERATING_SYSTEMS,
  SPC_AUDIENCE_AGES,
  SPENDING_POWERS,
} from '../enums'
import { ActionTargetingSchema } from '../entity-schemas'

const ids = z.array(z.string().max(64))

export const TargetingSpecSchema = z
  .object({
    // Hard controls: honoured in both modes.
    /** GeoNames ids, as on manual ad groups. */
    location_ids: z
      .array(z.string().regex(/^\d{1,12}$/, 'Location ids are GeoNames numbers.'))
      .max(10_000)
      .optional(),
    zipcode_ids: ids.optional(),
    /** The age floor in AUTOMATIC mode. */
    spc_audience_age: z.enum(SPC_AUDIENCE_AGES).optional(),
    languages: z.array(z.string().max(16)).optional(),
    operating_systems: z.array(z.enum(OPERATING_SYSTEMS)).optional(),
    excluded_audience_ids: ids.optional(),
    // Suggestions in AUTOMATIC mode (with suggestion_audience_enabled), hard targeting in MANUAL.
    age_groups: z.array(z.enum(AGE_GROUPS)).optional(),
    gender: z.enum(GENDERS).optional(),
    audience_ids: ids.optional(),
    interest_category_ids: ids.optional(),
    interest_keyword_ids: ids.optional(),
    purchase_intention_keyword_ids: ids.optional(),
    actions: z.array(ActionTargetingSchema).optional(),
    // MANUAL only.
    saved_audience_id: z.string().max(64).optional(),
    network_types: z.array(z.enum(NETWORK_TYPES)).optional(),
    device_price_ranges: z.array(z.number().int().nonnegative()).optional(),
    device_model_ids: ids.optional(),
    carrier_ids: ids.optional(),
    isp_ids: ids.optional(),
    min_android_version: z.string().max(16).optional(),
    min_ios_version: z.string().max(16).optional(),
    spending_power: z.enum(SPENDING_POWERS).optional(),
    household_income: z.array(z.enum(HOUSEHOLD_INCOMES)).optional(),
    included_pangle_audience_package_ids: ids.optional(),
    excluded_pangle_audience_package_ids: ids.optional(),
    blocked_pangle_app_ids: ids.optional(),
    app_targeting_type: z.enum(APP_TARGETING_TYPES).optional(),
    smart_audience_enabled: z.boolean().optional(),
    smart_interest_behavior_enabled: z.boolean().optional(),
  })
  .strict()
export type TargetingSpec = z.infer<typeof TargetingSpecSchema>
export type TargetingSpecField = keyof TargetingSpec
