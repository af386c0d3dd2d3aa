/**
 * Ad identities and what TikTok says about the advertiser: the facts behind
 * TikTok's 2026 Custom Identity phase-out (notes tiktok-api-2026.md §1, §4).
 * Pure data and rules, shared by the client, the editor and validation; the
 * sandbox keeps its own copy of the rule, written from the same notes.
 */
import type { Ad, AdGroup } from './entities'
import type { IdentityType } from './enums'

/** Identity types that make an ad a Spark Ad (posts of a real TikTok account). [SDK] IdentityApi.md; notes §4. */
export const SPARK_IDENTITY_TYPES = ['TT_USER', 'BC_AUTH_TT', 'AUTH_CODE'] as const satisfies readonly IdentityType[]
export type SparkIdentityType = (typeof SPARK_IDENTITY_TYPES)[number]
export const isSparkIdentity = (type: IdentityType): type is SparkIdentityType => (SPARK_IDENTITY_TYPES as readonly string[]).includes(type)

/** One row of `/identity/get/`'s `identity_list`, as cached for offline drafting. */
export interface CachedIdentity {
  identity_id: string
  identity_type: IdentityType
  display_name: string
  /** The Business Center that shares a BC_AUTH_TT identity; TikTok needs it on the ad too. */
  identity_authorized_bc_id?: string
  profile_image?: string
  can_push_video?: boolean
  can_pull_video?: boolean
  available_status?: string
}

/** The `/advertiser/info/` fields Adwright keeps (notes tiktok-api-2026.md §3: currency, time zone row). */
export interface AdvertiserInfo {
  advertiser_id: string
  name?: string
  currency?: string
  timezone?: string
  display_timezone?: string
  status?: string
  role?: string
  country?: string
  balance?: number
  company?: string
  /** Whether TikTok still lets this advertiser create Custom Identity ads on TikTok placements. */
  can_use_custom_identity?: boolean
}

/** What an account keeps about its advertiser beside the entities, so ads can be drafted offline. */
export interface AdvertiserProfile {
  info: AdvertiserInfo | null
  identities: CachedIdentity[]
  /** ISO time of the last refresh from TikTok; null when never fetched. */
  refreshedAt: string | null
}

export const emptyAdvertiserProfile = (): AdvertiserProfile => ({ info: null, identities: [], refreshedAt: null })

/**
 * Whether an ad group's ads are shown on TikTok itself: automatic placement, or
 * selected placements that include TikTok. Pangle-only and Global-App-Bundle-only
 * ad groups are not (notes §1, [HELP-CI]).
 */
export const placesOnTikTok = (ag: Pick<AdGroup, 'placement_type' | 'placements'>) =>
  ag.placement_type === 'PLACEMENT_TYPE_AUTOMATIC' || ag.placements.includes('PLACEMENT_TIKTOK')

/** The Spark identity a new ad starts with: the first cached one that can be used, by type order (own account first). */
export function defaultSparkIdentity(identities: readonly CachedIdentity[]): CachedIdentity | undefined {
  // available_status values are not in the notes: only an explicit UNAVAILABLE is skipped, anything else TikTok judges at posting.
  const usable = identities.filter((i) => isSparkIdentity(i.identity_type) && i.available_status !== 'UNAVAILABLE')
  for (const type of SPARK_IDENTITY_TYPES) {
    const found = usable.find((i) => i.identity_type === type)
    if (found) return found
  }
  return undefined
}

/** The ad fields that carry an identity, from a cached one; the Business Center only for BC_AUTH_TT. */
export function identityFields(identity: CachedIdentity): Pick<Ad, 'identity_type' | 'identity_id' | 'identity_authorized_bc_id'> {
  const bc = identity.identity_type === 'BC_AUTH_TT' ? identity.identity_authorized_bc_id : undefined
  return { identity_type: identity.identity_type, identity_id: identity.identity_id, ...(bc ? { identity_authorized_bc_id: bc } : {}) }
}
