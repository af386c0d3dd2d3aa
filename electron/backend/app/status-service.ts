import type { AdvertiserSummary, AppStatus, LoginSummary } from '#shared/domain/advertiser'
import type { AdvertiserInfo } from '#shared/domain/identities'
import { DEMO_ADVERTISERS } from '#shared/domain/demo-account'
import { CONNECTION_PROFILE_LABELS, type Settings } from '#shared/settings/settings'
import type { TokenProfile } from '../connection/token-vault'

export interface StatusDeps {
  getSettings: () => Settings
  /** Whether an access token is stored for a TikTok profile (the token itself never leaves main). */
  hasToken: (profile: Settings['connectionProfile']) => boolean
  /** Local edits not yet posted for an advertiser. */
  countPendingChanges: (advertiserId: string) => number
  /** `/advertiser/info/` as last pulled for an advertiser, if any; its currency and time zone win over the listing's. */
  advertiserInfo?: (advertiserId: string) => AdvertiserInfo | null
  /** The last listing of a TikTok login's advertisers (advertiser-directory.ts). */
  listed?: (profile: TokenProfile) => AdvertiserSummary[]
  /** Why TikTok refused a login's token (any login's, when none is named), if it did (token-refusals.ts). */
  refusal?: (profile: TokenProfile, login?: string) => { reason: string; login?: string } | null
  /** The profile's connected TikTok logins (token-vault.ts). */
  logins?: (profile: TokenProfile) => string[]
  /** Whether the developer app's id and secret are stored for a profile. */
  hasApp?: (profile: TokenProfile) => boolean
}

/** Which advertisers the switcher offers, and what the status bar says about the connection. */
export function createStatusService(deps: StatusDeps) {
  function listAdvertisers(): AdvertiserSummary[] {
    const { connectionProfile } = deps.getSettings()
    const listed = connectionProfile === 'embedded-sandbox' ? [...DEMO_ADVERTISERS] : (deps.listed?.(connectionProfile) ?? [])
    return listed.map((a) => {
      // The advertiser listing gives only id and name; currency and time zone are TikTok's /advertiser/info/ (notes tiktok-api-2026.md §3).
      const info = a.authorized === false ? null : deps.advertiserInfo?.(a.advertiser_id)
      return { ...a, currency: info?.currency || a.currency, timezone: info?.timezone || a.timezone }
    })
  }

  /** How Settings lists a profile's logins: label, advertisers granted, and a refusal if TikTok made one. */
  function loginsOf(profile: TokenProfile): LoginSummary[] {
    const listed = deps.listed?.(profile) ?? []
    return (deps.logins?.(profile) ?? []).map((login, i) => {
      const own = listed.filter((a) => a.login === login)
      const refusal = deps.refusal?.(profile, login)
      return {
        login,
        label: own[0]?.loginLabel ?? `Login ${i + 1}`,
        advertisers: own.filter((a) => a.authorized !== false).length,
        ...(refusal ? { needsReconnect: refusal.reason } : {}),
      }
    })
  }
  const loginLabel = (profile: TokenProfile, login: string | undefined) => loginsOf(profile).find((l) => l.login === login)?.label ?? 'a login'

  function status(): AppStatus {
    const { connectionProfile, activeAdvertiserId } = deps.getSettings()
    const label = CONNECTION_PROFILE_LABELS[connectionProfile]
    const refusal = connectionProfile === 'embedded-sandbox' ? null : deps.refusal?.(connectionProfile)
    const connection: AppStatus['connection'] =
      connectionProfile === 'embedded-sandbox'
        ? { profile: connectionProfile, state: 'ready', detail: `${label} — works offline, no TikTok account needed` }
        : !deps.hasToken(connectionProfile)
          ? { profile: connectionProfile, state: 'needs-token', detail: `${label} — connect a TikTok account in Settings` }
          : refusal
            ? {
                profile: connectionProfile,
                state: 'needs-reconnect',
                detail: `${label} — ${(deps.logins?.(connectionProfile).length ?? 0) > 1 ? `${loginLabel(connectionProfile, refusal.login)} ` : ''}needs reconnect: ${refusal.reason}`,
              }
            : { profile: connectionProfile, state: 'ready', detail: `${label} — connected` }
    if (connectionProfile !== 'embedded-sandbox' && deps.hasApp) connection.hasApp = deps.hasApp(connectionProfile)
    if (connectionProfile !== 'embedded-sandbox' && deps.logins) connection.logins = loginsOf(connectionProfile)
    // As the renderer's pages do: the chosen advertiser if this connection lists it, else the first listed one
    // (a demo id left in the settings must not count the demo's pending changes under a TikTok login).
    const listed = listAdvertisers()
    const advertiser = listed.some((a) => a.advertiser_id === activeAdvertiserId)
      ? activeAdvertiserId
      : listed.find((a) => a.authorized !== false)?.advertiser_id
    return { connection, pendingChanges: advertiser ? deps.countPendingChanges(advertiser) : 0 }
  }

  return { listAdvertisers, status }
}
export type StatusService = ReturnType<typeof createStatusService>
