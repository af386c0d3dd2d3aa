/** CSV as spreadsheets read it: comma-separated, CRLF lines, RFC 4180 quoting. */
type Cell = string | number | null

function cell(v: Cell): string {
  const text = v === null ? '' : String(v)
  // A leading = + - @ would run as a formula in Excel; a leading quote mark makes it text. Negative numbers stay numbers.
  const guarded = typeof v === 'string' && /^[=+\-@]/.test(text) ? `'${text}` : text
  return /[",\n\r]/.test(guarded) || guarded !== text ? `"${guarded.replace(/"/g, '""')}"` : guarded
}

export function toCsv(header: string[], rows: Cell[][]): string {
  return `${[header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`
}
