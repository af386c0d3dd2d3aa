/**
 * The file an asynchronous report task produces (CSV, the header naming TikTok's fields when title translation is
 * off) read back into the rows the synchronous report answers with, so one parser (report-rows.ts) reads both.
 */
import { readCsv } from '../domain/csv/rfc4180'
import { ReportFormatError, type ApiReportRow } from './report-rows'

/** `dimensions` are the ones the task was created with; every other column is a metric. */
export function reportFileRows(csv: string, dimensions: readonly string[]): ApiReportRow[] {
  const read = readCsv(csv)
  if (!read.ok) throw new ReportFormatError(`The report file is not valid CSV (record ${read.record}: ${read.message})`)
  const [header, ...records] = read.records
  if (!header) return []
  const missing = dimensions.filter((d) => !header.includes(d))
  // Translated titles ("Ad ID") would land here: a task created without enable_report_title_translation: false.
  if (missing.length > 0)
    throw new ReportFormatError(`The report file has no ${missing.join(', ')} column (its header: ${header.slice(0, 6).join(', ')})`)
  const isDimension = header.map((h) => dimensions.includes(h))
  return records
    .filter((r) => !(r.length === 1 && r[0] === ''))
    .map((r, i) => {
      if (r.length !== header.length)
        throw new ReportFormatError(`Row ${i + 2} of the report file has ${r.length} cells, the header ${header.length}`)
      const row: ApiReportRow = { dimensions: {}, metrics: {} }
      header.forEach((h, c) => ((isDimension[c] ? row.dimensions : row.metrics)[h] = r[c]!))
      return row
    })
}
