/**
 * A minimal multipart/form-data reader for the sandbox's upload endpoints (TikTok's
 * `/dmp/custom_audience/file/upload/` takes one; [SDK] dmp_custom_audience_file_upload.yml).
 * Text parts only: customer files are CSV/TXT. Fields become strings; a part with a
 * filename becomes { filename, content }.
 */
import { ApiFailure } from './handler-kit'

export interface UploadedFile {
  filename: string
  content: Buffer
}

export function multipartParams(body: Buffer, contentType: string | undefined): Record<string, string | UploadedFile> {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType ?? '')
  if (!contentType?.toLowerCase().startsWith('multipart/form-data') || !boundary)
    throw new ApiFailure(40002, 'This endpoint takes multipart/form-data with a boundary.')
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`)
  const out: Record<string, string | UploadedFile> = {}
  let pos = body.indexOf(delimiter)
  while (pos >= 0) {
    const start = pos + delimiter.length
    if (body.subarray(start, start + 2).toString() === '--') break
    const next = body.indexOf(delimiter, start)
    if (next < 0) break
    // Each part: CRLF, headers, CRLF CRLF, content, CRLF before the next delimiter.
    const part = body.subarray(start + 2, next - 2)
    const split = part.indexOf('\r\n\r\n')
    const headers = part.subarray(0, split).toString('utf8')
    const content = part.subarray(split + 4)
    const name = /name="([^"]*)"/i.exec(headers)?.[1]
    const filename = /filename="([^"]*)"/i.exec(headers)?.[1]
    if (name) out[name] = filename !== undefined ? { filename, content } : content.toString('utf8')
    pos = next
  }
  return out
}
