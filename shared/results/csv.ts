import { csvLine, type CsvValue } from '../domain/csv/rfc4180'

/** CSV as spreadsheets read it: comma-separated, CRLF lines, RFC 4180 quoting and formula guard (rfc4180.ts owns both). */
export function toCsv(header: string[], rows: CsvValue[][]): string {
  return `${[header, ...rows].map(csvLine).join('\r\n')}\r\n`
}
