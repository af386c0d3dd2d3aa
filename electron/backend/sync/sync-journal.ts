/**
 * The in-flight journal of a post: an append-only file of JSON lines in the
 * advertiser's folder, each line fsync'd before the request it describes is
 * sent. It lives beside the LMDB store rather than in it so the account store's
 * schema (owned and migrated elsewhere) does not change, and because a torn last
 * line after a power loss is easy to recognise and drop.
 *
 * Per creation it records the intent (request_id and the exact body, so a
 * retry is byte-for-byte the same request), that it was sent, and TikTok's
 * answer. A definite failure forgets the intent: the user will fix the entity,
 * and a changed body under the same request_id would be refused as a duplicate.
 * The time a create first left bounds the read-back that finds the object
 * when TikTok's answer was lost or was a 40050 duplicate (find-created.ts).
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { EntityKind } from '#shared/domain/entities'
import { writeFileAtomic } from '../storage/atomic-write'
import { appendLineDurably, dropTornTail } from '../storage/durable-append'

const JOURNAL_FILE = 'sync-journal.jsonl'

export type JournalRecord =
  /** A campaign or ad group create about to be sent (or an ad batch: `localIds` share one request). */
  | { op: 'intent'; kind: EntityKind; key: string; localIds: string[]; requestId?: string; params: Record<string, unknown> }
  /** `at`: when it first left (ISO), the start of the window in which TikTok may have made the object. */
  | { op: 'sent'; key: string; at?: string }
  /** TikTok's ids, in the order of `localIds`. */
  | { op: 'created'; key: string; serverIds: string[] }
  | { op: 'failed'; key: string }

export interface JournalEntry {
  kind: EntityKind
  key: string
  localIds: string[]
  requestId?: string
  params: Record<string, unknown>
  sent: boolean
  /** When the request first left, if it has (the injected clock's time). */
  sentAt?: string
  serverIds?: string[]
}

export function openJournal(dir: string) {
  const path = join(dir, JOURNAL_FILE)
  const entries = new Map<string, JournalEntry>()

  function apply(r: JournalRecord) {
    if (r.op === 'intent')
      entries.set(r.key, { kind: r.kind, key: r.key, localIds: r.localIds, requestId: r.requestId, params: r.params, sent: false })
    else if (r.op === 'failed') entries.delete(r.key)
    else {
      const e = entries.get(r.key)
      if (!e) return
      if (r.op === 'sent') {
        e.sent = true
        e.sentAt ??= r.at
      } else e.serverIds = r.serverIds
    }
  }

  if (existsSync(path)) {
    for (const line of dropTornTail(path, readFileSync(path, 'utf8')).split('\n')) {
      if (!line.trim()) continue
      try {
        apply(JSON.parse(line) as JournalRecord)
      } catch {
        // Outside damage; a torn last line (the process died mid-append, never acted on) is already dropped.
      }
    }
  }

  function append(r: JournalRecord) {
    appendLineDurably(path, JSON.stringify(r))
    apply(r)
  }

  return {
    path,
    entries: (): JournalEntry[] => [...entries.values()],
    get: (key: string) => entries.get(key),
    intent: (r: Omit<Extract<JournalRecord, { op: 'intent' }>, 'op'>) => append({ op: 'intent', ...r }),
    sent: (key: string, at?: Date) => append({ op: 'sent', key, ...(at ? { at: at.toISOString() } : {}) }),
    created: (key: string, serverIds: string[]) => append({ op: 'created', key, serverIds }),
    failed: (key: string) => append({ op: 'failed', key }),
    /** Keeps only the entries still needed (those `keep` says yes to), rewritten atomically. */
    compact(keep: (e: JournalEntry) => boolean) {
      for (const [k, e] of entries) if (!keep(e)) entries.delete(k)
      writeFileAtomic(path, (write) => {
        for (const e of entries.values()) {
          write(`${JSON.stringify({ op: 'intent', kind: e.kind, key: e.key, localIds: e.localIds, requestId: e.requestId, params: e.params })}\n`)
          if (e.sent) write(`${JSON.stringify({ op: 'sent', key: e.key, ...(e.sentAt ? { at: e.sentAt } : {}) })}\n`)
          if (e.serverIds) write(`${JSON.stringify({ op: 'created', key: e.key, serverIds: e.serverIds })}\n`)
        }
      })
    },
  }
}
export type SyncJournal = ReturnType<typeof openJournal>
