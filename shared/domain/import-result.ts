import type { ImportRowError } from './account'
import { emptyEntitySet, type EntityKind, type EntitySet } from './entity-kinds'
import type { PlanAudience } from './plan/plan-audiences'

/**
 * What a plan (JSON) or CSV parser found in a file. Valid entries come back
 * even when others have errors, so the caller can offer "valid rows only";
 * `validRows` of `totalRows` entries (JSON) or rows (CSV) are in the lists.
 */
export type ImportParseResult = EntitySet & {
  errors: ImportRowError[]
  totalRows: number
  validRows: number
  /** A plan file's `audiences` list (plan/plan-audiences.ts); CSV files carry none. Not counted in the rows. */
  audiences?: PlanAudience[]
}

export const emptyParseResult = (): ImportParseResult => ({ ...emptyEntitySet(), errors: [], totalRows: 0, validRows: 0 })

/**
 * A plan entry without an id, as the plan parser describes it to `newId`: a key
 * that stays the same when the entry's other fields are edited or the file is
 * reformatted (its `client_ref`, else its name under its parent's key), and
 * where it sits in the file.
 */
export interface PlanEntryRef {
  kind: EntityKind
  key: string
  path: string
}

/** How parsers name new entities: the store supplies ids that start with `local-`. */
export interface ImportOptions {
  advertiserId: string
  /** Plan files pass the entry (CSV files do not), so a caller can give an entry the id it had last time. */
  newId: (entry?: PlanEntryRef) => string
  /**
   * For an entry that names a local draft id: the id to use instead (push
   * follows a draft that a previous push already posted). Absent: the id given.
   */
  localId?: (entry: PlanEntryRef, given: string) => string
}
