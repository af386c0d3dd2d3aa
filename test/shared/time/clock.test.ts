import { describe, expect, it } from 'vitest'
import { clockFor, fixedNow, nowStartingAt, parseInstant, systemNow } from '#shared/time/clock'
import { takeNowOption } from '../../../electron/cli/now-option'

describe('the clock', () => {
  it('a fixed clock gives the same instant every time, as a fresh Date', () => {
    const now = fixedNow('2027-06-30T12:00:00Z')
    const a = now()
    a.setUTCFullYear(1999)
    expect(now().toISOString()).toBe('2027-06-30T12:00:00.000Z')
  })

  it('a clock started at a time moves on by the elapsed time', () => {
    let elapsed = 1_000
    const now = nowStartingAt('2029-02-28T23:30:00Z', () => elapsed)
    expect(now().toISOString()).toBe('2029-02-28T23:30:00.000Z')
    elapsed += 45 * 60_000
    expect(now().toISOString()).toBe('2029-03-01T00:15:00.000Z')
  })

  it('takes ISO times with a zone or bare dates, and refuses local, rolled-over or unreadable times', () => {
    expect(parseInstant('2027-01-15T09:30:00+02:00').toISOString()).toBe('2027-01-15T07:30:00.000Z')
    expect(parseInstant('2027-01-15').toISOString()).toBe('2027-01-15T00:00:00.000Z')
    for (const bad of ['2027-01-15T09:30:00', '2027-02-30', '2027-02-30T00:00:00Z', 'tomorrow', '', '1700000000000'])
      expect(() => parseInstant(bad), bad).toThrow(RangeError)
  })

  it('runs on the system clock unless pinned, and says where it was pinned', () => {
    expect(clockFor(undefined)).toEqual({ now: systemNow, pinnedAt: null })
    expect(clockFor('  ')).toEqual({ now: systemNow, pinnedAt: null })
    const pinned = clockFor('2027-06-30T12:00:00Z', () => 0)
    expect(pinned.pinnedAt).toBe('2027-06-30T12:00:00.000Z')
    expect(pinned.now().toISOString()).toBe('2027-06-30T12:00:00.000Z')
  })
})

describe('the CLI --now option', () => {
  it('is taken out of the arguments wherever it stands, and wins over ADWRIGHT_NOW', () => {
    const env = { ADWRIGHT_NOW: '2030-01-01T00:00:00Z' }
    const taken = takeNowOption(['validate', '--now', '2027-06-30T12:00:00Z', 'plan.json', '--json'], env)
    expect('argv' in taken && taken.argv).toEqual(['validate', 'plan.json', '--json'])
    expect('now' in taken && taken.now().toISOString()).toBe('2027-06-30T12:00:00.000Z')
    const fromEnv = takeNowOption(['validate', 'plan.json'], env)
    expect('now' in fromEnv && fromEnv.now().toISOString()).toBe('2030-01-01T00:00:00.000Z')
  })

  it('names the flag or the variable that holds a bad time', () => {
    expect(takeNowOption(['validate', '--now'], {})).toEqual({ error: '--now needs a time, e.g. --now 2027-01-15T09:00:00Z.' })
    expect(takeNowOption(['validate', '--now', 'soon'], {})).toMatchObject({ error: expect.stringMatching(/^--now: "soon" is not a time/) })
    expect(takeNowOption(['validate'], { ADWRIGHT_NOW: 'soon' })).toMatchObject({ error: expect.stringMatching(/^ADWRIGHT_NOW: "soon"/) })
  })
})
