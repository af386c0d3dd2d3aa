import type { AccountDelta, AccountSnapshot, Edit, PendingChange, UndoState } from '#shared/domain/account'
import {
  ENTITY_KINDS,
  KINDS,
  byKind,
  emptyEntitySet,
  entitiesOf,
  idOf,
  type Entity,
  type EntityKind,
  type EntityOf,
  type EntitySet,
} from '#shared/domain/entity-kinds'
import type { DownloadLoss } from '#shared/domain/sync'
import { ServiceError } from '#backend/app/service-error'
import { CorruptDatabaseError, failWithBackup, getMeta, putMeta, type AccountDatabase, type MetaValues } from './account-database'
import type { AccountProbe } from './account-probe'
import { planEdit, type Plan, type PlanContext } from './edit-planner'
import { planUpsert } from './upsert-planner'
import { downloadLosses, planDownload, planPostedCreate, type SyncWrite } from './account-sync'
import { entityDelta, pendingDelta } from './account-delta'
import { openCurrentDatabase } from './account-open'
import { pendingChangeFor } from './pending-changes'
import { entityKey, kindRange, type Change, type EntityRef } from './store-types'
import type { Now } from '#shared/time/clock'

export interface AccountStoreOptions {
  /** The advertiser's own folder, e.g. `<dataDir>/accounts/<advertiserId>`. */
  dir: string
  advertiserId: string
  now: Now
  /** Undo steps kept; older ones are dropped. */
  historyLimit?: number
  /** Walks the file in a child process before opening it here, so a page that crashes liblmdb cannot take the app down. */
  probe?: AccountProbe
  minFreeBytes?: number // below this much free space no new store is created (store-folder.ts)
}

export const DEFAULT_HISTORY_LIMIT = 300

/** One map per kind, by id. */
type EntityMaps = { [K in EntityKind]: Map<string, EntityOf<K>> }

/**
 * One advertiser's local account on disk: the working copy, the last download
 * (baseline), the pending changes between them, and the undo history. The
 * working copy and pending list are also held in memory (they make up the
 * snapshot); the baseline is read from disk when needed.
 *
 * Every write is one synchronous, fsync'd LMDB transaction that updates the
 * working copy, pending changes, history and entry counts together, so what a
 * method returned is on disk, and a crash never leaves them out of step.
 */
export class AccountStore {
  readonly advertiserId: string
  private readonly db: AccountDatabase
  private readonly now: () => Date
  private readonly historyLimit: number
  private readonly working = byKind(() => new Map()) as EntityMaps
  private readonly pending = new Map<string, PendingChange>()
  private baselineCount = 0
  private history: MetaValues['history'] = { first: 1, cursor: 0, last: 0 }
  private lastDownloadedAt: string | null = null

  private constructor(db: AccountDatabase, options: AccountStoreOptions) {
    this.db = db
    this.advertiserId = options.advertiserId
    this.now = options.now
    this.historyLimit = options.historyLimit ?? DEFAULT_HISTORY_LIMIT
  }

  /** Opens or creates the store; damage gives a STORAGE error after a backup copy is made, never a reset. */
  static open(options: AccountStoreOptions): AccountStore {
    const now = options.now
    let db: AccountDatabase | undefined
    try {
      db = openCurrentDatabase(options)
      const store = new AccountStore(db, options)
      store.load()
      return store
    } catch (error) {
      if (error instanceof ServiceError) throw error
      try {
        db?.root.close()
      } catch {
        // Already failing: the close error would only hide the original one.
      }
      const reason = error instanceof CorruptDatabaseError ? error.message : `the database is damaged (${(error as Error).message})`
      return failWithBackup(options.dir, options.advertiserId, reason, now())
    }
  }

  /** Reads the working copy and pending changes into memory and checks them against the recorded counts. */
  private load() {
    const db = this.db
    for (const kind of KINDS)
      for (const { key, value } of db.working.getRange(kindRange(kind))) {
        const id = key.slice(kind.length + 1)
        if (typeof value !== 'object' || value === null || idOf(kind, value) !== id)
          throw new CorruptDatabaseError(`the entry ${key} does not hold that ${kind}`)
        this.workingOf(kind).set(id, value)
      }
    for (const { key, value } of db.pending.getRange({})) this.pending.set(key, value)
    const counts = getMeta(db, 'counts')
    this.baselineCount = db.baseline.getCount()
    const working = KINDS.reduce((n, k) => n + this.working[k].size, 0)
    if (!counts || counts.working !== working || counts.baseline !== this.baselineCount || counts.pending !== this.pending.size)
      throw new CorruptDatabaseError(
        `entries are missing (expected ${JSON.stringify(counts)}, found working ${working}, baseline ${this.baselineCount}, pending ${this.pending.size})`,
      )
    this.history = getMeta(db, 'history') ?? this.history
    this.lastDownloadedAt = getMeta(db, 'lastDownloadedAt') ?? null
  }

