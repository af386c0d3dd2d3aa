/**
 * Reads a media file's facts with MediaInfo (mediainfo.js, its WebAssembly
 * build: the same parser in Node and in Electron, for every container TikTok
 * takes — MP4, MOV, MPEG, 3GP, AVI — and for JPEG/PNG), reading only the chunks
 * it asks for, so a 500 MB video is never loaded whole.
 */
import { open } from 'node:fs/promises'
import { extname } from 'node:path'
import mediaInfoFactory, { type MediaInfo, type Track } from 'mediainfo.js'
import type { MediaFacts } from '#shared/creatives/creative'

export class MediaFileError extends Error {}

let shared: Promise<MediaInfo<'object'>> | null = null
/** One MediaInfo instance for the process: its WebAssembly module takes ~100 ms to start. */
const mediaInfo = () => (shared ??= mediaInfoFactory({ format: 'object' }))

const num = (v: unknown): number | undefined => {
  const n = typeof v === 'string' ? Number(v) : typeof v === 'number' ? v : NaN
  return Number.isFinite(n) ? n : undefined
}

export async function readMediaFacts(path: string, sizeBytes: number): Promise<MediaFacts> {
  const mi = await mediaInfo()
  const file = await open(path, 'r')
  let tracks: Track[]
  try {
    const result = await mi.analyzeData(sizeBytes, async (size, offset) => {
      const buffer = Buffer.alloc(size)
      const { bytesRead } = await file.read(buffer, 0, size, offset)
      return buffer.subarray(0, bytesRead)
    })
    tracks = result.media?.track ?? []
  } finally {
    await file.close()
  }
  const general = tracks.find((t) => t['@type'] === 'General')
  const video = tracks.find((t) => t['@type'] === 'Video')
  const image = tracks.find((t) => t['@type'] === 'Image')
  const extension = extname(path).slice(1).toLowerCase()
  const picture = video ?? image
  if (!general?.Format || !picture) throw new MediaFileError('This is not a video or image file Adwright can read (no picture track found).')
  const width = num(picture.Width)
  const height = num(picture.Height)
  if (!width || !height) throw new MediaFileError('The file has no readable picture size; it may be truncated or damaged.')
  if (video) {
    const durationSeconds = num(general.Duration) ?? num(video.Duration)
    if (!durationSeconds) throw new MediaFileError('The video has no readable duration; it may be truncated or damaged.')
    // TikTok's bitrate is the file's overall rate; the video stream's alone is the fallback.
    const bitrate = num(general.OverallBitRate) ?? num(video.BitRate)
    return {
      kind: 'video',
      format: String(general.Format),
      extension,
      width,
      height,
      sizeBytes,
      durationSeconds,
      bitrateKbps: bitrate !== undefined ? bitrate / 1000 : undefined,
      videoCodec: video.Format ? String(video.Format) : undefined,
    }
  }
  return { kind: 'image', format: String(general.Format), extension, width, height, sizeBytes }
}
