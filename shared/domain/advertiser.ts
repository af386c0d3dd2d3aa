import type { ConnectionProfile } from '../settings/settings'

/**
 * An advertiser the switcher offers: `/oauth2/advertiser/get/` (id, name) with `/advertiser/info/`'s currency,
 * time zone and status, or a Business Center's ad account (notes tiktok-api-2026.md §3, §4).
 */
export interface AdvertiserSummary {
  advertiser_id: string
  advertiser_name: string
  /** ISO 4217; empty for an account the login is not authorized for (TikTok does not say). */
  currency: string
  /** IANA time zone; empty when not known. */
  timezone: string
  /** Which connection this advertiser was listed from. */
  source: ConnectionProfile
  /** TikTok's account status (`STATUS_ENABLE`…), when TikTok said. */
  status?: string
  /** The Business Center it was listed through. */
  businessCenter?: string
  /** False for a Business Center account this login was not granted: listed, but it cannot be opened. */
  authorized?: boolean
  /** Which of the profile's TikTok logins reaches it (an agency may connect several), and how the switcher names it. */
  login?: string
  loginLabel?: string
}

/** One connected TikTok login of a profile, for Settings: never its token. */
export interface LoginSummary {
  login: string
  label: string
  /** Advertisers it was granted. */
  advertisers: number
  /** Why TikTok refused its token, when it did. */
  needsReconnect?: string
}

/** `needs-reconnect`: TikTok refused the stored token (expired, revoked, permission removed); `detail` says why. */
export type ConnectionState = 'ready' | 'needs-token' | 'needs-reconnect' | 'offline'

/** How a "Connect TikTok account" flow stands; `message` is for the user and never holds a code, token or secret. */
export interface LoginEvent {
  profile: Exclude<ConnectionProfile, 'embedded-sandbox'>
  phase: 'waiting' | 'connected' | 'failed' | 'cancelled'
  message: string
}

export interface AppStatus {
  connection: {
    profile: ConnectionProfile
    state: ConnectionState
    /** One short sentence for the status bar. */
    detail: string
    /** Whether the developer app's id and secret are stored, so "Connect TikTok account" can start. */
    hasApp?: boolean
    /** The profile's connected logins. */
    logins?: LoginSummary[]
  }
  /** Local edits not yet posted, for the active advertiser. */
  pendingChanges: number
}