  snapshot(): AccountSnapshot {
    return {
      advertiserId: this.advertiserId,
      ...(Object.fromEntries(KINDS.map((k) => [ENTITY_KINDS[k].setKey, [...this.working[k].values()]])) as EntitySet),
      pending: this.pendingList(),
      undo: this.undoState(),
      lastDownloadedAt: this.lastDownloadedAt,
    }
  }

  /** Nothing downloaded, created or undoable yet: a store that a seed may fill. */
  isBlank(): boolean {
    return this.lastDownloadedAt === null && this.baselineCount === 0 && this.history.last === 0 && KINDS.every((k) => this.working[k].size === 0)
  }

  pendingCount(): number {
    return this.pending.size
  }

  pendingList(): PendingChange[] {
    return [...this.pending.values()]
  }

  /** Applies one edit as one undo step. Refused edits (NOT_FOUND, CONFLICT, …) write nothing. */
  apply(edit: Edit): AccountDelta {
    return this.commitStep(planEdit(edit, this.planContext()))
  }

  /**
   * Upserts entities by id as one undo step (imports): existing ones are
   * replaced, new ones created. Each parent must exist in the account or in the set.
   */
  upsert(set: EntitySet, label: string): AccountDelta {
    return this.commitStep(planUpsert(set, label, this.planContext()))
  }

  /** One entity as last downloaded, or undefined for one created locally (the pending-changes diff). */
  baselineEntity(kind: EntityKind, id: string): Entity | undefined {
    return this.db.baseline.get(entityKey(kind, id))
  }

  /** The last download, read from disk (for sync). */
  readBaseline(): EntitySet & { downloadedAt: string | null } {
    const set = emptyEntitySet()
    for (const kind of KINDS) entitiesOf(set, kind).push(...this.db.baseline.getRange(kindRange(kind)).map(({ value }) => value))
    return { ...set, downloadedAt: this.lastDownloadedAt }
  }

  undo(): AccountDelta {
    const { first, cursor } = this.history
    if (cursor < first) throw new ServiceError('CONFLICT', 'There is nothing to undo.')
    const step = this.db.history.get(cursor)
    if (!step) throw new ServiceError('STORAGE', `Undo step ${cursor} is missing from ${this.db.dir}; the database may be damaged.`)
    const changes = [...step.changes].reverse().map((c) => ({ ...c, before: c.after, after: c.before }))
    return this.commit(changes, { ...this.history, cursor: cursor - 1 }, [])
  }

  redo(): AccountDelta {
    const { cursor, last } = this.history
    if (cursor >= last) throw new ServiceError('CONFLICT', 'There is nothing to redo.')
    const step = this.db.history.get(cursor + 1)
    if (!step) throw new ServiceError('STORAGE', `Redo step ${cursor + 1} is missing from ${this.db.dir}; the database may be damaged.`)
    return this.commit(step.changes, { ...this.history, cursor: cursor + 1 }, step.createdIds)
  }

  undoState(): UndoState {
    const { first, cursor, last } = this.history
    return {
      canUndo: cursor >= first,
      canRedo: cursor < last,
      undoLabel: cursor >= first ? (this.db.historyLabels.get(cursor) ?? null) : null,
      redoLabel: cursor < last ? (this.db.historyLabels.get(cursor + 1) ?? null) : null,
    }
  }

  close(): void {
    this.db.root.close()
  }

  workingEntity(kind: EntityKind, id: string): Entity | undefined {
    return this.working[kind].get(id)
  }

  /** Every entity of one kind in the working copy (in memory; not a copy). */
  workingEntities(kind: EntityKind): Iterable<Entity> {
    return this.working[kind].values()
  }

