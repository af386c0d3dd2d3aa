/**
 * Ad identities and what TikTok says about the advertiser: the facts behind
 * TikTok's 2026 Custom Identity phase-out (notes tiktok-api-2026.md §1, §4).
 * Pure data and rules, shared by the client, the editor and validation; the
 * sandbox keeps its own copy of the rule, written from the same notes.
 */
import { z } from 'zod'
import { PanglePackageSchema } from '../audiences/schemas'
import type { Ad } from './entities'
import { IDENTITY_TYPES, SPARK_IDENTITY_TYPES, type IdentityType } from './enums'
import { SparkPostsSchema } from './spark-posts'

export type SparkIdentityType = (typeof SPARK_IDENTITY_TYPES)[number]
export const isSparkIdentity = (type: IdentityType): type is SparkIdentityType => (SPARK_IDENTITY_TYPES as readonly string[]).includes(type)

/** One row of `/identity/get/`'s `identity_list`, as cached for offline drafting. */
export const CachedIdentitySchema = z.object({
  identity_id: z.string(),
  identity_type: z.enum(IDENTITY_TYPES),
  display_name: z.string(),
  /** The Business Center that shares a BC_AUTH_TT identity; TikTok needs it on the ad too. */
  identity_authorized_bc_id: z.string().optional(),
  profile_image: z.string().optional(),
  can_push_video: z.boolean().optional(),
  can_pull_video: z.boolean().optional(),
  available_status: z.string().optional(),
})
export type CachedIdentity = z.infer<typeof CachedIdentitySchema>

/** What `/advertiser/info/`'s `fields` may name ([SDK] yml_files/advertiser_info.yml; notes tiktok-api-2026.md §3). */
export const ADVERTISER_INFO_FIELDS = [
  'advertiser_id',
  'name',
  'currency',
  'timezone',
  'display_timezone',
  'status',
  'role',
  'country',
  'balance',
  'company',
  'can_use_custom_identity',
] as const

/** The `/advertiser/info/` fields Adwright keeps (notes tiktok-api-2026.md §3: currency, time zone row). */
export const AdvertiserInfoSchema = z.object({
  advertiser_id: z.string(),
  name: z.string().optional(),
  currency: z.string().optional(),
  timezone: z.string().optional(),
  display_timezone: z.string().optional(),
  status: z.string().optional(),
  role: z.string().optional(),
  country: z.string().optional(),
  balance: z.number().optional(),
  company: z.string().optional(),
  /** Whether TikTok still lets this advertiser create Custom Identity ads on TikTok placements. */
  can_use_custom_identity: z.boolean().optional(),
})
export type AdvertiserInfo = z.infer<typeof AdvertiserInfoSchema>

/** A pixel from `/pixel/list/` with its events ([SDK] pixel_list.yml; `events` may be absent, notes tiktok-api-2026.md §3). */
export const CachedPixelSchema = z.object({
  pixel_id: z.string(),
  pixel_name: z.string(),
  pixel_code: z.string(),
  events: z.array(z.object({ event_type: z.string(), optimization_event: z.string().optional() })),
})
export type CachedPixel = z.infer<typeof CachedPixelSchema>

/** What an account keeps about its advertiser beside the entities, so ads can be drafted offline. */
export const AdvertiserProfileSchema = z.object({
  info: AdvertiserInfoSchema.nullable(),
  identities: z.array(CachedIdentitySchema),
  /** The advertiser's pixels, for the ad's tracking pixel and the ad group's pixel and optimization event; absent in profiles saved before pixels were cached. */
  pixels: z.array(CachedPixelSchema).default([]),
  /**
   * The posts of each identity that can pull videos (`/identity/video/get/`), keyed by `sparkPostKey`, for Spark
   * "pull" ads (spark-posts.ts); absent in profiles saved before posts were cached.
   */
  sparkPosts: SparkPostsSchema.default({}),
  /** Why the last pull could not list an identity's posts (its previous posts are kept), by `sparkPostKey`. */
  sparkPostErrors: z.record(z.string(), z.string()).default({}),
  /**
   * The Pangle audience packages TikTok offers this advertiser (`/pangle_audience_package/get/`), for the ad group's
   * package pickers; absent in profiles saved before packages were cached.
   */
  panglePackages: z.array(PanglePackageSchema).default([]),
  /** Why the last pull could not list the packages (the previous list is kept); absent when it could. */
  panglePackageError: z.string().optional(),
  /** ISO time of the last refresh from TikTok; null when never fetched. */
  refreshedAt: z.string().nullable(),
})
export type AdvertiserProfile = z.infer<typeof AdvertiserProfileSchema>

export const emptyAdvertiserProfile = (): AdvertiserProfile => ({
  info: null,
  identities: [],
  pixels: [],
  sparkPosts: {},
  sparkPostErrors: {},
  panglePackages: [],
  refreshedAt: null,
})

/**
 * Whether an ad group's ads are shown on TikTok itself: automatic placement, or
 * selected placements that include TikTok. Pangle-only and Global-App-Bundle-only
 * ad groups are not (notes §1, [HELP-CI]).
 */
export const placesOnTikTok = (ag: { placement_type?: string; placements?: readonly string[] }): boolean =>
  // Left out counts as automatic, as on Smart+ ad groups ([DOC 1843314887930946]).
  ag.placement_type !== 'PLACEMENT_TYPE_NORMAL' || (ag.placements ?? []).includes('PLACEMENT_TIKTOK')

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
