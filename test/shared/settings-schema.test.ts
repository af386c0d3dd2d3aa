import { describe, expect, it } from 'vitest'
import { SETTINGS_MIGRATIONS } from '#shared/settings/migrations'
import { DEFAULT_SETTINGS } from '#shared/settings/settings'
import { SettingsPatchSchema, SettingsSchema } from '#shared/settings/settings-schema'

describe('settings schema', () => {
  it('accepts the defaults', () => {
    expect(SettingsSchema.parse(DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS)
  })
  it('rejects an unknown theme with a readable message', () => {
    const r = SettingsSchema.safeParse({ ...DEFAULT_SETTINGS, theme: 'sepia' })
    expect(r.success).toBe(false)
    expect(r.error?.issues[0]?.message).toBe('Theme must be system, light or dark.')
  })
  it('requires advertiser ids to be digit strings, not numbers', () => {
    expect(SettingsSchema.safeParse({ ...DEFAULT_SETTINGS, activeAdvertiserId: 7301 }).success).toBe(false)
    expect(SettingsSchema.safeParse({ ...DEFAULT_SETTINGS, activeAdvertiserId: '73x' }).success).toBe(false)
    expect(SettingsSchema.safeParse({ ...DEFAULT_SETTINGS, activeAdvertiserId: '7301000000000000001' }).success).toBe(true)
  })
  it('rejects empty patches and unknown keys', () => {
    expect(SettingsPatchSchema.safeParse({}).success).toBe(false)
    expect(SettingsPatchSchema.safeParse({ accessToken: 'x' }).success).toBe(false)
    expect(SettingsPatchSchema.safeParse({ theme: 'dark' }).success).toBe(true)
  })
})

describe('settings migrations', () => {
  const to2 = SETTINGS_MIGRATIONS['2.0.0']!
  it('turns 1.x darkMode and profile into theme and connectionProfile', () => {
    expect(to2({ darkMode: true, profile: 'live' })).toEqual({ theme: 'dark', connectionProfile: 'production' })
    expect(to2({ darkMode: false, profile: 'sandbox' })).toEqual({ theme: 'light', connectionProfile: 'embedded-sandbox' })
  })
  it('lets the old keys win over defaults merged in before migrating', () => {
    expect(to2({ theme: 'system', darkMode: true })).toEqual({ theme: 'dark' })
  })
  it('leaves 2.x data alone', () => {
    expect(to2({ theme: 'light', connectionProfile: 'tiktok-sandbox' })).toEqual({ theme: 'light', connectionProfile: 'tiktok-sandbox' })
  })
})

describe('consent overrides (3.0.0)', () => {
  const ADV = '7301000000000000001'
  it('accepts per-advertiser, per-market shares from 0 to 1', () => {
    const s = { ...DEFAULT_SETTINGS, consentOverrides: { [ADV]: { EU: { interests: 0.4 }, US: { offApp: 0, minors: 0 } } } }
    expect(SettingsSchema.parse(s)).toEqual(s)
    expect(SettingsPatchSchema.safeParse({ consentOverrides: {} }).success).toBe(true)
  })
  it('refuses shares outside 0–100% with a readable message', () => {
    const r = SettingsSchema.safeParse({ ...DEFAULT_SETTINGS, consentOverrides: { [ADV]: { EU: { interests: 1.5 } } } })
    expect(r.success).toBe(false)
    expect(r.error?.issues[0]?.message).toBe('A consent share cannot be above 100%.')
    expect(r.error?.issues[0]?.path).toEqual(['consentOverrides', ADV, 'EU', 'interests'])
  })
  it('refuses unknown markets, parameters and advertiser ids', () => {
    const bad = [{ [ADV]: { UK: { interests: 0.5 } } }, { [ADV]: { EU: { cookies: 0.5 } } }, { abc: { EU: { interests: 0.5 } } }]
    for (const consentOverrides of bad) expect(SettingsSchema.safeParse({ ...DEFAULT_SETTINGS, consentOverrides }).success).toBe(false)
  })
  it('migrates 2.x files to empty overrides and keeps existing ones', () => {
    const to3 = SETTINGS_MIGRATIONS['3.0.0']!
    expect(to3({ theme: 'dark' })).toEqual({ theme: 'dark', consentOverrides: {} })
    expect(to3({ consentOverrides: [] })).toEqual({ consentOverrides: {} })
    const kept = { consentOverrides: { [ADV]: { EU: { interests: 0.4 } } } }
    expect(to3(kept)).toEqual(kept)
  })
})
