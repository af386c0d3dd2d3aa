/**
 * Fetches what TikTok says about an advertiser for the account cache: its
 * `/advertiser/info/` row and every identity from `/identity/get/` (notes
 * tiktok-api-2026.md §3, §4), its pixels from `/pixel/list/`, and the posts of
 * each identity that can pull videos from `/identity/video/get/` (Spark "pull"
 * ads, shared/domain/spark-posts.ts), and its Pangle audience packages from
 * `/pangle_audience_package/get/`. Identity types Adwright does not know are left
 * out (a newer TikTok type cannot be drafted with anyway); fields it does not
 * keep are dropped by the shared schemas.
 */
import { PANGLE_BIND_TYPES } from '#shared/audiences/kinds'
import type { PanglePackage } from '#shared/audiences/schemas'
import { IDENTITY_TYPES } from '#shared/domain/enums'
import {
  AdvertiserInfoSchema,
  CachedIdentitySchema,
  CachedPixelSchema,
  isSparkIdentity,
  type AdvertiserProfile,
  type CachedIdentity,
} from '#shared/domain/identities'
import { sparkPostKey, toCachedSparkPost, type SparkPosts } from '#shared/domain/spark-posts'
import type { TikTokClient } from '../tiktok-api/client'
import { fetchAll } from '../tiktok-api/pagination'

const known = (t: string) => (IDENTITY_TYPES as readonly string[]).includes(t)

/**
 * `previous` is the cached profile: when one identity's posts cannot be listed, its previously cached posts stay
 * (and the failure is noted), so the picker keeps working and the rest of the pull goes on; the same for the
 * Pangle packages.
 */
export async function fetchAdvertiserProfile(
  client: TikTokClient,
  advertiserId: string,
  at: Date,
  previous?: Pick<AdvertiserProfile, 'sparkPosts' | 'panglePackages'>,
): Promise<AdvertiserProfile> {
  const row = (await client.advertiserInfo([advertiserId])).find((r) => r.advertiser_id === advertiserId)
  const identities = (await fetchAll(client.identityPages(advertiserId)))
    .filter((i) => known(i.identity_type))
    .map((i) => CachedIdentitySchema.parse({ ...i, display_name: i.display_name ?? i.identity_id }))
  const pixels = (await fetchAll(client.pixelPages(advertiserId))).map((p) =>
    CachedPixelSchema.parse({ ...p, events: p.events.map((e) => ({ event_type: e.event_type, optimization_event: e.optimization_event })) }),
  )
  const { sparkPosts, sparkPostErrors } = await fetchSparkPosts(client, advertiserId, identities, previous?.sparkPosts ?? {})
  const { panglePackages, panglePackageError } = await fetchPanglePackages(client, advertiserId, previous?.panglePackages ?? [])
  // A balance TikTok sent as an unreadable string is left out rather than stored as NaN.
  const info = row ? AdvertiserInfoSchema.parse({ ...row, balance: Number.isFinite(row.balance) ? row.balance : undefined }) : null
  return {
    info,
    identities,
    pixels,
    sparkPosts,
    sparkPostErrors,
    panglePackages,
    ...(panglePackageError === undefined ? {} : { panglePackageError }),
    refreshedAt: at.toISOString(),
  }
}

/** Posts of the Spark identities TikTok says can pull videos, one identity after the other (each listing is paged). */
async function fetchSparkPosts(client: TikTokClient, advertiserId: string, identities: readonly CachedIdentity[], previous: SparkPosts) {
  const sparkPosts: SparkPosts = {}
  const sparkPostErrors: Record<string, string> = {}
  for (const identity of identities) {
    if (!isSparkIdentity(identity.identity_type) || identity.can_pull_video !== true) continue
    const key = sparkPostKey(identity)
    try {
      sparkPosts[key] = (await fetchAll(client.sparkPostPages(advertiserId, identity))).map(toCachedSparkPost)
    } catch (e) {
      // The client's errors never carry the token (errors.ts, redact()).
      sparkPostErrors[key] = e instanceof Error ? e.message : String(e)
      if (previous[key]) sparkPosts[key] = previous[key]
    }
  }
  return { sparkPosts, sparkPostErrors }
}

const bindTypes = PANGLE_BIND_TYPES as readonly string[]

/**
 * The packages, those with a bind type Adwright knows (a newer type could be put in neither field). An advertiser
 * without Pangle may be refused the listing: that is noted and the previous list kept, not a failed pull.
 */
async function fetchPanglePackages(client: TikTokClient, advertiserId: string, previous: readonly PanglePackage[]) {
  try {
    const { packages } = await client.panglePackages(advertiserId)
    const panglePackages = (packages ?? [])
      .filter((p) => bindTypes.includes(p.bind_type))
      .map((p): PanglePackage => ({ package_id: p.package_id, package_name: p.package_name, bind_type: p.bind_type as PanglePackage['bind_type'] }))
    return { panglePackages, panglePackageError: undefined }
  } catch (e) {
    return { panglePackages: [...previous], panglePackageError: e instanceof Error ? e.message : String(e) }
  }
}
