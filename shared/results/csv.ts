import { csvLine, type CsvValue } from '../domain/csv/rfc4180'

/**
 * CSV as spreadsheets read it (comma-separated, CRLF lines; RFC 4180 quoting and the formula guard are
 * rfc4180.ts's), and the one place that decides how a Results figure is written in a CSV: rounded as the
 * page's tables show it, with its unit in the heading, so an export never carries float noise
 * (582.4300000000001) or a bare fraction for a percentage.
 */
type Cell = CsvValue

/** How a figure is read: money in the account currency, a whole count, a multiple (ROAS), a share (CTR). */
export type ValueKind = 'money' | 'count' | 'ratio' | 'percent'

export function toCsv(header: string[], rows: Cell[][]): string {
  return `${[header, ...rows].map(csvLine).join('\r\n')}\r\n`
}

/** The currency's minor units (2 for USD, 0 for JPY); 2 when unknown. */
export function moneyDigits(currency: string | null): number {
  if (!currency) return 2
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
  } catch {
    return 2
  }
}

const round = (n: number, digits: number) => {
  const r = Number(n.toFixed(digits))
  // -0 would be written as 0 anyway; keep the file free of "-0" from tiny negative noise.
  return Object.is(r, -0) ? 0 : r
}

/** A figure as the table shows it: money to the currency's minor unit, percentages as percent with 2 decimals, ratios with 2. */
export function csvValue(kind: ValueKind, n: number | null, currency: string | null): number | null {
  if (n === null || !Number.isFinite(n)) return null
  if (kind === 'money') return round(n, moneyDigits(currency))
  if (kind === 'percent') return round(n * 100, 2)
  if (kind === 'ratio') return round(n, 2)
  return Math.round(n)
}

/** A column heading with its unit: `Spend (USD)`, `CTR (%)`, `ROAS (×)`; a label that already has a parenthesis gets the unit inside it. */
export function csvHeading(label: string, kind: ValueKind, currency: string | null): string {
  const unit = kind === 'money' ? currency : kind === 'percent' ? '%' : kind === 'ratio' ? '×' : null
  if (!unit) return label
  return label.endsWith(')') ? `${label.slice(0, -1)}, ${unit})` : `${label} (${unit})`
}

/** A column of an exported table: text (a date, a name, an id) or a figure of some kind. */
export type CsvColumn<T> =
  { heading: string; text: (row: T) => string | number | null } | { heading: string; kind: ValueKind; value: (row: T) => number | null }

/** Headings and rows for toCsv, every figure rounded and labelled by csvValue and csvHeading. */
export function csvTable<T>(columns: Array<CsvColumn<T>>, rows: T[], currency: string | null): { header: string[]; rows: Cell[][] } {
  return {
    header: columns.map((c) => ('kind' in c ? csvHeading(c.heading, c.kind, currency) : c.heading)),
    rows: rows.map((r) => columns.map((c) => ('kind' in c ? csvValue(c.kind, c.value(r), currency) : c.text(r)))),
  }
}
