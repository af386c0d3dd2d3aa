import { describe, expect, it } from 'vitest'
import { readCsv, writeCsv } from '#shared/domain/csv/rfc4180'

const records = (text: string) => {
  const r = readCsv(text)
  if (!r.ok) throw new Error(r.message)
  return r.records
}

describe('RFC 4180 reading and writing', () => {
  it('quotes only cells that need it, doubles quotes, ends records with CRLF', () => {
    expect(writeCsv([['a', 'b,c', 'say "hi"', 'two\nlines', '']])).toBe('a,"b,c","say ""hi""","two\nlines",\r\n')
  })

  it('reads back what it writes, including quoted line breaks and empty cells', () => {
    const rows = [
      ['id', 'name', 'note'],
      ['1', 'Café, “Tokyo”', 'line 1\r\nline 2'],
      ['2', '', '"quoted"'],
    ]
    expect(records(writeCsv(rows))).toEqual(rows)
  })

  it('guards text that starts like a formula with an apostrophe, leaves numbers alone, and reads the text back', () => {
    expect(writeCsv([['=1+1', '@x', '-x', 'a=b', -3, "'plain"]])).toBe('"\'=1+1","\'@x","\'-x",a=b,-3,\'plain\r\n')
    const rows = [['=1+1', '@x', "'+x", "''-x", "'plain", '']]
    expect(records(writeCsv(rows))).toEqual(rows)
  })

  it('accepts LF-only files, a byte order mark and a missing final line break', () => {
    expect(records('\uFEFFa,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ])
    expect(records('a,b\r\n1,2\r\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ])
  })

  it('reports an unclosed quote with its record number', () => {
    expect(readCsv('a,b\r\n1,"open\r\n2,3\r\n')).toEqual({ ok: false, record: 2, message: 'a quoted cell is never closed (a " is missing).' })
  })
})
