import type { Ad, AdGroup, Campaign, EntityKind } from '../../../shared/domain/entities'

export type Entity = Campaign | AdGroup | Ad
export const KINDS: readonly EntityKind[] = ['campaign', 'adgroup', 'ad']

export interface EntityRef {
  kind: EntityKind
  id: string
}

/** One entity's move in the working copy; an undo step is a list of these. */
export interface Change extends EntityRef {
  before: Entity | null
  after: Entity | null
}

/** Campaigns, ad groups and ads as a download (or an import) delivers them. */
export interface EntitySet {
  campaigns: Campaign[]
  adgroups: AdGroup[]
  ads: Ad[]
}

/** Keys in the working, baseline and pending databases: `campaign/1234`. */
export const entityKey = (kind: EntityKind, id: string) => `${kind}/${id}`
export const kindRange = (kind: EntityKind) => ({ start: `${kind}/`, end: `${kind}0` })
