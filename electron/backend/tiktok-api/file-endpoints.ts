/**
 * TikTok's asset endpoints ([SDK] python_sdk/docs/FileApi.md; notes
 * tiktok-api-2026.md §4): uploads as multipart with the file's MD5 as its
 * signature, streamed from disk (`openAsBlob`), and the info / search reads
 * that find what the advertiser already has. An upload carries no idempotency
 * key, so it is never re-sent blindly: after an unknown outcome the caller
 * searches by signature before uploading again.
 */
import { openAsBlob, statSync } from 'node:fs'
import { basename } from 'node:path'
import { z } from 'zod'
import { paginate } from './pagination'
import { PageInfoSchema } from './response-schemas'
import type { Transport } from './transport'

// Every field may be absent or typed differently across accounts; only the id is required to be usable.
const optional = <T extends z.ZodType>(t: T) => t.optional().catch(undefined)
const num = optional(z.union([z.number(), z.string().transform(Number)]))

export const UploadedVideoSchema = z.looseObject({
  video_id: z.string(),
  material_id: optional(z.union([z.string(), z.number()]).transform(String)),
  file_name: optional(z.string()),
  signature: optional(z.string()),
  width: num,
  height: num,
  duration: num,
  bit_rate: num,
  format: optional(z.string()),
  size: num,
  video_cover_url: optional(z.string()),
  preview_url: optional(z.string()),
  allowed_placements: optional(z.array(z.string())),
  displayable: optional(z.boolean()),
  flaw_types: optional(z.array(z.string())),
})
export type UploadedVideo = z.infer<typeof UploadedVideoSchema>

export const UploadedImageSchema = z.looseObject({
  image_id: z.string(),
  material_id: optional(z.union([z.string(), z.number()]).transform(String)),
  signature: optional(z.string()),
  width: num,
  height: num,
  format: optional(z.string()),
  size: num,
  image_url: optional(z.string()),
  is_carousel_usable: optional(z.boolean()),
})
export type UploadedImage = z.infer<typeof UploadedImageSchema>

/** Long enough for TikTok's 500 MB at a few MB/s; reads keep the transport's own timeout. */
const UPLOAD_TIMEOUT_MS = 30 * 60_000
const SEARCH_PAGE_SIZE = 100

export interface UploadFile {
  path: string
  /** The file's MD5, hex: TikTok checks it against the bytes it receives. */
  signature: string
  fileName?: string
  /** Hears each chunk as it is read from disk into the request body: the upload's progress in bytes. */
  onBytes?: (n: number) => void
  /** Asked before each chunk; true stops the body mid-stream, so TikTok never receives a whole file. */
  isCancelled?: () => boolean
}

const READ_AHEAD_CHUNKS = 16

export class UploadCancelledError extends Error {
  constructor() {
    super('The upload was cancelled before the whole file was sent.')
  }
}

/**
 * The file as a streamed form part that reports its bytes and can be stopped.
 * FormData keeps a File it is given as it is (no filename argument), and fetch
 * serialises it through `stream()`, so overriding `stream()` is enough.
 */
function countedFile(blob: Blob, name: string, f: UploadFile): File {
  class CountedFile extends File {
    override stream(): ReadableStream<Uint8Array<ArrayBuffer>> {
      const reader = super.stream().getReader()
      return new ReadableStream(
        {
          async pull(controller) {
            if (f.isCancelled?.()) {
              await reader.cancel()
              return controller.error(new UploadCancelledError())
            }
            const { done, value } = await reader.read()
            if (done) return controller.close()
            f.onBytes?.(value.byteLength)
            controller.enqueue(value)
          },
          cancel: (reason) => reader.cancel(reason),
        },
        // Read ahead a few chunks: with the default of one, each disk read waited for the last chunk to be sent,
        // and the upload ran at half the speed of a plain fetch of the same file (npm run bench -- creative-upload).
        { highWaterMark: READ_AHEAD_CHUNKS },
      )
    }
  }
  return new CountedFile([blob], name)
}

export function fileEndpoints(t: Transport) {
  const form = (advertiserId: string, field: 'video' | 'image', f: UploadFile, extra: Record<string, string>) => async () => {
    const body = new FormData()
    body.set('advertiser_id', advertiserId)
    body.set('upload_type', 'UPLOAD_BY_FILE')
    body.set(`${field}_signature`, f.signature)
    body.set('file_name', f.fileName ?? basename(f.path))
    for (const [k, v] of Object.entries(extra)) body.set(k, v)
    if (!statSync(f.path, { throwIfNoEntry: false })?.isFile()) throw new Error(`The file ${f.path} is no longer there: it was moved or deleted.`)
    body.set(`${field}_file`, countedFile(await openAsBlob(f.path), basename(f.path), f))
    return body
  }

  return {
    /** Not idempotent: an AmbiguousRequestError means "search by signature before uploading again". */
    uploadVideo: async (advertiserId: string, f: UploadFile): Promise<UploadedVideo> => {
      const list = await t.request({
        method: 'POST',
        path: '/file/video/ad/upload/',
        form: form(advertiserId, 'video', f, { flaw_detect: 'true' }),
        data: z.array(UploadedVideoSchema).min(1),
        idempotent: false,
        timeoutMs: UPLOAD_TIMEOUT_MS,
      })
      return list[0]!
    },
    uploadImage: (advertiserId: string, f: UploadFile): Promise<UploadedImage> =>
      t.request({
        method: 'POST',
        path: '/file/image/ad/upload/',
        form: form(advertiserId, 'image', f, {}),
        data: UploadedImageSchema,
        idempotent: false,
        timeoutMs: UPLOAD_TIMEOUT_MS,
      }),
    videoInfo: (advertiserId: string, videoIds: string[]) =>
      t.request({
        method: 'GET',
        path: '/file/video/ad/info/',
        params: { advertiser_id: advertiserId, video_ids: videoIds },
        data: z.object({ list: z.array(UploadedVideoSchema) }).loose(),
        idempotent: true,
      }),
    imageInfo: (advertiserId: string, imageIds: string[]) =>
      t.request({
        method: 'GET',
        path: '/file/image/ad/info/',
        params: { advertiser_id: advertiserId, image_ids: imageIds },
        data: z.object({ list: z.array(UploadedImageSchema) }).loose(),
        idempotent: true,
      }),
    /** Every video of the advertiser, page by page; TikTok's search has no signature filter, so dedup reads them all. */
    videoPages: (advertiserId: string) =>
      paginate('/file/video/ad/search/', async (page) => {
        const data = await t.request({
          method: 'GET',
          path: '/file/video/ad/search/',
          params: { advertiser_id: advertiserId, page, page_size: SEARCH_PAGE_SIZE },
          data: z.object({ list: z.array(UploadedVideoSchema), page_info: PageInfoSchema }).loose(),
          idempotent: true,
        })
        return { items: data.list, page_info: data.page_info }
      }),
  }
}
