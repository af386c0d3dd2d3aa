/**
 * Who exists on the sandbox's "TikTok" beyond the demo advertiser: one developer
 * app, one TikTok for Business login with three ad accounts of its own, and a
 * Business Center of a dozen ad accounts that login is a member of — different
 * currencies and time zones, so the app's per-account money and time are
 * exercised. Field names: notes tiktok-api-2026.md §3 ("currency, time zone"
 * row: `/advertiser/info/` fields) and [SDK] yml_files/bc_get.yml,
 * bc_asset_get.yml (the `bc_info` and `assets[]` rows). Names, ids and values
 * are invented; the demo advertiser (shared/domain/demo) is not part of this.
 */
import type { AdvertiserInfo } from '#shared/domain/identities'

/** The sandbox's developer app. Its id and secret are what a user types into Settings to log in against the sandbox. */
export const SANDBOX_APP = { app_id: '7305000000000000777', secret: 'sandbox-app-secret-5f3c9a' } as const

/**
 * Which redirect URIs the app accepts. TikTok checks the redirect URI against the app's registered one; how
 * strictly (exact URL, or any port on a loopback host) is not in the notes. The sandbox takes any port on
 * 127.0.0.1 under `/callback`, as RFC 8252 §7.3 asks of servers for native apps; see docs/ARCHITECTURE.md.
 */
export function redirectAllowed(uri: string): boolean {
  try {
    const u = new URL(uri)
    return u.protocol === 'http:' && u.hostname === '127.0.0.1' && u.pathname === '/callback'
  } catch {
    return false
  }
}

interface DirectoryAdvertiser extends AdvertiserInfo {
  name: string
  /** The Business Center that owns the account, if any. */
  bc_id?: string
}

/** The Business Center the login belongs to, as /bc/get/ shows it ([SDK] bc_get.yml response_rule `bc_info`). */
export const SANDBOX_BC = {
  bc_id: '7303000000000000900',
  name: 'Harbor Media Agency',
  company: 'Harbor Media GmbH',
  currency: 'EUR',
  timezone: 'Europe/Berlin',
  status: 'ENABLE',
  type: 'NORMAL',
  user_role: 'ADMIN',
} as const

const info = (
  advertiser_id: string,
  name: string,
  currency: string,
  timezone: string,
  display_timezone: string,
  country: string,
  extra: Partial<DirectoryAdvertiser> = {},
): DirectoryAdvertiser => ({
  advertiser_id,
  name,
  currency,
  timezone,
  display_timezone,
  // STATUS_ENABLE is the value the notes' examples show; the others TikTok uses are not in the notes.
  status: 'STATUS_ENABLE',
  role: 'ROLE_ADVERTISER',
  country,
  balance: 1200,
  company: `${name} Ltd.`,
  can_use_custom_identity: false,
  ...extra,
})

/** The login's own ad accounts: three, in two currencies and three time zones. */
export const SANDBOX_LOGIN_ADVERTISERS: readonly DirectoryAdvertiser[] = [
  info('7302000000000000011', 'Lumen Coffee US', 'USD', 'America/New_York', 'Eastern Time', 'US', { balance: 4800 }),
  info('7302000000000000012', 'Lumen Coffee West', 'USD', 'America/Los_Angeles', 'Pacific Time', 'US', { balance: 950.5 }),
  info('7302000000000000013', 'Lumen Kaffee DE', 'EUR', 'Europe/Berlin', 'Central European Time', 'DE', { balance: 3100 }),
]

const BC_PLACES: readonly [string, string, string, string][] = [
  ['EUR', 'Europe/Paris', 'Central European Time', 'FR'],
  ['GBP', 'Europe/London', 'Greenwich Mean Time', 'GB'],
  ['JPY', 'Asia/Tokyo', 'Japan Standard Time', 'JP'],
  ['USD', 'America/Chicago', 'Central Time', 'US'],
  ['EUR', 'Europe/Madrid', 'Central European Time', 'ES'],
  ['IDR', 'Asia/Jakarta', 'Western Indonesia Time', 'ID'],
]

/** The Business Center's twelve ad accounts; one is disabled, so the switcher has a second status to show. */
export const SANDBOX_BC_ADVERTISERS: readonly DirectoryAdvertiser[] = Array.from({ length: 12 }, (_, i) => {
  const [currency, timezone, display, country] = BC_PLACES[i % BC_PLACES.length]!
  const n = String(101 + i)
  return info(`7302000000000000${n}`, `Harbor client ${String(i + 1).padStart(2, '0')} (${country})`, currency, timezone, display, country, {
    bc_id: SANDBOX_BC.bc_id,
    company: `Harbor client ${i + 1} ${country}`,
    ...(i === 7 ? { status: 'STATUS_DISABLE' } : {}),
  })
})

const ALL = [...SANDBOX_LOGIN_ADVERTISERS, ...SANDBOX_BC_ADVERTISERS]

export function directoryAdvertiser(id: string): DirectoryAdvertiser | undefined {
  return ALL.find((a) => a.advertiser_id === id)
}

/** Every ad account the login may grant on the authorization page: its own, then its Business Center's. */
export const grantableAdvertisers = (): readonly DirectoryAdvertiser[] => ALL
