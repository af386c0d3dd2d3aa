import type { ImportRowError } from './account'
import type { Ad, AdGroup, Campaign } from './entities'

/**
 * What a plan (JSON) or CSV parser found in a file. Valid entries come back
 * even when others have errors, so the caller can offer "valid rows only";
 * `validRows` of `totalRows` entries (JSON) or rows (CSV) are in the lists.
 */
export interface ImportParseResult {
  campaigns: Campaign[]
  adgroups: AdGroup[]
  ads: Ad[]
  errors: ImportRowError[]
  totalRows: number
  validRows: number
}

/** How parsers name new entities: the store supplies ids that start with `local-`. */
export interface ImportOptions {
  advertiserId: string
  newId: () => string
}
