/**
 * Thumbnails of library creatives, made here once and kept by the back end (electron/backend/creatives/
 * thumbnail-store.ts). Decoding a video or a full-size image for every row of a 5,000-creative list made each
 * scrolled frame several times too slow; a 96 px JPEG per row is a few kilobytes. A creative without one is drawn
 * when the browser is idle, one at a time, from its own file: a frame half a second in (or the middle of a shorter
 * video), letterboxed so its aspect ratio still shows.
 */
import { create } from 'zustand'
import { call } from '../api/client'
import { mediaUrl } from './use-creatives-store'

export const THUMB_PX = 96

interface ThumbnailStore {
  /** Signatures whose thumbnail was made in this session (the list's `hasThumbnail` covers earlier ones). */
  made: ReadonlySet<string>
  /** Signatures whose file could not be drawn: they keep the placeholder, and are not tried again this session. */
  failed: ReadonlySet<string>
}

export const useThumbnailStore = create<ThumbnailStore>()(() => ({ made: new Set(), failed: new Set() }))

/** The thumbnail's URL: the media URL with `/thumb` after the signature (media-response.ts MEDIA_PATH). */
export const thumbnailUrl = (advertiserId: string, signature: string): string => mediaUrl(advertiserId, signature, 'thumb')

interface Job {
  advertiserId: string
  signature: string
  kind: 'video' | 'image'
}
const queue: Job[] = []
let running = false

/** Asks for a thumbnail; answers a function that withdraws the request (the row scrolled away before its turn). */
export function requestThumbnail(job: Job): () => void {
  const { made, failed } = useThumbnailStore.getState()
  if (made.has(job.signature) || failed.has(job.signature)) return () => {}
  if (!queue.some((j) => j.signature === job.signature)) queue.push(job)
  void drain()
  return () => {
    const at = queue.findIndex((j) => j.signature === job.signature)
    if (at >= 0) queue.splice(at, 1)
  }
}

const idle = () =>
  new Promise<void>((resolve) =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: 1000 }) : setTimeout(resolve, 50),
  )

async function drain() {
  if (running) return
  running = true
  try {
    for (let job = queue.shift(); job; job = queue.shift()) {
      await idle()
      const add = (key: 'made' | 'failed') =>
        useThumbnailStore.setState((s) => ({ [key]: new Set([...s[key], job!.signature]) }) as Partial<ThumbnailStore>)
      try {
        const jpeg = await draw(mediaUrl(job.advertiserId, job.signature), job.kind)
        await call('creatives:save-thumbnail', { advertiserId: job.advertiserId, signature: job.signature, jpegBase64: jpeg })
        add('made')
      } catch {
        add('failed')
      }
    }
  } finally {
    running = false
  }
}

/** A file that gives no picture by then counts as one that cannot be drawn, so one bad file never stalls the queue. */
const DRAW_TIMEOUT_MS = 10_000

/** Resolves with the element once it has a picture to draw, or rejects when the file cannot be decoded (or in time). */
function loaded(src: string, kind: Job['kind']): Promise<HTMLVideoElement | HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const fail = () => reject(new Error(`cannot decode ${src}`))
    setTimeout(fail, DRAW_TIMEOUT_MS)
    if (kind === 'image') {
      const img = new Image()
      img.crossOrigin = 'anonymous'
      img.onload = () => resolve(img)
      img.onerror = fail
      img.src = src
      return
    }
    const video = document.createElement('video')
    video.crossOrigin = 'anonymous'
    video.muted = true
    video.preload = 'auto'
    // A frame half a second in; seeking to 0 may never fire `seeked`, so a video shorter than that takes its first frame.
    video.onloadedmetadata = () => {
      const at = Math.min(0.5, (video.duration || 0) / 2)
      if (at > 0) video.currentTime = at
    }
    video.onseeked = () => resolve(video)
    video.onloadeddata = () => {
      if (video.currentTime === 0 && !(video.duration > 0)) resolve(video)
    }
    video.onerror = fail
    video.src = src
  })
}

async function draw(src: string, kind: Job['kind']): Promise<string> {
  const media = await loaded(src, kind)
  const [w, h] = media instanceof HTMLVideoElement ? [media.videoWidth, media.videoHeight] : [media.naturalWidth, media.naturalHeight]
  if (!w || !h) throw new Error('no picture')
  const canvas = document.createElement('canvas')
  canvas.width = canvas.height = THUMB_PX
  const ctx = canvas.getContext('2d')!
  ctx.fillStyle = '#111'
  ctx.fillRect(0, 0, THUMB_PX, THUMB_PX)
  const scale = Math.min(THUMB_PX / w, THUMB_PX / h)
  ctx.drawImage(media, (THUMB_PX - w * scale) / 2, (THUMB_PX - h * scale) / 2, w * scale, h * scale)
  if (media instanceof HTMLVideoElement) media.removeAttribute('src')
  const blob = await new Promise<Blob | null>((r) => canvas.toBlob(r, 'image/jpeg', 0.8))
  if (!blob) throw new Error('no JPEG')
  const bytes = new Uint8Array(await blob.arrayBuffer())
  let text = ''
  for (const b of bytes) text += String.fromCharCode(b)
  return btoa(text)
}
