import { describe, expect, it } from 'vitest'
import { changedFields, sameEntity, sameValue } from '#shared/domain/entity-equality'
import { adgroup, campaign } from '../helpers/account-fixtures'

describe('entity equality', () => {
  it('ignores key order, at the top level and inside nested objects', () => {
    const a = adgroup('1', '9')
    const reordered = Object.fromEntries(Object.entries(a).reverse()) as typeof a
    expect(sameEntity(a, reordered)).toBe(true)
    expect(sameValue({ x: 1, y: { p: [1, 2], q: 'z' } }, { y: { q: 'z', p: [1, 2] }, x: 1 })).toBe(true)
  })

  it('treats a key holding undefined as absent, as JSON and the stored copy do', () => {
    const c = campaign('1')
    const { budget: _b, ...withoutBudget } = { ...c, budget: 5 }
    expect(sameEntity({ ...withoutBudget, budget: undefined }, withoutBudget)).toBe(true)
    expect(sameValue({ a: undefined }, {})).toBe(true)
    expect(sameValue({ a: undefined, b: 1 }, { c: undefined, b: 1 })).toBe(true)
    expect(sameValue({ a: 1 }, { b: 1 })).toBe(false)
  })

  it('compares arrays by value and in order', () => {
    expect(sameValue(['6252001', '2635167'], ['6252001', '2635167'])).toBe(true)
    expect(sameValue(['2635167', '6252001'], ['6252001', '2635167'])).toBe(false)
    expect(sameValue([1], [1, 1])).toBe(false)
    expect(sameValue([], {})).toBe(false)
    expect(sameValue([{ a: 1, b: 2 }], [{ b: 2, a: 1 }])).toBe(true)
  })

  it('tells values of different types apart and null from absent', () => {
    expect(sameValue(1, '1')).toBe(false)
    expect(sameValue(0, false)).toBe(false)
    expect(sameValue(null, undefined)).toBe(false)
    expect(sameValue({ a: null }, {})).toBe(false)
    expect(sameValue(Number.NaN, Number.NaN)).toBe(true)
    expect(sameEntity(null, undefined)).toBe(true)
    expect(sameEntity(campaign('1'), null)).toBe(false)
  })

  it('finds a changed field by value, and any field present on one side only', () => {
    const base = campaign('1', { budget: 10 })
    expect(changedFields(campaign('1', { budget: 10 }), base)).toEqual([])
    expect(changedFields({ ...base, budget: 11, special_industries: [] }, base)).toEqual(['budget', 'special_industries'])
    expect(changedFields({ ...base, budget: undefined }, base)).toEqual(['budget'])
  })
})
