import type { AccountEntities } from '../validation'
import { encodeCell } from './cells'
import { ADGROUP_COLUMNS, CAMPAIGN_COLUMNS, COLUMNS } from './columns'
import { csvLine } from './rfc4180'

/**
 * The account's campaigns and ad groups as CSV: a header row, then one row per
 * ad group (a campaign without ad groups gets one row with empty ad-group
 * cells), in the account's order. Ads are not included: the plan file (JSON)
 * carries them. Ad groups whose campaign is missing cannot be placed and are left out.
 */
export function exportAccountCsv(account: AccountEntities): string {
  const byCampaign = new Map<string, AccountEntities['adgroups'][number][]>()
  for (const ag of account.adgroups) {
    const list = byCampaign.get(ag.campaign_id)
    if (list) list.push(ag)
    else byCampaign.set(ag.campaign_id, [ag])
  }
  // Each campaign's cells are encoded once and shared by all its rows.
  const emptyAdgroup = csvLine(ADGROUP_COLUMNS.map(() => ''))
  const lines: string[] = [csvLine(COLUMNS.map((c) => c.name))]
  for (const campaign of account.campaigns) {
    const source = campaign as unknown as Record<string, unknown>
    const campaignPart = csvLine(CAMPAIGN_COLUMNS.map((c) => encodeCell(source[c.field], c.kind)))
    const adgroups = byCampaign.get(campaign.campaign_id) ?? []
    if (adgroups.length === 0) lines.push(`${campaignPart},${emptyAdgroup}`)
    for (const ag of adgroups) {
      const agSource = ag as unknown as Record<string, unknown>
      lines.push(`${campaignPart},${csvLine(ADGROUP_COLUMNS.map((c) => encodeCell(agSource[c.field], c.kind)))}`)
    }
  }
  return `${lines.join('\r\n')}\r\n`
}
