/**
 * A creative in the advertiser's local library: a video or image file on this
 * machine, keyed by its MD5 — TikTok's `video_signature` / `image_signature`
 * (notes tiktok-api-2026.md §4), so the same bytes are one creative however
 * often they are added, and an upload can be matched to what TikTok already has.
 */
import { z } from 'zod'

export const SignatureSchema = z.string().regex(/^[0-9a-f]{32}$/, 'A creative signature is the file’s MD5: 32 hexadecimal digits.')

/** What MediaInfo read from the file, in the units TikTok's specs use. */
export const MediaFactsSchema = z
  .object({
    kind: z.enum(['video', 'image']),
    /** Container (MPEG-4, QuickTime, AVI, MPEG-PS, 3GPP…) or image format (JPEG, PNG…), as MediaInfo names it. */
    format: z.string().max(64),
    /** Lower-case extension of the file name, without the dot. */
    extension: z.string().max(16),
    width: z.number().int().nonnegative(),
    height: z.number().int().nonnegative(),
    sizeBytes: z.number().int().nonnegative(),
    /** Videos only. */
    durationSeconds: z.number().nonnegative().optional(),
    bitrateKbps: z.number().nonnegative().optional(),
    videoCodec: z.string().max(64).optional(),
  })
  .strict()
export type MediaFacts = z.infer<typeof MediaFactsSchema>

/** TikTok's verdict on an uploaded video ([SDK] FileApi.md; notes tiktok-api-2026.md §4). Images have none but `is_carousel_usable`. */
export const UploadVerdictSchema = z
  .object({
    materialId: z.string().max(64).optional(),
    flawTypes: z.array(z.string().max(64)).max(50).optional(),
    allowedPlacements: z.array(z.string().max(64)).max(10).optional(),
    displayable: z.boolean().optional(),
    carouselUsable: z.boolean().optional(),
    uploadedAt: z.string().max(32),
    /** Found among the advertiser's materials by signature instead of uploaded. */
    found: z.boolean().optional(),
  })
  .strict()
export type UploadVerdict = z.infer<typeof UploadVerdictSchema>

export const LibraryCreativeSchema = z
  .object({
    signature: SignatureSchema,
    fileName: z.string().max(1024),
    /** Where the bytes are: the library references the buyer's file rather than copying it (docs/ARCHITECTURE.md). */
    sourcePath: z.string().max(4096),
    /** The source's modification time when added (ms), to notice an edited file without re-hashing everything. */
    sourceModifiedMs: z.number().nonnegative(),
    addedAt: z.string().max(32),
    facts: MediaFactsSchema,
    tags: z.array(z.string().max(64)).max(50),
    /** TikTok's ids once uploaded (`video_id` / `image_id`), per advertiser account. */
    tiktokId: z.string().max(64).optional(),
    /** TikTok's answer to the upload (or to /file/video/ad/info/ when found there), kept to show beside the offline checks. */
    verdict: UploadVerdictSchema.optional(),
    /** When an upload of this file last left; with no `tiktokId` it may have reached TikTok, so the next post looks first. */
    uploadSentAt: z.string().max(32).optional(),
  })
  .strict()
export type LibraryCreative = z.infer<typeof LibraryCreativeSchema>

/** Width ÷ height reduced to the ratio name TikTok's specs use, or null when it is none of them. */
export type AspectName = '9:16' | '1:1' | '16:9'
