/**
 * The account CSV's columns: one row per ad group, campaign columns first.
 * Names are TikTok's field names; the campaign's budget_mode, budget and
 * operation_status get a `campaign_` prefix because ad groups have the same fields.
 */
import type { z } from 'zod'
import { AdGroupSchema, CampaignSchema } from '../entity-schemas'

/** How a cell holds a value: lists are `;`-separated, behaviour targeting is a JSON cell. */
export type CellKind = 'text' | 'enum' | 'number' | 'boolean' | 'list' | 'number-list' | 'json'

export interface Column {
  name: string
  entity: 'campaign' | 'adgroup'
  field: string
  kind: CellKind
  /** The field may be absent: an empty cell means "not set". */
  optional: boolean
  /** The column must be in the file for it to be read. */
  required: boolean
}

const CAMPAIGN_KINDS: Record<string, CellKind> = {
  campaign_id: 'text',
  campaign_name: 'text',
  objective_type: 'enum',
  budget_mode: 'enum',
  budget: 'number',
  operation_status: 'enum',
  campaign_type: 'enum',
  special_industries: 'list',
  budget_optimize_on: 'boolean',
  app_promotion_type: 'enum',
}
const CAMPAIGN_PREFIXED = new Set(['budget_mode', 'budget', 'operation_status'])

const ADGROUP_KINDS: Record<string, CellKind> = {
  adgroup_id: 'text',
  adgroup_name: 'text',
  operation_status: 'enum',
  placement_type: 'enum',
  placements: 'list',
  location_ids: 'list',
  age_groups: 'list',
  gender: 'enum',
  languages: 'list',
  interest_category_ids: 'list',
  interest_keyword_ids: 'list',
  actions: 'json',
  operating_systems: 'list',
  network_types: 'list',
  device_price_ranges: 'number-list',
  audience_ids: 'list',
  excluded_audience_ids: 'list',
  included_pangle_audience_package_ids: 'list',
  excluded_pangle_audience_package_ids: 'list',
  budget_mode: 'enum',
  budget: 'number',
  schedule_type: 'enum',
  schedule_start_time: 'text',
  schedule_end_time: 'text',
  dayparting: 'text',
  promotion_type: 'enum',
  app_id: 'text',
  promotion_target_type: 'enum',
  optimization_goal: 'enum',
  billing_event: 'enum',
  bid_type: 'enum',
  bid_price: 'number',
  conversion_bid_price: 'number',
  pacing: 'enum',
  pixel_id: 'text',
  optimization_event: 'enum',
}

const isOptional = (schema: z.ZodObject, field: string) => schema.shape[field]!.safeParse(undefined).success
/** Ids may be left out (new entities) and lists may be left out (empty); every other required field needs its column. */
const needsColumn = (field: string, kind: CellKind, optional: boolean) =>
  !optional && !field.endsWith('_id') && kind !== 'list' && kind !== 'number-list' && kind !== 'json'

export const COLUMNS: readonly Column[] = [
  ...Object.entries(CAMPAIGN_KINDS).map(([field, kind]): Column => {
    const optional = isOptional(CampaignSchema, field)
    const name = CAMPAIGN_PREFIXED.has(field) ? `campaign_${field}` : field
    return { name, entity: 'campaign', field, kind, optional, required: needsColumn(field, kind, optional) }
  }),
  ...Object.entries(ADGROUP_KINDS).map(([field, kind]): Column => {
    const optional = isOptional(AdGroupSchema, field)
    return { name: field, entity: 'adgroup', field, kind, optional, required: needsColumn(field, kind, optional) }
  }),
]

export const CAMPAIGN_COLUMNS = COLUMNS.filter((c) => c.entity === 'campaign')
export const ADGROUP_COLUMNS = COLUMNS.filter((c) => c.entity === 'adgroup')
export const COLUMN_BY_NAME = new Map(COLUMNS.map((c) => [c.name, c]))
