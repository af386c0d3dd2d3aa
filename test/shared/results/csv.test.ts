import { describe, expect, it } from 'vitest'
import { csvHeading, csvTable, csvValue, toCsv } from '#shared/results/csv'

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

describe('Results figures in CSV', () => {
  it('rounds money to the currency’s minor unit and rates as the table shows them', () => {
    expect(csvValue('money', 582.4300000000001, 'USD')).toBe(582.43)
    expect(csvValue('money', 1234.5678, 'JPY')).toBe(1235)
    expect(csvValue('money', 0.1 + 0.2, null)).toBe(0.3)
    expect(csvValue('percent', 0.012345, null)).toBe(1.23)
    expect(csvValue('ratio', 3.14159, null)).toBe(3.14)
    expect(csvValue('count', 41.6, null)).toBe(42)
    expect(csvValue('percent', null, null)).toBeNull()
    expect(csvValue('money', -0.001, 'USD')).toBe(0)
  })

  it('puts the unit in the heading, inside a parenthesis the label already has', () => {
    expect(csvHeading('Spend', 'money', 'EUR')).toBe('Spend (EUR)')
    expect(csvHeading('CTR', 'percent', 'EUR')).toBe('CTR (%)')
    expect(csvHeading('CTR (clicks ÷ impressions)', 'percent', null)).toBe('CTR (clicks ÷ impressions, %)')
    expect(csvHeading('ROAS', 'ratio', null)).toBe('ROAS (×)')
    expect(csvHeading('Clicks', 'count', 'USD')).toBe('Clicks')
    expect(csvHeading('Spend', 'money', null)).toBe('Spend')
  })

  it('builds a table whose text columns pass through and figures are rounded', () => {
    const t = csvTable<{ name: string; spend: number; ctr: number | null }>(
      [
        { heading: 'Name', text: (r) => r.name },
        { heading: 'Spend', kind: 'money', value: (r) => r.spend },
        { heading: 'CTR', kind: 'percent', value: (r) => r.ctr },
      ],
      [
        { name: 'A', spend: 582.4300000000001, ctr: 0.0123456 },
        { name: 'B', spend: 1, ctr: null },
      ],
      'USD',
    )
    expect(toCsv(t.header, t.rows)).toBe('Name,Spend (USD),CTR (%)\r\nA,582.43,1.23\r\nB,1,\r\n')
  })
})
