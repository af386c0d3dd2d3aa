/**
 * TikTok's asset endpoints as the sandbox plays them ([SDK]
 * python_sdk/docs/FileApi.md and FilteringVideoAdSearch.md; notes
 * tiktok-api-2026.md §4): multipart uploads checked against their MD5
 * signature, answers shaped like TikTok's (a list of videos; one image), and
 * info / search over what the advertiser has.
 *
 * Undocumented, so chosen here and switchable later: the same bytes uploaded
 * twice get a second video id (the worst case, so a client must look before it
 * uploads), and the `flaw_types` names are the sandbox's stand-ins for TikTok's
 * (its enum is not in the notes), set only when `flaw_detect` is true.
 */
import type { Placement } from '#shared/domain/enums'
import { aspectOf } from '#shared/creatives/spec-checks'
import { VIDEO_SPECS } from '#shared/creatives/spec-table'
import { advertiserOf, ApiFailure, isBlank, oneOf, pageSlice, paramError, stringArray, type Handler, type HandlerContext } from './handler-kit'
import { coverUrl, imageUrl } from './material-cdn'
import { materialsOf, nextMaterialIds, type StoredImage, type StoredVideo } from './material-store'
import type { MultipartForm } from './multipart'
import { probe } from './media-probe'
import { apiTime } from './sandbox-state'

export type UploadHandler = (ctx: HandlerContext, form: MultipartForm) => Promise<unknown>

const UPLOAD_TYPES = ['UPLOAD_BY_FILE', 'UPLOAD_BY_URL', 'UPLOAD_BY_FILE_ID', 'UPLOAD_BY_VIDEO_ID'] as const
const IMAGE_UPLOAD_TYPES = ['UPLOAD_BY_FILE', 'UPLOAD_BY_URL', 'UPLOAD_BY_FILE_ID'] as const

/** The upload's advertiser and its one file, whose signature must be the file's MD5 ([SDK] FileApi.md). */
function theUpload(ctx: HandlerContext, form: MultipartForm, kind: 'video' | 'image', types: readonly string[]) {
  const advertiserId = advertiserOf(ctx)
  const type = oneOf(ctx.params, 'upload_type', types) ?? 'UPLOAD_BY_FILE'
  if (type !== 'UPLOAD_BY_FILE') throw new ApiFailure(40002, `upload_type: ${type} is not played by the sandbox; upload the file.`)
  const file = form.files.find((f) => f.field === `${kind}_file`)
  if (!file) throw paramError(`${kind}_file`, 'Missing data for required field.')
  const signature = form.fields[`${kind}_signature`]
  if (isBlank(signature)) throw paramError(`${kind}_signature`, 'Missing data for required field.')
  if (signature!.toLowerCase() !== file.md5) throw paramError(`${kind}_signature`, 'Does not match the MD5 of the uploaded file.')
  return { advertiserId, file }
}

/** TikTok's verdict per placement, from the same published specs (notes §5) the app checks offline. */
function verdict(width: number, height: number, seconds: number, kbps: number, sizeBytes: number, extension: string) {
  const flaws = new Set<string>()
  const allowed: Placement[] = []
  for (const [placement, spec] of Object.entries(VIDEO_SPECS) as Array<[Placement, (typeof VIDEO_SPECS)[Placement]]>) {
    const aspect = aspectOf(width, height)
    const min = aspect ? spec.minResolution?.[aspect] : undefined
    const bad = [
      !spec.extensions.includes(extension) && 'UNSUPPORTED_FORMAT',
      (!aspect || !spec.aspects.includes(aspect)) && 'UNSUPPORTED_ASPECT_RATIO',
      min && (width < min[0] || height < min[1]) && 'LOW_RESOLUTION',
      ((spec.minSeconds !== undefined && seconds < spec.minSeconds) || seconds > spec.maxSeconds) && 'DURATION_OUT_OF_RANGE',
      kbps < spec.minBitrateKbps && 'LOW_BITRATE',
      sizeBytes > spec.maxBytes && 'FILE_TOO_LARGE',
    ].filter((x): x is string => typeof x === 'string')
    if (bad.length === 0) allowed.push(placement)
    else bad.forEach((b) => flaws.add(b))
  }
  return { allowed, flaws: [...flaws] }
}

const uploadVideo: UploadHandler = async (ctx, form) => {
  const { advertiserId, file } = theUpload(ctx, form, 'video', UPLOAD_TYPES)
  const p = await probe(file.path)
  if (p.picture !== 'video' || !p.width || !p.height || !p.durationSeconds)
    throw paramError('video_file', 'The file is not a video TikTok can read (it may be truncated or another format).')
  const name = String(ctx.params.file_name ?? file.fileName)
  const extension = (file.fileName.split('.').pop() ?? '').toLowerCase()
  const kbps = (p.bitRate ?? 0) / 1000
  const { allowed, flaws } = verdict(p.width, p.height, p.durationSeconds, kbps, file.size, extension)
  const ids = nextMaterialIds(ctx.state, 'video')
  const video: StoredVideo = {
    advertiser_id: advertiserId,
    video_id: ids.id,
    material_id: ids.material,
    file_name: name,
    signature: file.md5,
    width: p.width,
    height: p.height,
    duration: Math.round(p.durationSeconds * 1000) / 1000,
    bit_rate: Math.round(p.bitRate ?? 0),
    format: extension,
    size: file.size,
    // Links are made per answer from the request's origin (material-cdn.ts); the stored ones are placeholders.
    video_cover_url: '',
    preview_url: '',
    allowed_placements: allowed,
    displayable: true,
    flaw_types: ctx.params.flaw_detect === 'true' || ctx.params.flaw_detect === true ? flaws : [],
    create_time: apiTime(ctx.now()),
  }
  materialsOf(ctx.state).videos[video.video_id] = video
  return [videoAnswer(ctx)(video)]
}

