import { describe, expect, it } from 'vitest'
import { apiTimeInZone, isUtcZone } from '#shared/time/account-time'

describe('apiTimeInZone', () => {
  it('reads a UTC API time in the account’s zone, daylight saving included', () => {
    expect(apiTimeInZone('2026-12-01 19:00:00', 'America/New_York')).toBe('2026-12-01 14:00 (GMT-5)')
    expect(apiTimeInZone('2026-07-01 19:00:00', 'America/New_York')).toBe('2026-07-01 15:00 (GMT-4)')
    expect(apiTimeInZone('2026-12-31 23:30:00', 'Asia/Tokyo')).toBe('2027-01-01 08:30 (GMT+9)')
    expect(apiTimeInZone('2026-12-01 00:00', 'Europe/Berlin')).toBe('2026-12-01 01:00 (GMT+1)')
  })

  it('gives up on what it cannot read rather than guess', () => {
    expect(apiTimeInZone('tomorrow', 'Europe/Berlin')).toBeNull()
    expect(apiTimeInZone('2026-12-01 10:00:00', 'Mars/Olympus')).toBeNull()
  })

  it('knows the zones that are UTC all year', () => {
    expect(isUtcZone('Etc/GMT')).toBe(true)
    expect(isUtcZone('Europe/London')).toBe(false)
  })
})
