import type { AdGroup, Campaign } from '../entities'
import { AdGroupSchema, CampaignSchema } from '../entity-schemas'
import { emptyParseResult, type ImportOptions, type ImportParseResult } from '../import-result'
import { withTikTokDefaults } from '../plan/tiktok-defaults'
import { currentAdGroupValues } from '../retired-values'
import { SmartPlusAdGroupSchema, type SmartPlusAdGroup } from '../smart-plus/adgroup-schema'
import { SmartPlusCampaignSchema, type SmartPlusCampaign } from '../smart-plus/campaign-schema'
import { SMART_PLUS_AUTOMATION_TYPE } from '../smart-plus/common'
import { buildEntity, entityLabel as label } from './build-entity'
import { ADGROUP_COLUMNS, CAMPAIGN_COLUMNS, COLUMNS, type Column } from './columns'
import { KNOWN_COLUMNS } from './header'
import { readCsv } from './rfc4180'
import {
  AUTOMATION_COLUMN,
  MANUAL_AUTOMATION_TYPES,
  MANUAL_ONLY_ADGROUP_COLUMNS,
  MANUAL_ONLY_CAMPAIGN_COLUMNS,
  SP_ADGROUP_COLUMNS,
  SP_ADGROUP_ONLY_COLUMNS,
  SP_CAMPAIGN_COLUMNS,
  SP_CAMPAIGN_ONLY_COLUMNS,
  TARGETING_PREFIX,
} from './smart-plus-columns'

/** A campaign as first met in the file; later rows of the same campaign must repeat its cells. */
interface CampaignEntry {
  row: number
  cells: string[]
  smartPlus: boolean
  /** Undefined when the campaign has errors: its ad-group rows are then skipped. */
  id: string | undefined
}

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '')
const filled = (cols: readonly Column[], cellOf: (c: Column) => string) => cols.filter((c) => cellOf(c).trim() !== '').map((c) => c.name)
const ALL_CAMPAIGN = [...CAMPAIGN_COLUMNS, ...SP_CAMPAIGN_ONLY_COLUMNS]
const ALL_ADGROUP = [...ADGROUP_COLUMNS, ...SP_ADGROUP_ONLY_COLUMNS]
const AUTOMATION_VALUES = [...MANUAL_AUTOMATION_TYPES, SMART_PLUS_AUTOMATION_TYPE] as readonly string[]
const spName = (name: string) => `${TARGETING_PREFIX}${name}`

/**
 * Reads an account CSV (see docs/csv-format.md). Rows are numbered as in a
 * spreadsheet: the header is row 1, so the first data row is row 2. Rows of
 * the same campaign (same campaign_id, or same campaign_name when the id is
 * empty) must agree on every campaign column. Valid rows are returned even
 * when others have errors.
 */
