/**
 * Small JPEG thumbnails of library creatives, one per signature, in `<account>/creatives/thumbs/`. The renderer
 * makes them (Chromium decodes every format the library takes and draws a frame on a canvas; the app ships no
 * ffmpeg) the first time a creative is shown, and the list then loads a few kilobytes per row instead of decoding
 * the video or a full-size image — which is what kept a 5,000-creative list from scrolling smoothly
 * (`npm run bench -- creative-library-scroll`). A thumbnail is a cache: losing one only means it is drawn again.
 */
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { ServiceError } from '../app/service-error'
import { writeFileAtomic } from '../storage/atomic-write'

/** A 96 px JPEG is a few kilobytes; anything near this is not a thumbnail. */
export const MAX_THUMBNAIL_BYTES = 64 * 1024

const isJpeg = (b: Uint8Array) => b.length > 4 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff

export function thumbnailStore(accountDir: string) {
  const dir = join(accountDir, 'creatives', 'thumbs')
  const pathOf = (signature: string) => join(dir, `${signature}.jpg`)
  return {
    pathOf,
    has: (signature: string) => existsSync(pathOf(signature)),
    /** The signatures that have one, in one directory read (the list asks for thousands at once). */
    all(): Set<string> {
      if (!existsSync(dir)) return new Set()
      return new Set(readdirSync(dir).flatMap((n) => (/^[0-9a-f]{32}\.jpg$/.test(n) ? [n.slice(0, 32)] : [])))
    },
    save(signature: string, jpeg: Uint8Array) {
      if (!isJpeg(jpeg)) throw new ServiceError('INVALID_REQUEST', 'A thumbnail must be a JPEG image.')
      if (jpeg.length > MAX_THUMBNAIL_BYTES) throw new ServiceError('INVALID_REQUEST', `A thumbnail is at most ${MAX_THUMBNAIL_BYTES / 1024} KB.`)
      mkdirSync(dir, { recursive: true })
      writeFileAtomic(pathOf(signature), jpeg)
    },
    remove: (signature: string) => rmSync(pathOf(signature), { force: true }),
  }
}
