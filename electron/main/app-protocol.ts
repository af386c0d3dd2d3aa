/**
 * The renderer is served from `app://adwright/` instead of file://: a file:// page may
 * read other local files and shares one origin with every other file, while a
 * privileged standard scheme gives the app its own origin that only maps to the
 * renderer's folder. Kept free of Electron imports so the handler runs in Node tests.
 */
import { readFile } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'
import { CONTENT_SECURITY_POLICY } from './csp'
import { CONTENT_TYPES } from '#backend/http/content-types'

export const APP_SCHEME = 'app'
export const APP_ORIGIN = `${APP_SCHEME}://adwright`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

/** For protocol.registerSchemesAsPrivileged, before the app is ready: a standard, secure origin with fetch. */
export const APP_SCHEME_PRIVILEGES = { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }

const answer = (status: number, text: string) => new Response(text, { status, headers: { 'Content-Type': 'text/plain' } })

/** The protocol.handle handler: files under `rendererDir` only, with the CSP as a header. */
export function appProtocolHandler(rendererDir: string) {
  const root = normalize(rendererDir)
  return async (request: Request): Promise<Response> => {
    let url: URL
    let path: string
    try {
      url = new URL(request.url)
      path = decodeURIComponent(url.pathname)
    } catch {
      return answer(400, 'Bad request.')
    }
    if (`${url.protocol}//${url.host}` !== APP_ORIGIN) return answer(404, 'Not found.')
    const file = join(root, normalize(path === '/' ? '/index.html' : path))
    if (!file.startsWith(root + sep)) return answer(403, 'Forbidden.')
    try {
      const body = await readFile(file)
      return new Response(body, {
        headers: { 'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
      })
    } catch {
      return answer(404, 'Not found.')
    }
  }
}
