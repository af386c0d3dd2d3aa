/**
 * The one way Adwright replaces a whole file: write a temporary file in the
 * same folder, fsync it, rename it over the target, then fsync the folder. A
 * crash or a failed write leaves either the old file or the new one, whole;
 * never half of each, and never a rename that the disk forgot (the folder
 * fsync makes the rename itself durable).
 */
import { closeSync, fsyncSync, linkSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'
import { randomUUID } from 'node:crypto'
import { basename, dirname, join } from 'node:path'

export type FileWriter = (chunk: string | Uint8Array) => void

export interface AtomicWriteOptions {
  /** Permissions of the new file, e.g. 0o600 for secrets (before the umask; ignored on Windows). */
  mode?: number
  /** Fail with EEXIST rather than replace an existing file (backups that must never overwrite another). */
  exclusive?: boolean
}

/**
 * Replaces `path` with `content`, or with what `content(write)` writes, which
 * lets a large file be written in pieces. If writing throws, the target is
 * untouched, the temporary file is removed and the error is rethrown.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array | ((write: FileWriter) => void), options: AtomicWriteOptions = {}): void {
  const dir = dirname(path)
  // Unique per write, so two processes replacing the same file never share a temporary file.
  const temp = join(dir, `.${basename(path)}.${randomUUID().slice(0, 8)}.tmp`)
  const fd = openSync(temp, 'wx', options.mode ?? 0o666)
  try {
    try {
      const write: FileWriter = (chunk) => {
        writeAll(fd, typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
      }
      if (typeof content === 'function') content(write)
      else write(content)
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
    if (options.exclusive) {
      // A hard link is created atomically and refuses an existing name, which rename would replace.
      linkSync(temp, path)
      rmSync(temp, { force: true })
    } else {
      renameSync(temp, path)
    }
  } catch (error) {
    rmSync(temp, { force: true })
    throw error
  }
  fsyncDirectory(dir)
}

function writeAll(fd: number, bytes: Uint8Array) {
  for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done, bytes.length - done)
}

/** Best effort: Windows cannot open a folder, and some file systems refuse to fsync one. */
function fsyncDirectory(dir: string) {
  let fd: number | undefined
  try {
    fd = openSync(dir, 'r')
    fsyncSync(fd)
  } catch {
    // The file itself is already durable; only the rename might not survive a power cut there.
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}
