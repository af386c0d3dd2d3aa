/**
 * TikTok posts a Spark "pull" ad can promote: what `/identity/video/get/`
 * answers for an identity that can pull videos, as cached with the advertiser
 * profile for offline drafting. The ad names the post in `tiktok_item_id`
 * ([SDK] python_sdk/docs/AdcreateCreatives.md `tiktok_item_id`;
 * java_sdk/docs/AdAcoBodyMediaInfo.md: "the ID of the TikTok post to be used as
 * an ad (Spark Ad)", from `/identity/video/get/`, DOC 1740218475032577). Fields:
 * [BUB] model/identity/video_get.go, model/ttvideo/info.go (`ItemInfo`,
 * `VideoInfo`); notes tiktok-api-2026.md §4 "Identities and Spark Ads".
 */
import { z } from 'zod'
import type { IdentityType } from './enums'

/** One post of an identity, with what the picker shows. */
export const CachedSparkPostSchema = z.object({
  item_id: z.string(),
  /** The post's caption. */
  text: z.string().default(''),
  /** TikTok's post status, e.g. HESITATE_RECOMMEND (public) or ONLY_AUTHOR_SEE ([BUB] enum TikTokItemStatus). */
  status: z.string().optional(),
  /**
   * The cover image's URL (`video_info.poster_url`). TikTok's links expire after an hour ([BUB] VideoInfo.PosterURL),
   * so a cached one is a best effort: the picker falls back to a plain box.
   */
  cover_url: z.string().optional(),
  /** Set once the pull copied the cover to this machine (served as the media URL's `/cover`: tiktok-media-store.ts). */
  coverKey: z
    .string()
    .regex(/^[0-9a-f]{32}$/)
    .optional(),
  /** Seconds. */
  duration: z.number().optional(),
  width: z.number().optional(),
  height: z.number().optional(),
})
export type CachedSparkPost = z.infer<typeof CachedSparkPostSchema>

/** The identity a post list belongs to: the same account can be reachable as more than one type. */
export const sparkPostKey = (i: { identity_type: IdentityType | string; identity_id: string }) => `${i.identity_type}:${i.identity_id}`

/** Posts per identity (`sparkPostKey`), as stored in the profile. */
export const SparkPostsSchema = z.record(z.string(), z.array(CachedSparkPostSchema))
export type SparkPosts = z.infer<typeof SparkPostsSchema>

/** TikTok's "public" post status ([BUB] enum TikTokItemStatus: HESITATE_RECOMMEND and its ITEM_STATUS_ spelling). */
export const isPublicPost = (p: Pick<CachedSparkPost, 'status'>) =>
  p.status === undefined || p.status === 'HESITATE_RECOMMEND' || p.status === 'ITEM_STATUS_HESITATE_RECOMMEND'

/** The part of a `/identity/video/get/` row the cache keeps (field names as TikTok's, see the file comment). */
export interface SparkPostRow {
  item_id: string
  text?: string
  status?: string
  video_info?: { poster_url?: string; duration?: number; width?: number; height?: number } | null
}

/** A post row as cached: the cover, size and length from its `video_info` (null for carousel posts, [BUB] ItemInfo.VideoInfo). */
export function toCachedSparkPost(row: SparkPostRow): CachedSparkPost {
  const v = row.video_info ?? {}
  return CachedSparkPostSchema.parse({
    item_id: row.item_id,
    text: row.text ?? '',
    status: row.status,
    cover_url: v.poster_url,
    duration: v.duration,
    width: v.width,
    height: v.height,
  })
}