export function parseAccountCsv(text: string, opts: ImportOptions): ImportParseResult {
  const result = emptyParseResult()
  const read = readCsv(text)
  if (!read.ok) {
    result.errors.push({ row: read.record, field: '', message: `Row ${read.record}: ${read.message} The file cannot be read past it.` })
    return result
  }
  const [header, ...data] = read.records
  if (!header || isBlank(header)) {
    result.errors.push({ row: 1, field: '', message: 'The file is empty: it needs a header row with the column names, then one row per ad group.' })
    return result
  }

  const index = new Map<string, number>()
  const unknown: string[] = []
  header.forEach((raw, i) => {
    const name = raw.trim()
    if (!KNOWN_COLUMNS.has(name)) unknown.push(name || `(unnamed column ${i + 1})`)
    else if (index.has(name)) result.errors.push({ row: 1, field: name, message: `Column ${name} appears twice; keep one.` })
    else index.set(name, i)
  })
  if (unknown.length > 0)
    result.errors.push({
      row: 1,
      field: unknown.join(', '),
      message: `Unknown column${unknown.length === 1 ? '' : 's'} ${unknown.join(', ')}: not imported. Columns are named after TikTok's fields; check the spelling.`,
    })
  const missing = COLUMNS.filter((c) => c.required && !index.has(c.name)).map((c) => c.name)
  const rows = data.map((cells, i) => ({ cells, row: i + 2 })).filter((r) => !isBlank(r.cells))
  result.totalRows = rows.length
  if (missing.length > 0) {
    result.errors.push({
      row: 1,
      field: missing.join(', '),
      message: `Required column${missing.length === 1 ? '' : 's'} missing: ${missing.join(', ')}. No row can be read without ${missing.length === 1 ? 'it' : 'them'}.`,
    })
    return result
  }

  const at = (name: string) => index.get(name) ?? -1
  const campaigns = new Map<string, CampaignEntry>()
  const adgroupIds = new Set<string>()
  const automationAt = at(AUTOMATION_COLUMN)
  // Where each column object sits in the file (-1: absent), looked up once rather than by name per cell.
  const positions = new Map<Column, number>()
  for (const c of [...ALL_CAMPAIGN, ...ALL_ADGROUP, ...SP_CAMPAIGN_COLUMNS, ...SP_ADGROUP_COLUMNS]) positions.set(c, at(c.name))

  for (const { cells, row } of rows) {
    const fail = (field: string, message: string) => result.errors.push({ row, field, message })
    if (cells.length !== header.length) {
      fail('', `Row ${row} has ${cells.length} cells where the header has ${header.length}; look for a stray comma or an unquoted line break.`)
      continue
    }
    const cellOf = (c: Column) => {
      const i = positions.get(c) ?? -1
      const cell = i < 0 ? '' : (cells[i] ?? '')
      return c.kind === 'text' ? cell : cell.trim()
    }
    const automation = automationAt < 0 ? '' : (cells[automationAt] ?? '').trim()
    const campaignCells = [...ALL_CAMPAIGN.map(cellOf), automation]
    const campaignName = cellOf(CAMPAIGN_COLUMNS[1]!)
    const idCell = campaignCells[0]!.trim()
    const key = idCell ? `id:${idCell}` : `name:${campaignName}`
    let entry = campaigns.get(key)
    if (!entry) {
      const smartPlus = automation === SMART_PLUS_AUTOMATION_TYPE
      const id = idCell || opts.newId()
      entry = { row, cells: campaignCells, smartPlus, id: undefined }
      campaigns.set(key, entry)
      const who = label(smartPlus ? 'Smart+ campaign' : 'Campaign', campaignName)
      const foreign = filled(smartPlus ? MANUAL_ONLY_CAMPAIGN_COLUMNS : SP_CAMPAIGN_ONLY_COLUMNS, cellOf)
      if (!AUTOMATION_VALUES.includes(automation)) {
        fail(
          AUTOMATION_COLUMN,
          `${who}: ${AUTOMATION_COLUMN} must be empty or MANUAL for a manual campaign, or ${SMART_PLUS_AUTOMATION_TYPE} for an Upgraded Smart+ one (it is “${automation}”).`,
        )
        continue
      }
      if (foreign.length > 0) {
        fail(
          foreign.join(', '),
          smartPlus
            ? `${who}: ${foreign.join(', ')} ${foreign.length === 1 ? 'is a manual campaign column' : 'are manual campaign columns'}; an Upgraded Smart+ campaign leaves ${foreign.length === 1 ? 'it' : 'them'} empty.`
            : `${who}: ${foreign.join(', ')} ${foreign.length === 1 ? 'is an Upgraded Smart+ column' : 'are Upgraded Smart+ columns'}, but ${AUTOMATION_COLUMN} is not ${SMART_PLUS_AUTOMATION_TYPE}; set it for a Smart+ campaign, or empty ${foreign.length === 1 ? 'that cell' : 'those cells'}.`,
        )
        continue
      }
      const extra = { advertiser_id: opts.advertiserId, campaign_id: id }
      const built = smartPlus
        ? buildEntity<SmartPlusCampaign>({
            columns: SP_CAMPAIGN_COLUMNS,
            cellOf,
            extra: { ...extra, campaign_automation_type: SMART_PLUS_AUTOMATION_TYPE },
            schema: SmartPlusCampaignSchema,
            row,
            who,
            prepare: (c) => withTikTokDefaults('smart_plus_campaign', c),
          })
        : buildEntity<Campaign>({
            columns: CAMPAIGN_COLUMNS,
            cellOf,
            extra: automation ? { ...extra, campaign_automation_type: automation } : extra,
            schema: CampaignSchema,
            row,
            who,
          })
      result.errors.push(...built.errors)
      if (built.value) {
        if (smartPlus) result.smartPlusCampaigns.push(built.value as SmartPlusCampaign)
        else result.campaigns.push(built.value as Campaign)
        entry.id = id
      }
    } else {
      const first = entry
      const names = [...ALL_CAMPAIGN.map((c) => c.name), AUTOMATION_COLUMN]
      const differing = names.filter((_, i) => campaignCells[i] !== first.cells[i])
      if (differing.length > 0) {
        fail(
          differing.join(', '),
          `${label(first.smartPlus ? 'Smart+ campaign' : 'Campaign', campaignName)}: ${differing.join(', ')} differ${differing.length === 1 ? 's' : ''} from row ${first.row}, which describes the same campaign. Every row of a campaign must repeat the same campaign values.`,
        )
        continue
      }
    }
    if (entry.id === undefined) {
      if (entry.row !== row)
        fail(
          'campaign_id',
          `${label(entry.smartPlus ? 'Smart+ campaign' : 'Campaign', campaignName)} has errors on row ${entry.row}; this row is skipped until they are fixed.`,
        )
      continue
    }

    if (ALL_ADGROUP.every((c) => cellOf(c).trim() === '')) {
      // A campaign without ad groups.
      result.validRows++
      continue
    }
    const agName = cellOf(ADGROUP_COLUMNS[1]!)
    const who = label(entry.smartPlus ? 'Smart+ ad group' : 'Ad group', agName)
    const foreign = filled(entry.smartPlus ? MANUAL_ONLY_ADGROUP_COLUMNS : SP_ADGROUP_ONLY_COLUMNS, cellOf)
    if (foreign.length > 0) {
      const campaign = label(entry.smartPlus ? 'the Upgraded Smart+ campaign' : 'the manual campaign', campaignName)
      const these = foreign.length === 1 ? 'that cell' : 'those cells'
      const moved = foreign.filter((n) => KNOWN_COLUMNS.has(spName(n))).map(spName)
      fail(
        foreign.join(', '),
        entry.smartPlus
          ? `${who}: ${foreign.join(', ')} ${foreign.length === 1 ? 'is a manual ad group column' : 'are manual ad group columns'}, but the row is under ${campaign}.${moved.length > 0 ? ` A Smart+ ad group's targeting goes in ${moved.join(', ')}.` : ''} Empty ${these}, or put the ad group under a manual campaign.`
          : `${who}: ${foreign.join(', ')} ${foreign.length === 1 ? 'is an Upgraded Smart+ ad group column' : 'are Upgraded Smart+ ad group columns'}, but the row is under ${campaign}. A Smart+ ad group goes under a campaign whose ${AUTOMATION_COLUMN} is ${SMART_PLUS_AUTOMATION_TYPE}; or empty ${these}.`,
      )
      continue
    }
    const agId = cellOf(ADGROUP_COLUMNS[0]!).trim() || opts.newId()
    if (adgroupIds.has(agId)) {
      fail('adgroup_id', `${who}: adgroup_id ${agId} appears on an earlier row too; each ad group has one row.`)
      continue
    }
    adgroupIds.add(agId)
    const extra = { advertiser_id: opts.advertiserId, campaign_id: entry.id, adgroup_id: agId }
    if (entry.smartPlus) {
      const built = buildEntity<SmartPlusAdGroup>({
        columns: SP_ADGROUP_COLUMNS,
        cellOf,
        extra: { ...extra, campaign_automation_type: SMART_PLUS_AUTOMATION_TYPE },
        schema: SmartPlusAdGroupSchema,
        row,
        who,
        nested: ['targeting_spec'],
        prepare: (c) => withTikTokDefaults('smart_plus_adgroup', c),
      })
      result.errors.push(...built.errors)
      if (built.value) {
        result.smartPlusAdgroups.push(built.value)
        result.validRows++
      }
      continue
    }
    // Older files may say PAGE_VISITS: read it as TikTok's PAGE_VISIT (docs/csv-format.md).
    const built = buildEntity<AdGroup>({ columns: ADGROUP_COLUMNS, cellOf, extra, schema: AdGroupSchema, row, who, prepare: currentAdGroupValues })
    result.errors.push(...built.errors)
    if (built.value) {
      result.adgroups.push(built.value)
      result.validRows++
    }
  }
  return result
}
