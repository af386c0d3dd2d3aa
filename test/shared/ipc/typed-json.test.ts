/** The browser bridge's JSON keeps typed arrays, as Electron's structured clone does. */
import { describe, expect, it } from 'vitest'
import { parseTyped, stringifyTyped } from '#shared/ipc/typed-json'

describe('typed JSON', () => {
  it('round-trips typed arrays (large, and views into a larger buffer) inside ordinary values', () => {
    const big = Float64Array.from({ length: 100_000 }, (_, i) => i * 0.25 - 7)
    const whole = Uint32Array.from({ length: 50 }, (_, i) => i * 1_000_003)
    const view = whole.subarray(10, 20)
    const value = { ok: true, value: { columns: { length: 3, values: big, day: view, flags: Uint8Array.of(0, 255) }, names: ['a'] } }
    const back = parseTyped(stringifyTyped(value)) as typeof value
    expect(back.value.columns.values).toBeInstanceOf(Float64Array)
    expect(back.value.columns.values).toEqual(big)
    expect(back.value.columns.day).toBeInstanceOf(Uint32Array)
    expect([...back.value.columns.day]).toEqual([...view])
    expect([...back.value.columns.flags]).toEqual([0, 255])
    expect(back.value.names).toEqual(['a'])
  })

  it('leaves look-alike objects of unknown types as they are', () => {
    const text = JSON.stringify({ x: { $typed: 'BigInt64Array', base64: 'AAAA' } })
    expect(parseTyped(text)).toEqual({ x: { $typed: 'BigInt64Array', base64: 'AAAA' } })
  })
})
