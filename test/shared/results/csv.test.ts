import { describe, expect, it } from 'vitest'
import { toCsv } from '#shared/results/csv'

describe('CSV', () => {
  it('quotes separators, quotes and line breaks, and leaves numbers plain', () => {
    expect(
      toCsv(
        ['Name', 'Spend (USD)'],
        [
          ['Trail, "Spring"', 12.5],
          ['two\nlines', -3],
          ['empty', null],
        ],
      ),
    ).toBe('Name,Spend (USD)\r\n"Trail, ""Spring""",12.5\r\n"two\nlines",-3\r\nempty,\r\n')
  })

  it('keeps text that looks like a formula from running in a spreadsheet', () => {
    expect(toCsv(['Name'], [['=HYPERLINK("x")'], ['@cmd'], ['-1']])).toBe('Name\r\n"\'=HYPERLINK(""x"")"\r\n"\'@cmd"\r\n"\'-1"\r\n')
  })
})
