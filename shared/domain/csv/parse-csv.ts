import type { z } from 'zod'
import type { ImportRowError } from '../account'
import type { AdGroup, Campaign } from '../entities'
import { AdGroupSchema, CampaignSchema } from '../entity-schemas'
import { emptyParseResult, type ImportOptions, type ImportParseResult } from '../import-result'
import { describeIssues, formatPath } from '../issue-messages'
import { currentAdGroupValues } from '../retired-values'
import { decodeCell } from './cells'
import { ADGROUP_COLUMNS, CAMPAIGN_COLUMNS, COLUMN_BY_NAME, COLUMNS, type Column } from './columns'
import { readCsv } from './rfc4180'

/** A campaign as first met in the file; later rows of the same campaign must repeat its cells. */
interface CampaignEntry {
  row: number
  cells: string[]
  /** Undefined when the campaign has errors: its ad-group rows are then skipped. */
  id: string | undefined
}

const label = (kind: string, name: unknown) => (typeof name === 'string' && name.trim() ? `${kind} “${name}”` : kind)
const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '')

/** Decodes one entity's cells and checks it against its schema; errors name the CSV column. */
function buildEntity<T>(
  columns: readonly Column[],
  cells: readonly string[],
  extra: Record<string, unknown>,
  schema: z.ZodType<T>,
  row: number,
  kind: string,
): { value?: T; errors: ImportRowError[] } {
  const errors: ImportRowError[] = []
  const candidate: Record<string, unknown> = {}
  // Both entities have their name in the second column (after the id).
  const who = label(kind, cells[1])
  columns.forEach((col, i) => {
    const decoded = decodeCell(cells[i] ?? '', col.kind, col.optional)
    if (!decoded.ok) errors.push({ row, field: col.name, message: `${who}: ${col.name} ${decoded.message}` })
    else if (decoded.value !== undefined) candidate[col.field] = decoded.value
  })
  if (errors.length > 0) return { errors }
  Object.assign(candidate, extra)
  // Older files may say PAGE_VISITS: read it as TikTok's PAGE_VISIT (docs/csv-format.md). Campaign cells never match.
  const parsed = schema.safeParse(currentAdGroupValues(candidate))
  if (parsed.success) return { value: parsed.data, errors }
  for (const issue of describeIssues(parsed.error, candidate)) {
    const field = String(issue.path[0] ?? '')
    const column = columns.find((c) => c.field === field)?.name ?? field
    errors.push({ row, field: column, message: `${who}: ${formatPath(column, issue.path.slice(1))} ${issue.message}` })
  }
  return { errors }
}

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
    if (!COLUMN_BY_NAME.has(name)) unknown.push(name || `(unnamed column ${i + 1})`)
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

  // Where each entity column sits in the file (-1: absent), looked up once rather than per row.
  const positions = (cols: readonly Column[]) => cols.map((c) => index.get(c.name) ?? -1)
  const campaignAt = positions(CAMPAIGN_COLUMNS)
  const adgroupAt = positions(ADGROUP_COLUMNS)
  const pick = (cells: readonly string[], at: readonly number[]) => at.map((i) => (i < 0 ? '' : (cells[i] ?? '')))
  const campaigns = new Map<string, CampaignEntry>()
  const adgroupIds = new Set<string>()

  for (const { cells, row } of rows) {
    const fail = (field: string, message: string) => result.errors.push({ row, field, message })
    if (cells.length !== header.length) {
      fail('', `Row ${row} has ${cells.length} cells where the header has ${header.length}; look for a stray comma or an unquoted line break.`)
      continue
    }
    const campaignCells = pick(cells, campaignAt).map((c, i) => (CAMPAIGN_COLUMNS[i]!.kind === 'text' ? c : c.trim()))
    const idCell = campaignCells[0]!.trim()
    const key = idCell ? `id:${idCell}` : `name:${campaignCells[1]}`
    let entry = campaigns.get(key)
    if (!entry) {
      const id = idCell || opts.newId()
      const built = buildEntity<Campaign>(
        CAMPAIGN_COLUMNS,
        campaignCells,
        { advertiser_id: opts.advertiserId, campaign_id: id },
        CampaignSchema,
        row,
        'Campaign',
      )
      result.errors.push(...built.errors)
      if (built.value) result.campaigns.push(built.value)
      entry = { row, cells: campaignCells, id: built.value ? id : undefined }
      campaigns.set(key, entry)
    } else {
      const first = entry
      const differing = CAMPAIGN_COLUMNS.filter((_, i) => campaignCells[i] !== first.cells[i]).map((c) => c.name)
      if (differing.length > 0) {
        fail(
          differing.join(', '),
          `${label('Campaign', campaignCells[1])}: ${differing.join(', ')} differ${differing.length === 1 ? 's' : ''} from row ${first.row}, which describes the same campaign. Every row of a campaign must repeat the same campaign values.`,
        )
        continue
      }
    }
    if (entry.id === undefined) {
      if (entry.row !== row)
        fail('campaign_id', `${label('Campaign', campaignCells[1])} has errors on row ${entry.row}; this row is skipped until they are fixed.`)
      continue
    }

    const adgroupCells = pick(cells, adgroupAt)
    if (isBlank(adgroupCells)) {
      // A campaign without ad groups.
      result.validRows++
      continue
    }
    const agId = adgroupCells[0]!.trim() || opts.newId()
    if (adgroupIds.has(agId)) {
      fail('adgroup_id', `${label('Ad group', adgroupCells[1])}: adgroup_id ${agId} appears on an earlier row too; each ad group has one row.`)
      continue
    }
    adgroupIds.add(agId)
    const built = buildEntity<AdGroup>(
      ADGROUP_COLUMNS,
      adgroupCells,
      { advertiser_id: opts.advertiserId, campaign_id: entry.id, adgroup_id: agId },
      AdGroupSchema,
      row,
      'Ad group',
    )
    result.errors.push(...built.errors)
    if (built.value) {
      result.adgroups.push(built.value)
      result.validRows++
    }
  }
  return result
}
