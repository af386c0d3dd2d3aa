import { closeSync, fstatSync, openSync, readSync } from 'node:fs'
import { inputFileSizeProblem, MAX_INPUT_FILE_BYTES } from '#shared/domain/input-files'

/**
 * A plan, CSV or overrides file as text, read only when it is a regular file of at most
 * MAX_INPUT_FILE_BYTES: `/dev/zero`, a pipe or a folder would otherwise be read until
 * memory runs out. The size is checked on the open file (no race with a swap of the
 * path), and at most one byte past the limit is ever read, in case it grows meanwhile.
 */
export function readInputFile(path: string): string {
  const fd = openSync(path, 'r')
  try {
    const stat = fstatSync(fd)
    if (!stat.isFile()) throw new Error('it is not a regular file (but a device, pipe or folder); name a plan or CSV file')
    const sizeProblem = inputFileSizeProblem('the file', stat.size)
    if (sizeProblem) throw new Error(sizeProblem)
    const buffer = Buffer.alloc(Math.min(stat.size, MAX_INPUT_FILE_BYTES) + 1)
    let length = 0
    for (let n; length < buffer.length && (n = readSync(fd, buffer, length, buffer.length - length, length)) > 0;) length += n
    if (length > MAX_INPUT_FILE_BYTES) throw new Error(inputFileSizeProblem('the file', length) ?? '')
    return buffer.subarray(0, length).toString('utf8')
  } finally {
    closeSync(fd)
  }
}
