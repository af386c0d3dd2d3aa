/**
 * The account CSV's Upgraded Smart+ columns. A Smart+ row uses the manual
 * columns for the fields both families share (same TikTok field name, same
 * cell), and these columns for fields only Smart+ has. `targeting_spec` is
 * flattened into one `targeting_spec.<field>` column per field, so a buyer
 * edits the hard controls (location, age floor, language, OS, exclusions) as
 * plain cells; the prefix keeps them apart from the manual ad group's
 * targeting columns of the same name, which a Smart+ row leaves empty.
 */
import type { z } from 'zod'
import { SmartPlusAdGroupSchema } from '../smart-plus/adgroup-schema'
import { SmartPlusCampaignSchema } from '../smart-plus/campaign-schema'
import { TargetingSpecSchema } from '../smart-plus/targeting-spec-schema'
import { ADGROUP_COLUMNS, CAMPAIGN_COLUMNS, type CellKind, type Column } from './columns'

/** The column that says which family a row is: empty or MANUAL for manual, UPGRADED_SMART_PLUS for Smart+. */
export const AUTOMATION_COLUMN = 'campaign_automation_type'
/** Values the column takes; SMART_PLUS (TikTok's older, read-only kind) rides on manual rows as it does in the store. */
export const MANUAL_AUTOMATION_TYPES = ['', 'MANUAL', 'SMART_PLUS'] as const

/** Smart+ campaign fields without a manual column; app_id and request_id are prefixed as the ad group has them too. */
const SP_CAMPAIGN_ONLY: Record<string, [name: string, kind: CellKind]> = {
  sales_destination: ['sales_destination', 'enum'],
  app_id: ['campaign_app_id', 'text'],
  po_number: ['po_number', 'text'],
  smart_plus_adgroup_mode: ['smart_plus_adgroup_mode', 'enum'],
  request_id: ['campaign_request_id', 'text'],
}
const SP_ADGROUP_ONLY: Record<string, CellKind> = {
  targeting_optimization_mode: 'enum',
  suggestion_audience_enabled: 'boolean',
  roas_bid: 'number',
  click_attribution_window: 'enum',
  view_attribution_window: 'enum',
  engaged_view_attribution_window: 'enum',
  attribution_event_count: 'enum',
  request_id: 'text',
}
/** Hard controls first (honoured in both targeting modes), in the schema's order after them. */
const TARGETING_KINDS: Record<string, CellKind> = {
  location_ids: 'list',
  zipcode_ids: 'list',
  spc_audience_age: 'enum',
  languages: 'list',
  operating_systems: 'list',
  excluded_audience_ids: 'list',
  age_groups: 'list',
  gender: 'enum',
  audience_ids: 'list',
  interest_category_ids: 'list',
  interest_keyword_ids: 'list',
  purchase_intention_keyword_ids: 'list',
  actions: 'json',
  saved_audience_id: 'text',
  network_types: 'list',
  device_price_ranges: 'number-list',
  device_model_ids: 'list',
  carrier_ids: 'list',
  isp_ids: 'list',
  min_android_version: 'text',
  min_ios_version: 'text',
  spending_power: 'enum',
  household_income: 'list',
  included_pangle_audience_package_ids: 'list',
  excluded_pangle_audience_package_ids: 'list',
  blocked_pangle_app_ids: 'list',
  app_targeting_type: 'enum',
  smart_audience_enabled: 'boolean',
  smart_interest_behavior_enabled: 'boolean',
}
export const TARGETING_PREFIX = 'targeting_spec.'

const isOptional = (schema: z.ZodObject, field: string) => schema.shape[field]!.safeParse(undefined).success
/** No Smart+ column is required in the header: a file written before Smart+ has none of them. */
const column = (schema: z.ZodObject, entity: Column['entity'], field: string, name: string, kind: CellKind, prefix = ''): Column => ({
  name,
  entity,
  field: `${prefix}${field}`,
  kind,
  optional: isOptional(schema, field),
  required: false,
})

const inSchema = (schema: z.ZodObject) => (c: Column) => c.field in schema.shape
/** Smart+-only columns, as they follow the manual ones in the header. */
export const SP_CAMPAIGN_ONLY_COLUMNS: readonly Column[] = Object.entries(SP_CAMPAIGN_ONLY).map(([field, [name, kind]]) =>
  column(SmartPlusCampaignSchema, 'campaign', field, name, kind),
)
export const SP_ADGROUP_ONLY_COLUMNS: readonly Column[] = [
  ...Object.entries(SP_ADGROUP_ONLY).map(([field, kind]) => column(SmartPlusAdGroupSchema, 'adgroup', field, field, kind)),
  ...Object.entries(TARGETING_KINDS).map(([field, kind]) =>
    column(TargetingSpecSchema, 'adgroup', field, `${TARGETING_PREFIX}${field}`, kind, TARGETING_PREFIX),
  ),
]
/** Every column a Smart+ campaign / ad group reads: the shared manual ones (with Smart+ optionality), then its own. */
export const SP_CAMPAIGN_COLUMNS: readonly Column[] = [
  ...CAMPAIGN_COLUMNS.filter(inSchema(SmartPlusCampaignSchema)).map((c) => ({ ...c, optional: isOptional(SmartPlusCampaignSchema, c.field) })),
  ...SP_CAMPAIGN_ONLY_COLUMNS,
]
export const SP_ADGROUP_COLUMNS: readonly Column[] = [
  ...ADGROUP_COLUMNS.filter(inSchema(SmartPlusAdGroupSchema)).map((c) => ({ ...c, optional: isOptional(SmartPlusAdGroupSchema, c.field) })),
  ...SP_ADGROUP_ONLY_COLUMNS,
]
/** Columns one family has and the other must leave empty, for the mixed-row errors. */
export const MANUAL_ONLY_ADGROUP_COLUMNS = ADGROUP_COLUMNS.filter((c) => !inSchema(SmartPlusAdGroupSchema)(c))
export const MANUAL_ONLY_CAMPAIGN_COLUMNS = CAMPAIGN_COLUMNS.filter((c) => !inSchema(SmartPlusCampaignSchema)(c))
