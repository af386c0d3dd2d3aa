import { fieldsOf, type Entity, type EntitySet } from '../entity-kinds'
import { valueAt } from './build-entity'
import { encodeCell } from './cells'
import { ADGROUP_COLUMNS, CAMPAIGN_COLUMNS, type Column } from './columns'
import { ADGROUP_HEADER, CAMPAIGN_HEADER, HEADER } from './header'
import { AUTOMATION_COLUMN, SP_ADGROUP_COLUMNS, SP_CAMPAIGN_COLUMNS } from './smart-plus-columns'
import { csvLine, type CsvValue } from './rfc4180'

type Parented = Entity & { campaign_id: string }
type ListOf<K extends keyof EntitySet> = readonly EntitySet[K][number][]
/** What the CSV holds: campaigns and ad groups, manual ones required (older callers pass no Smart+ lists). */
export interface CsvAccount {
  campaigns: ListOf<'campaigns'>
  adgroups: ListOf<'adgroups'>
  smartPlusCampaigns?: ListOf<'smartPlusCampaigns'>
  smartPlusAdgroups?: ListOf<'smartPlusAdgroups'>
  /** Accepted and left out, so a whole account can be passed: ads travel in plan files. */
  ads?: readonly unknown[]
}

function groupByCampaign<T extends Parented>(items: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>()
  for (const item of items) {
    const list = map.get(item.campaign_id)
    if (list) list.push(item)
    else map.set(item.campaign_id, [item])
  }
  return map
}

/** One block of a row (campaign or ad group cells) in header order; columns the entity's family lacks stay empty. */
/** For each header name, the column that fills it (undefined: empty in this family), worked out once per family. */
const layouts = new WeakMap<readonly Column[], (Column | undefined)[]>()
function layoutOf(header: readonly string[], columns: readonly Column[]): (Column | undefined)[] {
  let layout = layouts.get(columns)
  if (!layout) {
    const byName = new Map(columns.map((c) => [c.name, c]))
    layouts.set(columns, (layout = header.map((name) => byName.get(name))))
  }
  return layout
}

/** One block of a row (campaign or ad group cells) in header order; columns the entity's family lacks stay empty. */
function block(header: readonly string[], columns: readonly Column[], entity: Entity, automation?: string): string {
  const source = fieldsOf(entity)
  const cells = layoutOf(header, columns).map((col, i): CsvValue => {
    if (header[i] === AUTOMATION_COLUMN) return automation ?? ''
    return col ? encodeCell(valueAt(source, col.field), col.kind) : ''
  })
  return csvLine(cells)
}

/**
 * The account's campaigns and ad groups as CSV: the header row, then one row per
 * ad group (a campaign without ad groups gets one row with empty ad-group
 * cells) — manual campaigns, then Upgraded Smart+ ones, each in the account's
 * order. Ads are not included: the plan file (JSON) carries them. Ad groups
 * whose campaign is missing cannot be placed and are left out.
 */
export function exportAccountCsv(account: CsvAccount): string {
  const lines: string[] = [csvLine(HEADER)]
  const emptyAdgroup = csvLine(ADGROUP_HEADER.map(() => ''))
  const rows = (campaignPart: string, adgroups: readonly Entity[], columns: readonly Column[]) => {
    if (adgroups.length === 0) lines.push(`${campaignPart},${emptyAdgroup}`)
    for (const ag of adgroups) lines.push(`${campaignPart},${block(ADGROUP_HEADER, columns, ag)}`)
  }
  // Each campaign's cells are encoded once and shared by all its rows.
  const manual = groupByCampaign(account.adgroups)
  for (const c of account.campaigns)
    rows(block(CAMPAIGN_HEADER, CAMPAIGN_COLUMNS, c, c.campaign_automation_type), manual.get(c.campaign_id) ?? [], ADGROUP_COLUMNS)
  const smartPlus = groupByCampaign(account.smartPlusAdgroups ?? [])
  for (const c of account.smartPlusCampaigns ?? [])
    rows(block(CAMPAIGN_HEADER, SP_CAMPAIGN_COLUMNS, c, c.campaign_automation_type), smartPlus.get(c.campaign_id) ?? [], SP_ADGROUP_COLUMNS)
  return `${lines.join('\r\n')}\r\n`
}
