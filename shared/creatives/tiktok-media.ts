/**
 * The videos and images an advertiser already has on TikTok — its asset library, read at pull time from
 * `/file/video/ad/search/` and, for the images its ads use, `/file/image/ad/info/` ([SDK] FileApi.md; notes
 * tiktok-api-2026.md §4) — with their covers copied to this machine, so a downloaded account shows what its ads run
 * with offline. These are TikTok's files, not the buyer's: they are never uploaded and carry TikTok's ids.
 */
import { z } from 'zod'

/** A cover's file name in the cache: the MD5 of TikTok's id (image ids hold slashes), as 32 hex digits. */
export const CoverKeySchema = z.string().regex(/^[0-9a-f]{32}$/)

const optionalNumber = z.number().nonnegative().optional()

export const TikTokVideoSchema = z.object({
  video_id: z.string().min(1).max(128),
  file_name: z.string().max(1024).optional(),
  width: optionalNumber,
  height: optionalNumber,
  /** Seconds. */
  duration: optionalNumber,
  format: z.string().max(32).optional(),
  size: optionalNumber,
  signature: z.string().max(64).optional(),
  allowed_placements: z.array(z.string().max(64)).max(10).optional(),
  displayable: z.boolean().optional(),
  flaw_types: z.array(z.string().max(64)).max(50).optional(),
  /** Set once the cover is in the cache (served as the media URL's `/cover`). */
  coverKey: CoverKeySchema.optional(),
})
export type TikTokVideo = z.infer<typeof TikTokVideoSchema>

export const TikTokImageSchema = z.object({
  image_id: z.string().min(1).max(512),
  file_name: z.string().max(1024).optional(),
  width: optionalNumber,
  height: optionalNumber,
  format: z.string().max(32).optional(),
  size: optionalNumber,
  signature: z.string().max(64).optional(),
  coverKey: CoverKeySchema.optional(),
})
export type TikTokImage = z.infer<typeof TikTokImageSchema>

export const TikTokMediaSchema = z.object({
  videos: z.array(TikTokVideoSchema),
  images: z.array(TikTokImageSchema),
  /** ISO time of the pull that listed them; null before the first. */
  refreshedAt: z.string().nullable(),
  /** What the last pull could not do (list the videos, read the images, copy some covers); the rest was kept. */
  problems: z.array(z.string().max(1000)).max(20).default([]),
})
export type TikTokMedia = z.infer<typeof TikTokMediaSchema>

export const emptyTikTokMedia = (): TikTokMedia => ({ videos: [], images: [], refreshedAt: null, problems: [] })

/** What the Creatives page and the pickers get: each item with the number of ads that name it. */
export type TikTokMediaView = Omit<TikTokMedia, 'videos' | 'images'> & {
  videos: Array<TikTokVideo & { usedBy: number }>
  images: Array<TikTokImage & { usedBy: number }>
}
