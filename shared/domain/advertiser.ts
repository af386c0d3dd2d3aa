import type { ConnectionProfile } from '../settings/settings'

/** The fields of TikTok's `oauth2/advertiser/get` that the switcher needs. */
export interface AdvertiserSummary {
  advertiser_id: string
  advertiser_name: string
  currency: string
  timezone: string
  /** Which connection this advertiser was listed from. */
  source: ConnectionProfile
}

export type ConnectionState = 'ready' | 'needs-token' | 'offline'

export interface AppStatus {
  connection: {
    profile: ConnectionProfile
    state: ConnectionState
    /** One short sentence for the status bar. */
    detail: string
  }
  /** Local edits not yet posted, for the active advertiser. */
  pendingChanges: number
}
