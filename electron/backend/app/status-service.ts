import type { AdvertiserSummary, AppStatus } from '#shared/domain/advertiser'
import { DEMO_ADVERTISERS } from '#shared/domain/demo-account'
import { CONNECTION_PROFILE_LABELS, type Settings } from '#shared/settings/settings'

export interface StatusDeps {
  getSettings: () => Settings
  /** Whether an access token is stored for a TikTok profile (the token itself never leaves main). */
  hasToken: (profile: Settings['connectionProfile']) => boolean
  /** Local edits not yet posted for an advertiser. */
  countPendingChanges: (advertiserId: string) => number
}

/** Which advertisers the switcher offers, and what the status bar says about the connection. */
export function createStatusService(deps: StatusDeps) {
  function listAdvertisers(): AdvertiserSummary[] {
    const { connectionProfile } = deps.getSettings()
    if (connectionProfile === 'embedded-sandbox') return [...DEMO_ADVERTISERS]
    return []
  }

  function status(): AppStatus {
    const { connectionProfile, activeAdvertiserId } = deps.getSettings()
    const label = CONNECTION_PROFILE_LABELS[connectionProfile]
    const connection: AppStatus['connection'] =
      connectionProfile === 'embedded-sandbox'
        ? { profile: connectionProfile, state: 'ready', detail: `${label} — works offline, no TikTok account needed` }
        : deps.hasToken(connectionProfile)
          ? { profile: connectionProfile, state: 'ready', detail: `${label} — connected` }
          : { profile: connectionProfile, state: 'needs-token', detail: `${label} — connect a TikTok account in Settings` }
    const advertiser = activeAdvertiserId ?? listAdvertisers()[0]?.advertiser_id
    return { connection, pendingChanges: advertiser ? deps.countPendingChanges(advertiser) : 0 }
  }

  return { listAdvertisers, status }
}
export type StatusService = ReturnType<typeof createStatusService>
