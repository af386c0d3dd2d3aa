/**
 * Appends one line to a log file and fsyncs it before returning, for the
 * append-only JSON-lines files (the sync journal, the CLI's plan record): the
 * line is on disk before anything that depends on it happens. A crash can only
 * tear the last line, which the readers recognise and drop.
 */
import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs'
import { writeFileAtomic } from './atomic-write'

export function appendLineDurably(path: string, line: string): void {
  const fd = openSync(path, 'a')
  try {
    writeSync(fd, `${line}\n`)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

/**
 * Drops a torn last line (no newline after it) from a log's text, rewriting
 * the file, so the next append starts a line of its own instead of being glued
 * to the fragment and lost with it. Returns the whole lines.
 */
export function dropTornTail(path: string, text: string): string {
  if (text === '' || text.endsWith('\n')) return text
  const whole = text.slice(0, text.lastIndexOf('\n') + 1)
  writeFileAtomic(path, whole)
  return whole
}
