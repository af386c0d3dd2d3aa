/**
 * The plan record: which object each plan entry became, so `push` of an edited
 * plan updates what it posted before instead of creating the plan again (issue
 * 11 point 5). Entries are keyed by their `client_ref`, else their name under
 * their parent (shared/domain/plan/parse-plan.ts), never by the file's bytes.
 *
 * An append-only file of JSON lines beside the store (`plan-record.jsonl`),
 * each line fsync'd before anything depends on it, like the sync journal: a
 * line names an entry's key and its id — a local draft id first, TikTok's id
 * once posted (the sync engine reports each new id). A torn last line (a crash
 * mid-append) is dropped; any other unreadable line means the file was damaged,
 * and that is an error, never a silent "everything is new".
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { randomUUID } from 'node:crypto'
import { LOCAL_ID_PREFIX, isLocalId } from '#shared/domain/entities'
import { KINDS, type EntityKind } from '#shared/domain/entity-kinds'
import type { PlanEntryRef } from '#shared/domain/import-result'
import { writeFileAtomic } from '#backend/storage/atomic-write'
import { appendLineDurably, dropTornTail } from '#backend/storage/durable-append'
import { openJournal } from '#backend/sync/sync-journal'

export const PLAN_RECORD_FILE = 'plan-record.jsonl'
/** What pushes before the record kept (a hash per imported plan): their entries cannot be told apart. */
export const LEGACY_PLAN_FILE = 'imported-plans.json'
/** The first line of every record, so an empty or foreign file is told from a record with no entries yet. */
const HEADER = JSON.stringify({ record: 'adwright-plan-entries', version: 1 })

export class PlanRecordError extends Error {}

interface Line {
  key: string
  kind: EntityKind
  id: string
}

const isLine = (v: unknown): v is Line => {
  const o = v as Partial<Line> | null
  return !!o && typeof o.key === 'string' && typeof o.id === 'string' && (KINDS as readonly unknown[]).includes(o.kind)
}

/** Where an id stands now: in the store, or re-keyed to TikTok's id by a post whose report the record missed. */
export interface IdView {
  has(kind: EntityKind, id: string): boolean
}

/**
 * Opens (or starts) the record in an advertiser's folder. `expected` says a
 * record should exist (this store has posted before); `startNew` is the user's
 * explicit choice to start one anyway.
 */
export function openPlanRecord(dir: string, opts: { expected: boolean; startNew: boolean }) {
  const path = join(dir, PLAN_RECORD_FILE)
  const byKey = new Map<string, Line>()
  if (existsSync(path)) {
    // A line torn by a crash mid-append (the last, without its newline) was never relied on: dropped.
    const text = dropTornTail(path, readFileSync(path, 'utf8'))
    const lines = text.split('\n')
    // Empty only if a first push died between creating the file and writing its header; after a post it is damage.
    if (lines[0] !== HEADER && (text.trim() !== '' || opts.expected))
      throw new PlanRecordError(
        `The plan record ${path} is damaged (its first line is not a plan record's). Restore it from a backup; nothing was sent.`,
      )
    lines.forEach((raw, i) => {
      if (!raw.trim() || (i === 0 && raw === HEADER)) return
      let parsed: unknown
      try {
        parsed = JSON.parse(raw)
      } catch {
        parsed = undefined
      }
      if (isLine(parsed)) return void byKey.set(parsed.key, parsed)
      throw new PlanRecordError(
        `The plan record ${path} is damaged (line ${i + 1} cannot be read). It says which plan entries were already posted; ` +
          'without it a push would create them again. Restore the file from a backup; nothing was sent.',
      )
    })
  } else if (opts.expected && !opts.startNew) {
    const legacy = existsSync(join(dir, LEGACY_PLAN_FILE))
    throw new PlanRecordError(
      `${legacy ? 'Plans were pushed to this store by an Adwright that kept no plan record' : `The plan record ${path} is missing, though this store has posted before`}, ` +
        'so push cannot tell which plan entries already exist on TikTok. Restore the file if you have it; ' +
        'or, if this plan was never pushed from this store, run push again with --new-record. Nothing was sent.',
    )
  }

  function append(line: Line) {
    appendLineDurably(path, JSON.stringify(line))
    byKey.set(line.key, line)
  }
  // Started at once, so a later push knows one is expected even when no entry needed a line.
  // Created through writeFileAtomic, whose folder fsync makes the new file itself durable; lines are then appended.
  if (!existsSync(path) || readFileSync(path, 'utf8') === '') writeFileAtomic(path, `${HEADER}\n`)

  /** TikTok's id for a local id a post re-keyed, from the sync journal (for a post killed before the record heard of it). */
  function fromJournal(kind: EntityKind, localId: string): string | undefined {
    for (const e of openJournal(dir).entries()) {
      const at = e.kind === kind ? e.localIds.indexOf(localId) : -1
      if (at >= 0 && e.serverIds?.[at]) return e.serverIds[at]
    }
    return undefined
  }

  return {
    path,
    /**
     * The id for a plan entry: the one it had last time (followed to TikTok's id
     * if it was posted), or a new local id recorded before it is used.
     */
    idFor(entry: PlanEntryRef, view: IdView, given?: string): string {
      const known = byKey.get(entry.key)
      if (known && known.kind === entry.kind) {
        if (view.has(entry.kind, known.id)) return known.id
        const posted = isLocalId(known.id) ? fromJournal(entry.kind, known.id) : undefined
        if (posted && view.has(entry.kind, posted)) {
          append({ key: entry.key, kind: entry.kind, id: posted })
          return posted
        }
        // A draft that never reached the store (or was discarded there) was never on TikTok: it is simply made again.
        if (isLocalId(known.id) && !posted) return known.id
        throw new PlanRecordError(
          `${entry.path}: this entry was posted as ${entry.kind} ${posted ?? known.id}, which the store no longer holds ` +
            '(deleted on TikTok or in Adwright?). Remove the entry from the plan, or give it a new client_ref to create it again.',
        )
      }
      const id = given ?? `${LOCAL_ID_PREFIX}plan-${randomUUID()}`
      append({ key: entry.key, kind: entry.kind, id })
      return id
    },
    /** A post gave a local creation TikTok's id: every entry that named the local id follows it. */
    created(kind: EntityKind, localId: string, serverId: string) {
      for (const line of [...byKey.values()]) if (line.kind === kind && line.id === localId) append({ ...line, id: serverId })
    },
  }
}
export type PlanRecord = ReturnType<typeof openPlanRecord>
