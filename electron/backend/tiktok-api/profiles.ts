import type { ConnectionProfile } from '#shared/settings/settings'

/** TikTok's hosted API roots; the embedded sandbox's root is only known once it listens. */
export const TIKTOK_BASE_URLS = {
  'tiktok-sandbox': 'https://sandbox-ads.tiktok.com/open_api/v1.3',
  production: 'https://business-api.tiktok.com/open_api/v1.3',
} as const satisfies Record<Exclude<ConnectionProfile, 'embedded-sandbox'>, string>

/** Path of the API root under a server's origin, as TikTok serves it. */
export const API_ROOT_PATH = '/open_api/v1.3'

export function baseUrlFor(profile: ConnectionProfile, embeddedBaseUrl: string | undefined): string {
  if (profile === 'embedded-sandbox') {
    if (!embeddedBaseUrl) throw new Error('The embedded sandbox is not running.')
    return embeddedBaseUrl
  }
  return TIKTOK_BASE_URLS[profile]
}
