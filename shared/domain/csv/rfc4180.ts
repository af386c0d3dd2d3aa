/**
 * CSV text ⇄ rows of cells, per RFC 4180: comma-separated, fields with a comma,
 * quote or line break quoted, quotes doubled, CRLF between records. Reading
 * also accepts LF-only files and a UTF-8 byte order mark, as spreadsheets write them.
 */

export type CsvReadResult = { ok: true; records: string[][] } | { ok: false; record: number; message: string }

export function readCsv(text: string): CsvReadResult {
  const records: string[][] = []
  let record: string[] = []
  let cell = ''
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0
  const n = text.length
  let quoted = false
  while (i < n) {
    const ch = text[i]!
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"'
          i += 2
          continue
        }
        quoted = false
        i++
        continue
      }
      // Copy up to the next quote in one step: quoted text is often long.
      const next = text.indexOf('"', i)
      if (next === -1) return { ok: false, record: records.length + 1, message: 'a quoted cell is never closed (a " is missing).' }
      cell += text.slice(i, next)
      i = next
      continue
    }
    if (ch === '"' && cell === '') {
      quoted = true
      i++
    } else if (ch === ',') {
      record.push(cell)
      cell = ''
      i++
    } else if (ch === '\r' || ch === '\n') {
      record.push(cell)
      records.push(record)
      record = []
      cell = ''
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1
    } else {
      cell += ch
      i++
    }
  }
  if (quoted) return { ok: false, record: records.length + 1, message: 'a quoted cell is never closed (a " is missing).' }
  // A last record without a line break at the end of the file.
  if (cell !== '' || record.length > 0) {
    record.push(cell)
    records.push(record)
  }
  return { ok: true, records }
}

const NEEDS_QUOTES = /[",\r\n]/

export const csvCell = (value: string) => (NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value)

export function writeCsv(records: readonly (readonly string[])[]): string {
  let out = ''
  for (const record of records) out += `${record.map(csvCell).join(',')}\r\n`
  return out
}
