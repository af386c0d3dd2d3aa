/**
 * "Get recent changes" also reads what the advertiser already has on TikTok: every video of its asset library
 * (`/file/video/ad/search/`, paged) and the images its ads name (`/file/image/ad/info/`, the only image read the SDK
 * documents; notes tiktok-api-2026.md §4). Each cover is copied to this machine at once, because TikTok's links are
 * signed and expire, and a downloaded account should show its creatives offline. Nothing here fails the pull: what
 * could not be read is noted, and what was cached before stays.
 */
import { adMediaSlots, smartPlusMediaSlots } from '#shared/creatives/entity-media'
import { signatureOfRef } from '#shared/creatives/creative-ref'
import type { TikTokImage, TikTokMedia, TikTokVideo } from '#shared/creatives/tiktok-media'
import type { EntitySet } from '#shared/domain/entity-kinds'
import type { SparkPosts } from '#shared/domain/spark-posts'
import { coverKeyOf, MAX_COVER_BYTES, type TikTokMediaStore } from '../creatives/tiktok-media-store'
import type { TikTokClient } from '../tiktok-api/client'
import type { UploadedImage, UploadedVideo } from '../tiktok-api/file-endpoints'
import { fetchAll } from '../tiktok-api/pagination'

/** `/file/image/ad/info/` takes a bounded list; 60 as the video info's documented bound (the SDK states none for images). */
const IMAGE_INFO_BATCH = 60
const COVER_TIMEOUT_MS = 15_000
/** A few covers at once: quick on a pull of hundreds, without opening hundreds of connections to the CDN. */
const COVER_CONCURRENCY = 4

const message = (e: unknown) => (e instanceof Error ? e.message : String(e))

/** Where a cover may be fetched from: TikTok's CDN over https, or a sandbox on this machine over http. */
function allowedLink(link: string | undefined): URL | null {
  if (!link) return null
  try {
    const url = new URL(link)
    const local = url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]'
    return url.protocol === 'https:' || (url.protocol === 'http:' && local) ? url : null
  } catch {
    return null
  }
}

const isImage = (b: Uint8Array) =>
  (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) || (b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47)

/** One cover, whole and an image, or an error saying why not; the CDN needs no token, so none is sent. */
async function downloadCover(link: URL): Promise<Uint8Array> {
  const res = await fetch(link, { signal: AbortSignal.timeout(COVER_TIMEOUT_MS), redirect: 'follow' })
  if (!res.ok) throw new Error(`HTTP ${res.status}`)
  const length = Number(res.headers.get('content-length') ?? 0)
  if (length > MAX_COVER_BYTES) throw new Error(`${length} bytes is larger than a cover`)
  const bytes = new Uint8Array(await res.arrayBuffer())
  if (bytes.length > MAX_COVER_BYTES) throw new Error(`${bytes.length} bytes is larger than a cover`)
  if (!isImage(bytes)) throw new Error('not a JPEG or PNG image')
  return bytes
}

const toVideo = (v: UploadedVideo): TikTokVideo => ({
  video_id: v.video_id,
  file_name: v.file_name,
  width: v.width,
  height: v.height,
  duration: v.duration,
  format: v.format,
  size: v.size,
  signature: v.signature,
  allowed_placements: v.allowed_placements,
  displayable: v.displayable,
  flaw_types: v.flaw_types,
})
const toImage = (i: UploadedImage): TikTokImage => ({
  image_id: i.image_id,
  width: i.width,
  height: i.height,
  format: i.format,
  size: i.size,
  signature: i.signature,
})

/** Number fields TikTok sent as something unreadable become absent, not NaN in the cache. */
const finite = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && !(typeof v === 'number' && !Number.isFinite(v)))) as T

/**
 * Copies each item's cover into the cache and sets its `coverKey`; one already cached is kept (TikTok's cover of a
 * video does not change), a link that is not TikTok's web (or this machine's sandbox) is not followed. Answers what
 * could not be copied, for the caller's notes, or null.
 */
export async function copyCovers(
  store: TikTokMediaStore,
  items: ReadonlyArray<{ id: string; link?: string; item: { coverKey?: string } }>,
): Promise<string | null> {
  const failed: string[] = []
  const queue = items.slice()
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const key = coverKeyOf(next.id)
      if (store.hasCover(key)) {
        next.item.coverKey = key
        continue
      }
      const link = allowedLink(next.link)
      if (!link) continue
      try {
        store.saveCover(key, await downloadCover(link))
        next.item.coverKey = key
      } catch (e) {
        failed.push(`${next.id} (${message(e)})`)
      }
    }
  }
  await Promise.all(Array.from({ length: COVER_CONCURRENCY }, worker))
  if (!failed.length) return null
  return `${failed.length} cover${failed.length === 1 ? '' : 's'} could not be copied: ${failed.slice(0, 3).join(', ')}${failed.length > 3 ? ' …' : ''}`
}

export async function refreshTikTokMedia(
  client: TikTokClient,
  advertiserId: string,
  store: TikTokMediaStore,
  imageIds: readonly string[],
  at: Date,
): Promise<TikTokMedia> {
  const previous = store.load()
  const problems: string[] = []
  let videos: Array<{ item: TikTokVideo; link?: string }>
  try {
    videos = (await fetchAll(client.videoPages(advertiserId))).map((v) => ({ item: finite(toVideo(v)), link: v.video_cover_url }))
  } catch (e) {
    problems.push(`The videos on TikTok could not be listed: ${message(e)}`)
    videos = previous.videos.map((item) => ({ item }))
  }
  const images: Array<{ item: TikTokImage; link?: string }> = []
  const wanted = [...new Set(imageIds)]
  try {
    for (let i = 0; i < wanted.length; i += IMAGE_INFO_BATCH) {
      const { list } = await client.imageInfo(advertiserId, wanted.slice(i, i + IMAGE_INFO_BATCH))
      images.push(...list.map((x) => ({ item: finite(toImage(x)), link: x.image_url })))
    }
  } catch (e) {
    problems.push(`The ads’ images on TikTok could not be read: ${message(e)}`)
    images.splice(0, images.length, ...previous.images.map((item) => ({ item })))
  }

  const failed = await copyCovers(store, [
    ...videos.map((v) => ({ ...v, id: v.item.video_id })),
    ...images.map((x) => ({ ...x, id: x.item.image_id })),
  ])
  if (failed) problems.push(failed)

  const media: TikTokMedia = {
    videos: videos.map((v) => v.item),
    images: images.map((x) => x.item),
    refreshedAt: at.toISOString(),
    problems: problems.map((p) => p.slice(0, 1000)),
  }
  store.save(media)
  return media
}

/** The TikTok image ids the downloaded ads name (manual `image_ids`, Smart+ `web_uri`); library references are local. */
export function imageIdsOf(set: Pick<EntitySet, 'ads' | 'smartPlusAds'>): string[] {
  const slots = [...set.ads.flatMap(adMediaSlots), ...set.smartPlusAds.flatMap(smartPlusMediaSlots)]
  return [...new Set(slots.filter((s) => s.want === 'image' && !signatureOfRef(s.value)).map((s) => s.value))]
}

/**
 * The covers of the Spark posts the profile just cached (`video_info.poster_url`, valid for an hour at TikTok), copied
 * now so the post picker shows them offline; each post gets its `coverKey`. Answers what could not be copied, or null.
 */
export function copySparkPostCovers(store: TikTokMediaStore, posts: SparkPosts): Promise<string | null> {
  return copyCovers(
    store,
    Object.values(posts)
      .flat()
      .map((p) => ({ id: p.item_id, link: p.cover_url, item: p })),
  )
}
