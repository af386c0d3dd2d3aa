/**
 * What TikTok would say about the demo advertiser: its `/advertiser/info/`
 * answer and its `/identity/get/` list, one identity of each type. Served by
 * the embedded sandbox and cached in the demo account, so a new user can draft
 * Spark Ads offline. Field names and identity types: notes tiktok-api-2026.md
 * §3 (advertiser info) and §4 (`identity_list` rows); [SDK] IdentityApi.md,
 * yml_files/advertiser_info.yml. Values are invented.
 */
import { DEMO_ADVERTISERS } from '../demo-account'
import type { AdvertiserInfo, AdvertiserProfile, CachedIdentity } from '../identities'
import { DEMO_PANGLE_PACKAGES } from './demo-pangle-packages'
import { demoCachedSparkPosts } from './demo-spark-posts'

const DEMO_ID = DEMO_ADVERTISERS[0]!.advertiser_id
/** The Business Center that shares the demo's BC_AUTH_TT account. */
export const DEMO_BC_ID = '7303000000000000042'
/** The demo's own TikTok account, which new demo ads post as. */
export const DEMO_TT_USER_ID = '7304000000000000101'

const DEMO_IDENTITIES: Record<string, readonly CachedIdentity[]> = {
  [DEMO_ID]: [
    {
      identity_id: DEMO_TT_USER_ID,
      identity_type: 'TT_USER',
      display_name: '@northwind.outdoor',
      can_push_video: true,
      can_pull_video: true,
      available_status: 'AVAILABLE',
    },
    {
      identity_id: '7304000000000000202',
      identity_type: 'BC_AUTH_TT',
      display_name: '@northwind.trailteam',
      identity_authorized_bc_id: DEMO_BC_ID,
      can_push_video: false,
      can_pull_video: true,
      available_status: 'AVAILABLE',
    },
    {
      identity_id: '7304000000000000303',
      identity_type: 'AUTH_CODE',
      display_name: '@summit.sam (creator post)',
      can_push_video: false,
      can_pull_video: true,
      available_status: 'AVAILABLE',
    },
    {
      identity_id: '7304000000000000404',
      identity_type: 'CUSTOMIZED_USER',
      display_name: 'Northwind Outdoor',
      can_push_video: false,
      can_pull_video: false,
      available_status: 'AVAILABLE',
    },
  ],
}

/** The demo advertiser's identities (copies), or none for another advertiser. */
export const demoIdentities = (advertiserId: string): CachedIdentity[] => (DEMO_IDENTITIES[advertiserId] ?? []).map((i) => ({ ...i }))

/** `/advertiser/info/` for a demo advertiser; `canUseCustomIdentity` is the sandbox's switch, not a fixed fact. */
export function demoAdvertiserInfo(advertiserId: string, canUseCustomIdentity: boolean): AdvertiserInfo | undefined {
  const a = DEMO_ADVERTISERS.find((d) => d.advertiser_id === advertiserId)
  if (!a) return undefined
  return {
    advertiser_id: a.advertiser_id,
    name: a.advertiser_name,
    currency: a.currency,
    timezone: a.timezone,
    display_timezone: 'Coordinated Universal Time',
    status: 'STATUS_ENABLE',
    role: 'ROLE_ADVERTISER',
    country: 'US',
    balance: 2500,
    company: 'Northwind Outdoor Inc. (demo)',
    can_use_custom_identity: canUseCustomIdentity,
  }
}

/** The profile a fresh demo account starts with, as if just pulled from the embedded sandbox in its default mode. */
export function demoProfile(advertiserId: string, at: Date): AdvertiserProfile | null {
  const info = demoAdvertiserInfo(advertiserId, true)
  if (!info) return null
  const identities = demoIdentities(advertiserId)
  return {
    info,
    identities,
    pixels: [],
    sparkPosts: demoCachedSparkPosts(identities),
    sparkPostErrors: {},
    panglePackages: DEMO_PANGLE_PACKAGES.map((p) => ({ ...p })),
    refreshedAt: at.toISOString(),
  }
}
