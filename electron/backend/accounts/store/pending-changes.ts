import type { PendingChange } from '#shared/domain/account'
import { changedFields } from '#shared/domain/entity-equality'
import { nameOf, type Entity, type EntityKind } from '#shared/domain/entity-kinds'

/**
 * What "Post changes" would have to send for one entity: the working copy
 * against the last download. A server entity deleted locally stays as a
 * `deleted` tombstone (named from the download) until it is posted.
 */
export function pendingChangeFor(kind: EntityKind, id: string, working: Entity | null, baseline: Entity | null): PendingChange | null {
  if (working && !baseline) return { kind, id, name: nameOf(kind, working), change: 'created', fields: [] }
  if (!working && baseline) return { kind, id, name: nameOf(kind, baseline), change: 'deleted', fields: [] }
  if (!working || !baseline) return null
  const fields = changedFields(working, baseline)
  return fields.length ? { kind, id, name: nameOf(kind, working), change: 'edited', fields } : null
}
