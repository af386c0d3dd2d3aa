import { ENTITY_KINDS, idOf, parentIdOf, parentKindOf, type Entity, type EntityKind } from '#shared/domain/entity-kinds'

/**
 * Which children each parent holds, per child kind (a campaign's ad groups, an ad
 * group's ads, and the same for Smart+), so a delta that changes a parent finds the
 * children to re-validate without walking all 50,000 rows. Kept beside the account
 * store's maps and updated with them; an id listed here that is no longer in the
 * maps is skipped by the reader.
 */
export function createChildIndex() {
  /** `<child kind>/<parent id>` → child ids. */
  const of = new Map<string, Set<string>>()
  const slot = (kind: EntityKind, parentId: string) => `${kind}/${parentId}`
  const link = (kind: EntityKind, parentId: string, child: string) => {
    const set = of.get(slot(kind, parentId))
    if (set) set.add(child)
    else of.set(slot(kind, parentId), new Set([child]))
  }
  return {
    of: (kind: EntityKind, parentId: string): Iterable<string> => of.get(slot(kind, parentId)) ?? [],
    reset(entities: Iterable<[EntityKind, Entity]>) {
      of.clear()
      for (const [kind, e] of entities) {
        const parent = parentIdOf(kind, e)
        if (parent !== undefined) link(kind, parent, idOf(kind, e))
      }
    },
    /** An entity upserted; `before` is the version it replaces, if any (it may have moved to another parent). */
    put(kind: EntityKind, e: Entity, before: Entity | undefined) {
      const parent = parentIdOf(kind, e)
      if (parent === undefined) return
      const was = before && parentIdOf(kind, before)
      if (was !== undefined && was !== parent) of.get(slot(kind, was))?.delete(idOf(kind, e))
      link(kind, parent, idOf(kind, e))
    },
    remove(kind: EntityKind, removed: Entity) {
      const parent = parentIdOf(kind, removed)
      if (parent !== undefined) of.get(slot(kind, parent))?.delete(idOf(kind, removed))
      // Its own children's lists go with it.
      for (const childKind of Object.keys(ENTITY_KINDS) as EntityKind[])
        if (parentKindOf(childKind) === kind) of.delete(slot(childKind, idOf(kind, removed)))
    },
  }
}
