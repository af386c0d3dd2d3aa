/**
 * A Smart+ ad's creatives get an `ad_material_id` from TikTok when it creates or updates the ad (notes
 * tiktok-api-2026.md §2). The id is TikTok's bookkeeping, not something a buyer edits: a plan file, an import or an
 * editor that sends the creatives without it has not changed them. One rule for every place that compares them.
 */
import { sameValue } from '../entity-equality'
import { fieldsOf, withFields, type Entity, type EntityKind } from '../entity-kinds'

type Loose = Record<string, unknown>

/**
 * `local` with each creative's `ad_material_id` taken from the creative of `known` with the same `creative_info`.
 * Each of `known`'s ids is taken once, so the same file used twice in an ad keeps two ids. The same entity (===)
 * when there is nothing to take, so a caller can tell.
 */
export function withMaterialIdsFrom(kind: EntityKind, local: Entity, known: Entity | null | undefined): Entity {
  if (kind !== 'smart_plus_ad' || !known) return local
  const mine = fieldsOf(local).creative_list as Loose[] | undefined
  const theirs = fieldsOf(known).creative_list as Loose[] | undefined
  if (!mine || !theirs) return local
  let changed = false
  const taken = new Set<unknown>(mine.map((c) => c.ad_material_id).filter((id) => id !== undefined && theirs.some((t) => t.ad_material_id === id)))
  const creative_list = mine.map((c) => {
    if (c.ad_material_id !== undefined && taken.has(c.ad_material_id)) return c
    const id = theirs.find((t) => !taken.has(t.ad_material_id) && sameValue(t.creative_info, c.creative_info))?.ad_material_id
    if (id !== undefined) taken.add(id)
    if (id === undefined || c.ad_material_id === id) return c
    changed = true
    return { ...c, ad_material_id: id }
  })
  return changed ? withFields(local, { creative_list }) : local
}
