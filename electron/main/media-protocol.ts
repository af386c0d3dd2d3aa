/**
 * `creative://media/<advertiser>/<signature>`: a library creative's own file for
 * thumbnails and the ad preview's video. A separate scheme from app://, so the
 * renderer's origin still maps only to its own folder; the handler serves only
 * files the library names (creatives-service `sourceOf`), never a path from the URL.
 */
import { Readable } from 'node:stream'
import { MEDIA_SCHEME } from '#shared/ipc/contract'
import { MEDIA_PATH, mediaAnswer, mediaVariantOf } from '#backend/creatives/media-response'
import type { CreativesService } from '#backend/creatives/creatives-service'
import { APP_ORIGIN } from './app-protocol'

/** Streamed (a 500 MB video is never read whole) and seekable by a <video> element. */
export const MEDIA_SCHEME_PRIVILEGES = {
  scheme: MEDIA_SCHEME,
  privileges: { standard: true, secure: true, stream: true, supportFetchAPI: true, corsEnabled: true },
}

export function mediaProtocolHandler(creatives: Pick<CreativesService, 'mediaFileOf'>) {
  return (request: Request): Response => {
    let url: URL
    try {
      url = new URL(request.url)
    } catch {
      return new Response('Bad request.', { status: 400 })
    }
    const m = url.host === 'media' ? MEDIA_PATH.exec(url.pathname) : null
    const a = mediaAnswer(m ? creatives.mediaFileOf(m[1]!, m[2]!, mediaVariantOf(m)) : null, request.headers.get('range'))
    // The app's own origin may read the pixels (the renderer draws thumbnails from a frame: thumbnail-store.ts); no other.
    const headers = { ...a.headers, 'Access-Control-Allow-Origin': APP_ORIGIN }
    return new Response(a.body ? (Readable.toWeb(a.body) as ReadableStream) : null, { status: a.status, headers })
  }
}