const uploadImage: UploadHandler = async (ctx, form) => {
  const { advertiserId, file } = theUpload(ctx, form, 'image', IMAGE_UPLOAD_TYPES)
  const p = await probe(file.path)
  if (p.picture !== 'image' || !p.width || !p.height) throw paramError('image_file', 'The file is not an image TikTok can read.')
  const ids = nextMaterialIds(ctx.state, 'image')
  const image: StoredImage = {
    advertiser_id: advertiserId,
    image_id: ids.id,
    material_id: ids.material,
    file_name: String(ctx.params.file_name ?? file.fileName),
    signature: file.md5,
    width: p.width,
    height: p.height,
    format: (p.format ?? '').toLowerCase(),
    size: file.size,
    image_url: '',
    // Carousel cards take the in-feed image sizes (notes §5: 720×1280 at least).
    is_carousel_usable: p.width >= 720 && p.height >= 1280,
    create_time: apiTime(ctx.now()),
  }
  materialsOf(ctx.state).images[image.image_id] = image
  return imageAnswer(ctx)(image)
}

const mine = <T extends { advertiser_id: string }>(list: Record<string, T>, advertiserId: string) =>
  Object.values(list).filter((x) => x.advertiser_id === advertiserId)
const strip = <T extends { advertiser_id: string; create_time: string }>({ advertiser_id: _a, create_time: _c, ...rest }: T) => rest
/** A material as TikTok answers it: without the sandbox's own fields, with its CDN links for this request. */
const videoAnswer = (ctx: HandlerContext) => (v: StoredVideo) => ({ ...strip(v), video_cover_url: coverUrl(ctx, v.video_id), preview_url: '' })
const imageAnswer = (ctx: HandlerContext) => (i: StoredImage) => ({ ...strip(i), image_url: imageUrl(ctx, i.image_id) })

/** The info endpoints: the advertiser's own materials among the ids asked for, in the order asked. */
const infoOf =
  <T extends { advertiser_id: string; create_time: string }>(
    field: string,
    max: number,
    records: (ctx: HandlerContext) => Record<string, T>,
    answer: (ctx: HandlerContext) => (record: T) => unknown,
  ): Handler =>
  (ctx) => {
    const advertiserId = advertiserOf(ctx)
    const ids = stringArray(ctx.params, field) ?? []
    if (ids.length === 0) throw paramError(field, 'Missing data for required field.')
    if (ids.length > max) throw paramError(field, `At most ${max} ids per request.`)
    const all = records(ctx)
    return {
      list: ids
        .map((id) => all[id])
        .filter((v): v is T => v?.advertiser_id === advertiserId)
        .map(answer(ctx)),
    }
  }

/** `video_ids` up to 60 ([SDK] FileApi.md ad_video_info); `image_ids` up to 100 (file_image_ad_info, our bound: the SDK states none). */
const videoInfo = infoOf('video_ids', 60, (ctx) => materialsOf(ctx.state).videos, videoAnswer)
const imageInfo = infoOf('image_ids', 100, (ctx) => materialsOf(ctx.state).images, imageAnswer)

/** Filters of FilteringVideoAdSearch.md; page_size 1–100, default 20. */
const videoSearch: Handler = (ctx) => {
  const advertiserId = advertiserOf(ctx)
  const f = (ctx.params.filtering ?? {}) as Record<string, unknown>
  if (typeof f !== 'object' || Array.isArray(f)) throw paramError('filtering', 'Must be a JSON object.')
  const ids = stringArray(f, 'video_ids')
  const materials = stringArray(f, 'material_ids')
  if ((ids?.length ?? 0) > 100 || (materials?.length ?? 0) > 100) throw paramError('filtering', 'At most 100 ids per list.')
  const ratios = Array.isArray(f.ratio) ? (f.ratio as unknown[]).map(Number) : undefined
  const list = mine(materialsOf(ctx.state).videos, advertiserId)
    .filter((v) => !ids || ids.includes(v.video_id))
    .filter((v) => !materials || materials.includes(v.material_id))
    .filter((v) => f.width === undefined || v.width === Number(f.width))
    .filter((v) => f.height === undefined || v.height === Number(f.height))
    .filter((v) => f.displayable !== true || v.displayable)
    // "precision 0.05": 1.7 finds ratios between 1.65 and 1.75.
    .filter((v) => !ratios || ratios.some((r) => Math.abs(v.width / v.height - r) <= 0.05))
    .sort((a, b) => a.video_id.localeCompare(b.video_id))
    .map(videoAnswer(ctx))
  return pageSlice(ctx.params, list, 100, 20)
}

export const UPLOAD_ROUTES: Record<string, UploadHandler> = {
  '/file/video/ad/upload/': uploadVideo,
  '/file/image/ad/upload/': uploadImage,
}

export const FILE_ROUTES: Record<string, { method: 'GET' | 'POST'; handler: Handler; write: boolean }> = {
  '/file/video/ad/info/': { method: 'GET', handler: videoInfo, write: false },
  '/file/image/ad/info/': { method: 'GET', handler: imageInfo, write: false },
  '/file/video/ad/search/': { method: 'GET', handler: videoSearch, write: false },
}

/** Temporary upload files never outlive their request, whatever the handler did (the server calls this when it answers). */
export const discardUpload = (form: MultipartForm | null) => form?.discard()
