/**
 * How the sandbox "transcodes" an upload: it reads the stored file with
 * MediaInfo (mediainfo.js) to answer with the width, height, duration, bitrate
 * and format TikTok reports ([SDK] python_sdk/docs/FileApi.md; notes
 * tiktok-api-2026.md §4). Its own reader, not the app's, so a bug in the app's
 * metadata code cannot make the sandbox agree with it.
 */
import { open, stat } from 'node:fs/promises'
import mediaInfoFactory, { type MediaInfo } from 'mediainfo.js'

let instance: Promise<MediaInfo<'object'>> | null = null

export interface Probe {
  picture: 'video' | 'image' | null
  format?: string
  width?: number
  height?: number
  durationSeconds?: number
  bitRate?: number
}

const n = (v: unknown) => (typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : undefined)

export async function probe(path: string): Promise<Probe> {
  const mi = await (instance ??= mediaInfoFactory({ format: 'object' }))
  const size = (await stat(path)).size
  const file = await open(path, 'r')
  try {
    const r = await mi.analyzeData(size, async (len, offset) => {
      const b = Buffer.alloc(len)
      const { bytesRead } = await file.read(b, 0, len, offset)
      return b.subarray(0, bytesRead)
    })
    const tracks = r.media?.track ?? []
    const general = tracks.find((t) => t['@type'] === 'General')
    const video = tracks.find((t) => t['@type'] === 'Video')
    const image = tracks.find((t) => t['@type'] === 'Image')
    const pic = video ?? image
    return {
      picture: video ? 'video' : image ? 'image' : null,
      format: general?.Format ? String(general.Format) : undefined,
      width: n(pic?.Width),
      height: n(pic?.Height),
      durationSeconds: n(general?.Duration),
      bitRate: n(general?.OverallBitRate) ?? n(video?.BitRate),
    }
  } finally {
    await file.close()
  }
}
