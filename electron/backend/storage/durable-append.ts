/**
 * Appends one line to a log file and fsyncs it before returning, for the
 * append-only JSON-lines files (the sync journal, the CLI's plan record): the
 * line is on disk before anything that depends on it happens. A crash can only
 * tear the last line, which the readers recognise and drop.
 */
import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs'

export function appendLineDurably(path: string, line: string): void {
  const fd = openSync(path, 'a')
  try {
    writeSync(fd, `${line}\n`)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}
