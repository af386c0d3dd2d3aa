/**
 * Reads a multipart/form-data upload as TikTok's file endpoints take it
 * ([SDK] python_sdk/docs/FileApi.md: `video_file` / `image_file` beside text
 * fields), streaming each file to a temporary file while hashing it, so a
 * 500 MB video never sits in memory. @fastify/busboy parses the parts.
 */
import { createHash, randomBytes } from 'node:crypto'
import { createWriteStream, mkdirSync, rmSync } from 'node:fs'
import type { IncomingMessage } from 'node:http'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { Transform } from 'node:stream'
import { Busboy } from '@fastify/busboy'
import { ApiFailure } from './handler-kit'

export interface UploadedFile {
  field: string
  fileName: string
  path: string
  size: number
  md5: string
}

export interface MultipartForm {
  fields: Record<string, string>
  files: UploadedFile[]
  /** Deletes the temporary files. */
  discard(): void
}

export function isMultipart(req: IncomingMessage): boolean {
  return /^multipart\/form-data\b/i.test(req.headers['content-type'] ?? '')
}

export async function readMultipart(req: IncomingMessage, opts: { dir: string; maxFileBytes: number }): Promise<MultipartForm> {
  mkdirSync(opts.dir, { recursive: true })
  const fields: Record<string, string> = {}
  const files: UploadedFile[] = []
  const writes: Array<Promise<void>> = []
  let tooLarge = false
  const discard = () => files.forEach((f) => rmSync(f.path, { force: true }))
  const busboy = new Busboy({ headers: req.headers as never, limits: { fileSize: opts.maxFileBytes, files: 4, fields: 50 } })
  busboy.on('field', (name: string, value: string) => {
    fields[name] = value
  })
  busboy.on('file', (field: string, stream: NodeJS.ReadableStream & { truncated?: boolean }, fileName: string) => {
    const path = join(opts.dir, `upload-${randomBytes(8).toString('hex')}`)
    const hash = createHash('md5')
    const file: UploadedFile = { field, fileName, path, size: 0, md5: '' }
    files.push(file)
    const count = new Transform({
      transform(chunk: Buffer, _enc, done) {
        hash.update(chunk)
        file.size += chunk.length
        done(null, chunk)
      },
    })
    stream.on('limit', () => (tooLarge = true))
    writes.push(
      pipeline(stream, count, createWriteStream(path)).then(() => {
        file.md5 = hash.digest('hex')
      }),
    )
  })
  try {
    await pipeline(req, busboy)
    await Promise.all(writes)
  } catch {
    discard()
    throw new ApiFailure(40002, 'The multipart body could not be read.')
  }
  if (tooLarge) {
    discard()
    throw new ApiFailure(40002, `The file is larger than ${Math.round(opts.maxFileBytes / 1024 / 1024)} MB.`)
  }
  return { fields, files, discard }
}
