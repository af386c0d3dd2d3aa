import { describe, expect, it } from 'vitest'
import { EVENT_CHANNELS, INVOKE_CHANNELS, isEventChannel, isInvokeChannel } from '#shared/ipc/contract'
import { REQUEST_SCHEMAS } from '#shared/ipc/request-schemas'

describe('IPC contract', () => {
  it('has a request schema for exactly the listed channels', () => {
    expect(Object.keys(REQUEST_SCHEMAS).sort()).toEqual([...INVOKE_CHANNELS].sort())
  })
  it('names channels domain:verb, without duplicates', () => {
    for (const c of [...INVOKE_CHANNELS, ...EVENT_CHANNELS]) expect(c).toMatch(/^[a-z]+:[a-z-]+$/)
    expect(new Set(INVOKE_CHANNELS).size).toBe(INVOKE_CHANNELS.length)
  })
  it('recognises only its own channels', () => {
    expect(isInvokeChannel('settings:get')).toBe(true)
    expect(isInvokeChannel('settings:changed')).toBe(false)
    expect(isInvokeChannel('__proto__')).toBe(false)
    expect(isEventChannel('status:changed')).toBe(true)
    expect(isEventChannel(42)).toBe(false)
  })
})
