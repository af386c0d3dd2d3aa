/**
 * The local account: what the account store holds for one advertiser and what
 * the editor works on. Edits are commands, so that each is one undo step and the
 * store can record it durably before answering.
 */
import type { EntityKind, EntityOf, EntitySet, PatchFields } from './entities'

export type ChangeType = 'created' | 'edited' | 'deleted'

/** A local change not yet posted to TikTok, against the last downloaded state. */
export interface PendingChange {
  kind: EntityKind
  id: string
  name: string
  change: ChangeType
  /** For `edited`: the fields that differ from the downloaded entity. */
  fields: string[]
}

export interface UndoState {
  canUndo: boolean
  canRedo: boolean
  /** Labels such as "Edit budget of 3 ad groups", for the Edit menu and tooltips. */
  undoLabel: string | null
  redoLabel: string | null
}

export type AccountSnapshot = EntitySet & {
  advertiserId: string
  pending: PendingChange[]
  undo: UndoState
  /** ISO time of the last download from TikTok; null for a purely local account. */
  lastDownloadedAt: string | null
}

/** `null` in `fields` clears an optional field (see isOptionalField). */
export type EntityPatch<K extends EntityKind = EntityKind> = K extends EntityKind ? { kind: K; id: string; fields: PatchFields<EntityOf<K>> } : never

/**
 * A patch built by code that handles kinds generically (bulk edits, start paused): the fields are the caller's to
 * get right for the kind; the back end checks every patch against the kind's schema before applying it.
 */
export const patchOf = (kind: EntityKind, id: string, fields: Readonly<Record<string, unknown>>): EntityPatch => ({ kind, id, fields }) as EntityPatch

export type Edit =
  | {
      type: 'create'
      campaigns?: EntityOf<'campaign'>[]
      adgroups?: EntityOf<'adgroup'>[]
      ads?: EntityOf<'ad'>[]
      smartPlusCampaigns?: EntityOf<'smart_plus_campaign'>[]
      smartPlusAdgroups?: EntityOf<'smart_plus_adgroup'>[]
      smartPlusAds?: EntityOf<'smart_plus_ad'>[]
      label?: string
    }
  | { type: 'update'; patches: EntityPatch[]; label?: string }
  /** Deleting a campaign or ad group deletes its children too. */
  | { type: 'delete'; targets: Array<{ kind: EntityKind; id: string }>; label?: string }
  /** Copies campaigns or ad groups with all their children, as new local entities. */
  | { type: 'duplicate'; targets: Array<{ kind: Exclude<EntityKind, 'ad' | 'smart_plus_ad'>; id: string }>; nameSuffix?: string; label?: string }
  /**
   * An unposted manual draft of a Smart+ objective becomes an Upgraded Smart+ campaign with its ad groups and ads
   * (shared/domain/smart-plus/convert.ts), replacing the draft in one undo step.
   */
  | { type: 'convert-to-smart-plus'; campaignId: string; label?: string }
  /** Undo a local change: back to the downloaded state (or gone, for a created entity). */
  | { type: 'revert'; targets: Array<{ kind: EntityKind; id: string }>; label?: string }

/**
 * What an edit, undo or redo changed, so the renderer need not reload 50,000
 * rows. Both halves are changes, not state: an edit after a 50,000-row import
 * sends one entity and one pending change, not the whole pending list.
 */
export interface AccountDelta {
  upserted: EntitySet
  removed: Array<{ kind: EntityKind; id: string }>
  /**
   * Pending changes this step added or altered, and the entities that stopped
   * being pending (back to their download, or a local creation gone again).
   * Entities the step did not touch keep their pending change as it was.
   */
  pending: { upserted: PendingChange[]; removed: Array<{ kind: EntityKind; id: string }> }
  undo: UndoState
  /** Local ids created by this edit, so the editor can select them. */
  createdIds: string[]
}

export type ExportFormat = 'csv' | 'json'

export interface ImportRowError {
  /** 1-based row in the file (CSV) or path in the plan (JSON). */
  row: number | string
  field: string
  message: string
}

export interface ImportPreview {
  format: ExportFormat
  campaigns: number
  adgroups: number
  ads: number
  /** Rows with errors are never applied unless the user asks for the valid rows only. */
  errors: ImportRowError[]
  /** Rows (or plan entries) that are valid and would be applied. */
  validRows: number
  totalRows: number
}
