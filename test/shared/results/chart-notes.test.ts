/** What each chart says about its calendar and its conversions. */
import { describe, expect, it } from 'vitest'
import { attributionNote, timeZoneNote, utcOffset } from '#shared/results/chart-notes'
import { TEST_NOW } from '#test/helpers/clock'

describe('chart notes', () => {
  it('name the account’s zone with its offset at the given instant, summer time included', () => {
    expect(utcOffset('Etc/GMT', TEST_NOW)).toBe('UTC+00:00')
    expect(utcOffset('Asia/Kolkata', TEST_NOW)).toBe('UTC+05:30')
    // TEST_NOW is in November: New York is on standard time, and on daylight time in July.
    expect(utcOffset('America/New_York', TEST_NOW)).toBe('UTC-05:00')
    expect(utcOffset('America/New_York', new Date('2026-07-01T12:00:00Z'))).toBe('UTC-04:00')
    expect(timeZoneNote('Europe/Berlin', TEST_NOW)).toBe(
      'Dates are in the ad account’s time zone, Europe/Berlin (UTC+01:00), as TikTok reports them.',
    )
  })

  it('say so when the zone is unknown or not one this runtime knows', () => {
    expect(timeZoneNote(null, TEST_NOW)).toMatch(/not known until the account is pulled/)
    expect(utcOffset('Mars/Olympus', TEST_NOW)).toBeNull()
    expect(timeZoneNote('Mars/Olympus', TEST_NOW)).toBe('Dates are in the ad account’s time zone, Mars/Olympus, as TikTok reports them.')
  })

  it('state the attribution windows and the days that can still change', () => {
    expect(attributionNote(7)).toMatch(/click, view and engaged-view attribution windows; the last 7 days can still change\.$/)
  })
})
