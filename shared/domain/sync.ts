/**
 * What "Get recent changes", "Check changes" and "Post changes" report, as the
 * renderer and the CLI see it. Every outcome names its entity, so a failure can
 * be shown on the row it belongs to.
 */
import type { EntityKind } from './entities'
import type { Problem } from './problems'
import type { SpendSummary } from './spend-summary'

export type SyncPhase = 'download' | 'check' | 'create' | 'update' | 'status' | 'delete' | 'done'

export interface SyncProgress {
  advertiserId: string
  phase: SyncPhase
  /** Changes finished (posted, failed or skipped) out of `total`. */
  done: number
  total: number
  failed: number
}

/** One request's worth of intent in "what will be sent". */
export type PlannedAction = 'create' | 'update' | 'status' | 'delete'

export interface PlannedChange {
  kind: EntityKind
  id: string
  name: string
  action: PlannedAction
  /** For updates: the fields that will be sent. */
  fields: string[]
  /** Held back: an error on it or its parent, or an unresolved conflict. */
  blockedBy: 'error' | 'parent' | 'conflict' | null
}

export interface SyncConflict {
  kind: EntityKind
  id: string
  name: string
  /** The fields the user changed locally. */
  fields: string[]
  /** The local values (absent for a local deletion). */
  mine: Record<string, unknown> | null
  /** TikTok's current values of the same fields. */
  theirs: Record<string, unknown>
  /** TikTok's `modify_time` of the version that conflicts. */
  serverModifiedAt: string
}

export interface CheckResult {
  advertiserId: string
  /** In the order they would be sent. */
  changes: PlannedChange[]
  problems: Problem[]
  conflicts: SyncConflict[]
  errors: number
  warnings: number
  /** Whether anything would be held back by an error. */
  blocked: boolean
  /** What the post would set spending, for the confirm step. */
  spend: SpendSummary
}

export interface EntityOutcome {
  kind: EntityKind
  /** The id the entity has now (TikTok's id once a creation is posted). */
  id: string
  /** The local id it had before posting, for creations. */
  localId?: string
  name: string
  action: PlannedAction
  outcome: 'posted' | 'failed' | 'skipped'
  /** TikTok's message (failed) or why it was held back (skipped). */
  message?: string
  /** The field TikTok's message names. */
  field?: string
  code?: number
}

export interface PostResult {
  advertiserId: string
  startedAt: string
  finishedAt: string
  cancelled: boolean
  posted: number
  failed: number
  skipped: number
  outcomes: EntityOutcome[]
}

export interface DownloadResult {
  advertiserId: string
  campaigns: number
  adgroups: number
  ads: number
  conflicts: number
  downloadedAt: string
}

/**
 * A local entity "Get recent changes" would take away: `removed` when TikTok no
 * longer has it (it leaves the account), `overwritten` when TikTok's version
 * would replace a change the buyer made locally (`fields` names them),
 * `recreated` when TikTok no longer has an entity the buyer edited: the edit
 * stays, but as a new entity that the next post would create.
 */
export interface DownloadLoss {
  kind: EntityKind
  id: string
  name: string
  loss: 'removed' | 'overwritten' | 'recreated'
  fields: string[]
  /** Its parent's id (null for a campaign), so a message can name a removed campaign rather than each of its ads. */
  parentId: string | null
}

/** What a download would lose locally, asked before anything is written. */
export interface DownloadPreview {
  advertiserId: string
  losses: DownloadLoss[]
  /** Sent back with the download to go ahead; it stands for exactly these losses, so a different set asks again. */
  confirmation: string
}

/** `sync:download`: done, or nothing written until the buyer confirms what it would take away. */
export type DownloadOutcome = { status: 'downloaded'; result: DownloadResult } | { status: 'needs-confirmation'; preview: DownloadPreview }

export interface SyncState {
  advertiserId: string
  lastDownloadedAt: string | null
  lastPost: PostResult | null
  conflicts: SyncConflict[]
  /** Creations a killed or cancelled post left half done; the next post finishes them first. */
  unfinished: number
  running: 'download' | 'post' | null
}
