/**
 * A library creative's own file, served to the renderer for thumbnails and the
 * ad preview (the `creative://` protocol in the app, `/__bridge/media/` in the
 * browser harness). Byte ranges are honoured, as a <video> element seeks with
 * them; only files the library names are ever served, never a path from the URL.
 */
import { createReadStream, statSync } from 'node:fs'
import type { Readable } from 'node:stream'

const TYPES: Record<string, string> = {
  mp4: 'video/mp4',
  mov: 'video/quicktime',
  mpeg: 'video/mpeg',
  '3gp': 'video/3gpp',
  avi: 'video/x-msvideo',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
}

/**
 * `creative://media/<advertiser>/<signature>` or `/__bridge/media/<advertiser>/<signature>`: both ids, nothing else;
 * `…/thumb` after them is the creative's thumbnail (thumbnail-store.ts); `…/cover` after a cover key is the cached
 * cover of a video or image already on TikTok (tiktok-media-store.ts).
 */
export const MEDIA_PATH = /\/media\/(\d{1,30})\/([0-9a-f]{32})(?:\/(thumb|cover))?$/

/** What a media URL names besides the creative's own file. */
export type MediaVariant = 'thumb' | 'cover'
export const mediaVariantOf = (m: RegExpExecArray) => m[3] as MediaVariant | undefined

export interface MediaAnswer {
  status: 200 | 206 | 404 | 416
  headers: Record<string, string>
  body: Readable | null
}

export function mediaAnswer(source: { path: string; extension: string } | null, range: string | null | undefined): MediaAnswer {
  let size: number
  try {
    if (!source) throw new Error('unknown')
    size = statSync(source.path).size
  } catch {
    return { status: 404, headers: { 'Content-Type': 'text/plain' }, body: null }
  }
  const type = TYPES[source.extension] ?? 'application/octet-stream'
  const base = { 'Content-Type': type, 'Accept-Ranges': 'bytes', 'Cache-Control': 'no-store' }
  const m = range ? /^bytes=(\d*)-(\d*)$/.exec(range.trim()) : null
  if (!m || (m[1] === '' && m[2] === ''))
    return { status: 200, headers: { ...base, 'Content-Length': String(size) }, body: createReadStream(source.path) }
  // "bytes=-500" is the last 500 bytes.
  const start = m[1] === '' ? Math.max(0, size - Number(m[2])) : Number(m[1])
  const end = m[1] === '' || m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1)
  if (start > end || start >= size) return { status: 416, headers: { ...base, 'Content-Range': `bytes */${size}` }, body: null }
  return {
    status: 206,
    headers: { ...base, 'Content-Length': String(end - start + 1), 'Content-Range': `bytes ${start}-${end}/${size}` },
    body: createReadStream(source.path, { start, end }),
  }
}