  pendingFor(kind: EntityKind, id: string): PendingChange | undefined {
    return this.pending.get(entityKey(kind, id))
  }

  /** Server entities deleted locally and not yet posted, as last downloaded. */
  tombstones(): Array<EntityRef & { entity: Entity }> {
    return [...this.pending.values()]
      .filter((p) => p.change === 'deleted')
      .map((p) => ({ kind: p.kind, id: p.id, entity: this.db.baseline.get(entityKey(p.kind, p.id))! }))
  }

  // ── Sync's writes. Each rewrites the baseline in one transaction and ends the undo history. ──

  /** A fresh download becomes the baseline; local edits, creations and deletions stay pending (see planDownload). */
  applyDownload(download: EntitySet, at: Date): AccountDelta {
    return this.prepareDownload(download, at).apply()
  }

  /**
   * A download planned but not written: what it would take from the buyer
   * (downloadLosses), and `apply` to commit exactly that plan. Call `apply`
   * before anything else changes the store.
   */
  prepareDownload(download: EntitySet, at: Date): { losses: DownloadLoss[]; apply(): AccountDelta } {
    const plan = planDownload(this, download, at)
    return { losses: downloadLosses(this, plan), apply: () => this.commitSync(plan) }
  }

  /** A local creation now exists on TikTok as `serverId`: re-keyed, children repointed, posted version as baseline. */
  recordPostedCreate(kind: EntityKind, localId: string, serverId: string): AccountDelta {
    return this.commitSync(planPostedCreate(this, kind, localId, serverId))
  }

  /** TikTok now holds `posted` for this entity: it becomes the baseline (pending only if the working copy differs). */
  recordPostedVersion(ref: EntityRef, posted: Entity): AccountDelta {
    return this.commitSync({ changes: [], createdIds: [], baseline: { puts: [[ref, posted]], removes: [] } })
  }

  /** Deleted on TikTok: the tombstones (an entity and its children) stop being pending. */
  recordPostedDeletes(refs: EntityRef[]): AccountDelta {
    return this.commitSync({ changes: [], createdIds: [], baseline: { puts: [], removes: refs } })
  }

  /**
   * A conflict: TikTok's version becomes the baseline. `working` is what the
   * working copy becomes: the user's version kept on top ("keep mine", or while
   * undecided) or the server's ("take theirs").
   */
  takeServerBaseline(ref: EntityRef, server: Entity, working: Entity | null): AccountDelta {
    const before = this.workingEntity(ref.kind, ref.id) ?? null
    return this.commitSync({ changes: [{ ...ref, before, after: working }], createdIds: [], baseline: { puts: [[ref, server]], removes: [] } })
  }

  // ── internals ──

  /** One kind's map, typed for any entity: what is put in must be of that kind. */
  private workingOf(kind: EntityKind): Map<string, Entity> {
    return this.working[kind]
  }

  private commitSync(write: SyncWrite): AccountDelta {
    const { history, drop } = this.clearedHistory()
    return this.commit(write.changes, history, write.createdIds, drop, write.baseline)
  }

  /** The history state after dropping every step, and the writes that drop them. */
  private clearedHistory(): { history: MetaValues['history']; drop: () => void } {
    const { first, last } = this.history
    return {
      history: { first: last + 1, cursor: last, last },
      drop: () => {
        for (let s = first; s <= last; s++) {
          this.db.history.removeSync(s)
          this.db.historyLabels.removeSync(s)
        }
      },
    }
  }

  private planContext(): PlanContext {
    return {
      advertiserId: this.advertiserId,
      working: (kind, id) => this.workingEntity(kind, id),
      workingAll: (kind) => this.workingEntities(kind),
      baseline: (kind, id) => this.baselineEntity(kind, id),
      tombstones: () => this.tombstones(),
      now: this.now,
    }
  }

  private commitStep(plan: Plan): AccountDelta {
    if (plan.changes.length === 0) return this.delta([], { upserted: [], removed: [] }, plan.createdIds)
    const { cursor, last } = this.history
    let first = this.history.first
    const seq = cursor + 1
    const dropped: number[] = []
    for (let s = seq; s <= last; s++) dropped.push(s) // a new edit ends the redo branch
    while (seq - first + 1 > this.historyLimit) dropped.push(first++)
    return this.commit(plan.changes, { first, cursor: seq, last: seq }, plan.createdIds, () => {
      for (const s of dropped) {
        this.db.history.removeSync(s)
        this.db.historyLabels.removeSync(s)
      }
      this.db.history.putSync(seq, { changes: plan.changes, createdIds: plan.createdIds })
      this.db.historyLabels.putSync(seq, plan.label)
    })
  }

