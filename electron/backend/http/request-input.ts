/**
 * Reading what a client sent, for the local HTTP servers (the sandbox, the dev bridge):
 * a request line that is not a URL, or a body past the limit, gets an answer and the
 * server keeps serving. Node's http parser accepts request targets such as
 * `http://a:99999/` that `new URL()` then refuses, so parsing must not throw.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'

/** The request's URL, or null when its target is not one (the caller answers 400). */
export function requestUrl(req: IncomingMessage, base = 'http://127.0.0.1'): URL | null {
  try {
    return new URL(req.url ?? '/', base)
  } catch {
    return null
  }
}

/** A percent-decoded path, or null when the escapes are broken (`/%E0%A4%A`). */
export function decodedPath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname)
  } catch {
    return null
  }
}

export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`The request body is larger than ${limit} bytes.`)
  }
}

/**
 * The body as text, read chunk by chunk and given up as soon as it passes `maxBytes`:
 * memory stays bounded by the limit whatever the client sends. A declared
 * Content-Length over the limit is refused before a byte is read.
 */
export async function readBoundedBody(req: IncomingMessage, maxBytes: number): Promise<string> {
  const declared = Number(req.headers['content-length'])
  if (Number.isFinite(declared) && declared > maxBytes) throw new BodyTooLargeError(maxBytes)
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > maxBytes) throw new BodyTooLargeError(maxBytes)
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * A plain-text error answer that closes the connection: the client may still be sending
 * a body the server will not read, and closing stops it rather than draining it.
 */
export function refuse(res: ServerResponse, status: 400 | 413, text: string): void {
  if (res.headersSent) return void res.destroy()
  res.writeHead(status, { 'Content-Type': 'text/plain', Connection: 'close' }).end(text)
}
