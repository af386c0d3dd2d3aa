import type { ConsentOverrides } from '../markets/consent'

/**
 * User settings: small, rarely written, kept in electron-store. Account data
 * (campaigns, pending changes) never goes here — see docs/ARCHITECTURE.md.
 */
export const THEMES = ['system', 'light', 'dark'] as const
export type Theme = (typeof THEMES)[number]

export const CONNECTION_PROFILES = ['embedded-sandbox', 'tiktok-sandbox', 'production'] as const
export type ConnectionProfile = (typeof CONNECTION_PROFILES)[number]

export const CONNECTION_PROFILE_LABELS: Record<ConnectionProfile, string> = {
  'embedded-sandbox': 'Embedded sandbox',
  'tiktok-sandbox': 'TikTok sandbox',
  production: 'Production',
}

export const CURRENCY_DISPLAYS = ['symbol', 'code'] as const
export type CurrencyDisplay = (typeof CURRENCY_DISPLAYS)[number]

// A type alias (not an interface) so it satisfies conf's Record<string, unknown> constraint.
export type Settings = {
  theme: Theme
  connectionProfile: ConnectionProfile
  /** Advertiser shown on start; null until the user picks one. */
  activeAdvertiserId: string | null
  /** Confirm before "Post changes" sends anything to TikTok. */
  confirmBeforePost: boolean
  currencyDisplay: CurrencyDisplay
  /** Per advertiser id, consent parameters (shares 0–1) that replace the market defaults in reach estimates. */
  consentOverrides: Record<string, ConsentOverrides>
}

/** Bumped whenever the stored shape changes; a migration must exist for it. */
export const SETTINGS_SCHEMA_VERSION = '3.0.0'

export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  connectionProfile: 'embedded-sandbox',
  activeAdvertiserId: null,
  confirmBeforePost: true,
  currencyDisplay: 'symbol',
  consentOverrides: {},
}

export type SettingsPatch = Partial<Settings>
