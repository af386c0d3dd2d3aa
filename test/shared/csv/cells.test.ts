import { describe, expect, it } from 'vitest'
import { decodeCell, encodeCell } from '#shared/domain/csv/cells'

describe('CSV cells', () => {
  it('encode lists with “;”, actions as JSON and absent values as empty cells', () => {
    expect(encodeCell(['AGE_18_24', 'AGE_25_34'], 'list')).toBe('AGE_18_24;AGE_25_34')
    expect(encodeCell([150, 1000], 'number-list')).toBe('150;1000')
    expect(encodeCell([], 'json')).toBe('')
    expect(encodeCell([{ action_period: 7 }], 'json')).toBe('[{"action_period":7}]')
    expect(encodeCell(undefined, 'number')).toBe('')
    expect(encodeCell(false, 'boolean')).toBe('false')
  })

  it('decode empty cells by what the field needs', () => {
    expect(decodeCell('', 'text', false)).toEqual({ ok: true, value: '' })
    expect(decodeCell('', 'text', true)).toEqual({ ok: true, value: undefined })
    expect(decodeCell(' ', 'enum', false)).toEqual({ ok: true, value: undefined })
    expect(decodeCell('', 'list', false)).toEqual({ ok: true, value: [] })
    expect(decodeCell('', 'list', true)).toEqual({ ok: true, value: undefined })
    expect(decodeCell('', 'json', false)).toEqual({ ok: true, value: [] })
  })

  it('keep text as written but trim other cells and list entries', () => {
    expect(decodeCell('  Spring ', 'text', false)).toEqual({ ok: true, value: '  Spring ' })
    expect(decodeCell(' WIFI ; 4G ;', 'list', false)).toEqual({ ok: true, value: ['WIFI', '4G'] })
    expect(decodeCell(' 12.5 ', 'number', true)).toEqual({ ok: true, value: 12.5 })
  })

  it('refuse values that are not what the column holds', () => {
    expect(decodeCell('TRUE', 'boolean', true)).toEqual({ ok: true, value: true })
    expect(decodeCell('yes', 'boolean', true)).toEqual({ ok: false, message: 'must be true or false (it is “yes”).' })
    expect(decodeCell('12,5', 'number', true).ok).toBe(false)
    expect(decodeCell('150;abc', 'number-list', false).ok).toBe(false)
  })

  it('read decimal numbers only: hex, exponents and Infinity are refused, saying decimals only', () => {
    expect(decodeCell('-12.50', 'number', true)).toEqual({ ok: true, value: -12.5 })
    expect(decodeCell('.5', 'number', true)).toEqual({ ok: true, value: 0.5 })
    for (const cell of ['0x10', '1e3', 'Infinity', '0b11', '1_000', '12.']) {
      const decoded = decodeCell(cell, 'number', true)
      expect(decoded).toEqual({ ok: false, message: expect.stringContaining('decimal') })
      expect(decoded.ok ? '' : decoded.message).toContain(cell)
    }
    expect(decodeCell('150;0x10', 'number-list', false)).toEqual({ ok: false, message: expect.stringContaining('decimal') })
    expect(decodeCell('{', 'json', false).ok).toBe(false)
  })
})
