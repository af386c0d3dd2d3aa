/**
 * The one header every account CSV has: manual and Upgraded Smart+ rows share it
 * (docs/csv-format.md says why). Campaign columns first — campaign_automation_type
 * third, after the id and name, so a buyer sees each row's family at a glance —
 * then the ad group's; each block's Smart+-only columns follow its manual ones.
 */
import { ADGROUP_COLUMNS, CAMPAIGN_COLUMNS } from './columns'
import { AUTOMATION_COLUMN, SP_ADGROUP_ONLY_COLUMNS, SP_CAMPAIGN_ONLY_COLUMNS } from './smart-plus-columns'

const [campaignId, campaignName, ...campaignRest] = CAMPAIGN_COLUMNS.map((c) => c.name)
export const CAMPAIGN_HEADER: readonly string[] = [
  campaignId!,
  campaignName!,
  AUTOMATION_COLUMN,
  ...campaignRest,
  ...SP_CAMPAIGN_ONLY_COLUMNS.map((c) => c.name),
]
export const ADGROUP_HEADER: readonly string[] = [...ADGROUP_COLUMNS, ...SP_ADGROUP_ONLY_COLUMNS].map((c) => c.name)
export const HEADER: readonly string[] = [...CAMPAIGN_HEADER, ...ADGROUP_HEADER]
export const KNOWN_COLUMNS: ReadonlySet<string> = new Set(HEADER)
