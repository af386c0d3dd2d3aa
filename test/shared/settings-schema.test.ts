import { describe, expect, it } from 'vitest'
import { SETTINGS_MIGRATIONS } from '../../shared/settings/migrations'
import { DEFAULT_SETTINGS } from '../../shared/settings/settings'
import { SettingsPatchSchema, SettingsSchema } from '../../shared/settings/settings-schema'

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