  /**
   * Writes working-copy changes, their pending changes, history and counts in
   * one durable transaction, then mirrors them in memory. `extra` adds writes
   * to the same transaction; `baseline` replaces downloaded entities (sync).
   */
  private commit(
    changes: Change[],
    history: MetaValues['history'],
    createdIds: string[],
    extra?: () => void,
    baseline?: SyncWrite['baseline'],
  ): AccountDelta {
    const touched = new Map<string, EntityRef>()
    for (const c of changes) touched.set(entityKey(c.kind, c.id), c)
    for (const [r] of baseline?.puts ?? []) touched.set(entityKey(r.kind, r.id), r)
    for (const r of baseline?.removes ?? []) touched.set(entityKey(r.kind, r.id), r)
    const finalWorking = new Map<string, Entity | null>()
    for (const c of changes) finalWorking.set(entityKey(c.kind, c.id), c.after)
    const baselinePuts = new Map((baseline?.puts ?? []).map(([r, e]) => [entityKey(r.kind, r.id), e]))
    const baselineRemoves = new Set((baseline?.removes ?? []).map((r) => entityKey(r.kind, r.id)))
    const pendingNext = new Map<string, PendingChange | null>()
    let baselineCount = this.baselineCount
    for (const [key, r] of touched) {
      const working = finalWorking.has(key) ? finalWorking.get(key)! : (this.working[r.kind].get(r.id) ?? null)
      const stored = this.db.baseline.get(key) ?? null
      const base = baselinePuts.get(key) ?? (baselineRemoves.has(key) ? null : stored)
      if (stored && !base) baselineCount--
      if (!stored && base) baselineCount++
      pendingNext.set(key, pendingChangeFor(r.kind, r.id, working, base))
    }
    const pendingSize = [...pendingNext].reduce((n, [k, p]) => n + (p ? 1 : 0) - (this.pending.has(k) ? 1 : 0), this.pending.size)
    const workingSize =
      KINDS.reduce((n, k) => n + this.working[k].size, 0) +
      [...finalWorking].reduce((n, [k, e]) => {
        const r = touched.get(k)!
        return n + (e ? 1 : 0) - (this.working[r.kind].has(r.id) ? 1 : 0)
      }, 0)
    try {
      this.db.root.transactionSync(() => {
        for (const [key, e] of finalWorking) {
          if (e) this.db.working.putSync(key, e)
          else this.db.working.removeSync(key)
        }
        for (const [key, e] of baselinePuts) this.db.baseline.putSync(key, e)
        for (const key of baselineRemoves) this.db.baseline.removeSync(key)
        for (const [key, p] of pendingNext) {
          if (p) this.db.pending.putSync(key, p)
          else this.db.pending.removeSync(key)
        }
        extra?.()
        if (baseline?.downloadedAt !== undefined) putMeta(this.db, 'lastDownloadedAt', baseline.downloadedAt)
        putMeta(this.db, 'history', history)
        putMeta(this.db, 'counts', { working: workingSize, baseline: baselineCount, pending: pendingSize })
      })
    } catch (error) {
      throw new ServiceError('STORAGE', `The change could not be saved to ${this.db.dir}: ${(error as Error).message}`)
    }
    for (const [key, e] of finalWorking) {
      const r = touched.get(key)!
      if (e) this.workingOf(r.kind).set(r.id, e)
      else this.working[r.kind].delete(r.id)
    }
    const pendingChanges = pendingDelta(this.pending, pendingNext)
    for (const [key, p] of pendingNext) {
      if (p) this.pending.set(key, p)
      else this.pending.delete(key)
    }
    this.baselineCount = baselineCount
    this.history = history
    if (baseline?.downloadedAt !== undefined) this.lastDownloadedAt = baseline.downloadedAt
    return this.delta(changes, pendingChanges, createdIds)
  }

  private delta(changes: Change[], pending: AccountDelta['pending'], createdIds: string[]): AccountDelta {
    return { ...entityDelta(changes), pending, undo: this.undoState(), createdIds }
  }
}
