/**
 * An import's upsert as a plan, like planEdit's: entities with a known id replace it, the others are created, in one
 * undo step. Each parent must exist in the account or in the set; what a read-only object (Smart+ of the older
 * type) would change is refused before anything is written.
 */
import {
  ENTITY_KINDS,
  KINDS,
  LEVEL_OF,
  entitiesOf,
  idOf,
  parentIdOf,
  parentKindOf,
  titleOf,
  type EntityKind,
  type EntitySet,
} from '#shared/domain/entity-kinds'
import { sameEntity } from '#shared/domain/entity-equality'
import { withMaterialIdsFrom } from '#shared/domain/smart-plus/material-ids'
import { ServiceError } from '#backend/app/service-error'
import { refuseReadOnly, type Plan, type PlanContext } from './edit-planner'
import { entityKey, type Change } from './store-types'

/**
 * Why a file's entity cannot be taken as it is: the account holds its id as the other family (manual ⇄ Smart+), and
 * taking it would make a second object with that id. One owner for the preview (account-transfer.ts) and the apply.
 */
export function familyConflict(kind: EntityKind, id: string, working: PlanContext['working']): string | null {
  const twin = KINDS.find((k) => k !== kind && LEVEL_OF[k] === LEVEL_OF[kind] && working(k, id))
  return twin
    ? `${titleOf(kind)} ${id} is a ${ENTITY_KINDS[twin].label.one} in the account; a file cannot change its family (campaign_automation_type). Leave its id empty to make a new ${ENTITY_KINDS[kind].label.one}, or use Convert to Smart+ on a manual draft.`
    : null
}

export function planUpsert(set: EntitySet, label: string, ctx: PlanContext): Plan {
  const changes: Change[] = []
  const createdIds: string[] = []
  const incoming = new Set(KINDS.flatMap((kind) => entitiesOf(set, kind).map((e) => entityKey(kind, idOf(kind, e)))))
  for (const kind of KINDS)
    for (const e of entitiesOf(set, kind)) {
      const id = idOf(kind, e)
      if (e.advertiser_id !== ctx.advertiserId)
        throw new ServiceError('INVALID_REQUEST', `${kind} ${id} belongs to advertiser ${e.advertiser_id}, not ${ctx.advertiserId}.`)
      const parentKind = parentKindOf(kind)
      const parent = parentIdOf(kind, e)
      if (parentKind && parent && !incoming.has(entityKey(parentKind, parent)) && !ctx.working(parentKind, parent))
        throw new ServiceError(
          'NOT_FOUND',
          `The ${ENTITY_KINDS[parentKind].label.one} ${parent} of ${kind} ${id} is neither in the file nor in the account.`,
        )
      // A file (plan or CSV) that marks an existing campaign the other way would make a second object with its id.
      const conflict = familyConflict(kind, id, ctx.working)
      if (conflict) throw new ServiceError('INVALID_REQUEST', conflict)
      const before = ctx.working(kind, id) ?? null
      if (!before) createdIds.push(id)
      // A file names a Smart+ ad's creatives without TikTok's ids for them: that is not a change to them.
      changes.push({ kind, id, before, after: withMaterialIdsFrom(kind, e, before) })
    }
  const changed = changes.filter((c) => !sameEntity(c.before, c.after))
  const after = new Map(changes.map((c) => [entityKey(c.kind, c.id), c.after]))
  for (const c of changed) refuseReadOnly(c.kind, c.id, c.before, c.after, (k, id) => after.get(entityKey(k, id)) ?? ctx.working(k, id))
  return { changes: changed, createdIds, label }
}
