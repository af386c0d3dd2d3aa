import type { ConnectionProfile } from '#shared/settings/settings'

/** TikTok's hosted API roots; the embedded sandbox's root is only known once it listens. */
export const TIKTOK_BASE_URLS = {
  'tiktok-sandbox': 'https://sandbox-ads.tiktok.com/open_api/v1.3',
  production: 'https://business-api.tiktok.com/open_api/v1.3',
} as const satisfies Record<Exclude<ConnectionProfile, 'embedded-sandbox'>, string>

/**
 * Where advertisers approve an app (notes tiktok-api-2026.md §4 "Accounts"). The notes give this one address;
 * whether TikTok's sandbox host has its own is not known, so both hosted profiles use it.
 */
export const TIKTOK_AUTH_PAGE = 'https://business-api.tiktok.com/portal/auth'

/** The authorization page for an API root: TikTok's for its hosts, else the same path on that server (a local sandbox). */
export function authPageFor(baseUrl: string): string {
  if ((Object.values(TIKTOK_BASE_URLS) as string[]).includes(baseUrl)) return TIKTOK_AUTH_PAGE
  return new URL('/portal/auth', baseUrl).toString()
}

/** Path of the API root under a server's origin, as TikTok serves it. */
export const API_ROOT_PATH = '/open_api/v1.3'

export function baseUrlFor(profile: ConnectionProfile, embeddedBaseUrl: string | undefined): string {
  if (profile === 'embedded-sandbox') {
    if (!embeddedBaseUrl) throw new Error('The embedded sandbox is not running.')
    return embeddedBaseUrl
  }
  return TIKTOK_BASE_URLS[profile]
}
