import type { Entity, EntityKind } from '#shared/domain/entity-kinds'

export interface EntityRef {
  kind: EntityKind
  id: string
}

/** One entity's move in the working copy; an undo step is a list of these. */
export interface Change extends EntityRef {
  before: Entity | null
  after: Entity | null
}

/** Keys in the working, baseline and pending databases: `campaign/1234`. */
export const entityKey = (kind: EntityKind, id: string) => `${kind}/${id}`
export const kindRange = (kind: EntityKind) => ({ start: `${kind}/`, end: `${kind}0` })
