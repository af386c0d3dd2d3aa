/**
 * Pure settings migrations, keyed by the schema version they bring the data to.
 * They run inside conf's migration hook (electron/backend/settings/settings-service.ts)
 * but are plain functions so they can be tested without any store.
 */
type Raw = Record<string, unknown>

export const SETTINGS_MIGRATIONS: Record<string, (data: Raw) => Raw> = {
  // 1.x stored `darkMode: boolean` and `profile: 'sandbox' | 'live'`. conf merges
  // today's defaults in before migrating, so the old keys win over `theme` and
  // `connectionProfile` when both are present.
  '2.0.0': (data) => {
    const { darkMode, profile, ...next } = data
    if (typeof darkMode === 'boolean') next.theme = darkMode ? 'dark' : 'light'
    if (profile === 'live') next.connectionProfile = 'production'
    if (profile === 'sandbox') next.connectionProfile = 'embedded-sandbox'
    return next
  },
  // 3.0 adds per-advertiser consent overrides for reach estimates; older files have none.
  '3.0.0': (data) => {
    const overrides = data.consentOverrides
    const valid = typeof overrides === 'object' && overrides !== null && !Array.isArray(overrides)
    return { ...data, consentOverrides: valid ? overrides : {} }
  },
}
