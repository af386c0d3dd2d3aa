import { randomUUID } from 'node:crypto'
import type { Edit } from '#shared/domain/account'
import { LOCAL_ID_PREFIX, isLocalId, type Ad, type AdGroup, type Campaign } from '#shared/domain/entities'
import { sameEntity } from '#shared/domain/entity-equality'
import {
  ENTITY_KINDS,
  KINDS,
  SMART_PLUS_KINDS,
  childKindsOf,
  emptyEntitySet,
  entitiesOf,
  idOf,
  nameOf,
  parentFieldOf,
  parentIdOf,
  parentKindOf,
  titleOf,
  withFields,
  type Entity,
  type EntityKind,
} from '#shared/domain/entity-kinds'
import { readOnlyReason } from '#shared/domain/read-only'
import { convertToSmartPlus, isSmartPlusObjective } from '#shared/domain/smart-plus/convert'
import { ServiceError } from '#backend/app/service-error'
import { labelFor } from './edit-labels'
import { entityKey, type Change, type EntityRef } from './store-types'

/** What planning may read of the store, all in memory or cheap single reads. */
export interface PlanContext {
  advertiserId: string
  working: (kind: EntityKind, id: string) => Entity | undefined
  workingAll: (kind: EntityKind) => Iterable<Entity>
  baseline: (kind: EntityKind, id: string) => Entity | undefined
  /** Server entities deleted locally (tombstones), read from the download. */
  tombstones: () => Array<EntityRef & { entity: Entity }>
  newId?: () => string
  /** For drafts an edit makes (a converted ad group's defaults). */
  now: () => Date
}

export interface Plan {
  changes: Change[]
  createdIds: string[]
  label: string
}

/**
 * Turns one edit into the list of working-copy changes it makes, checking it
 * against the current state first so that a refused edit writes nothing.
 * Several operations in one edit compose through an overlay of the working copy.
 */
export function planEdit(edit: Edit, ctx: PlanContext): Plan {
  const draft = new Map<string, { kind: EntityKind; id: string; after: Entity | null }>()
  const newId = ctx.newId ?? (() => `${LOCAL_ID_PREFIX}${randomUUID()}`)
  const get = (kind: EntityKind, id: string): Entity | undefined => {
    const d = draft.get(entityKey(kind, id))
    return d ? (d.after ?? undefined) : ctx.working(kind, id)
  }
  const set = (kind: EntityKind, id: string, after: Entity | null) => draft.set(entityKey(kind, id), { kind, id, after })
  const mustGet = (kind: EntityKind, id: string) => {
    const e = get(kind, id)
    if (!e) throw new ServiceError('NOT_FOUND', `${titleOf(kind)} ${id} does not exist in this account.`)
    return e
  }
  let index: Map<string, EntityRef[]> | null = null
  /** Working children by parent key; built once per edit, only if needed. */
  const childrenOf = (kind: EntityKind, id: string): EntityRef[] => {
    if (childKindsOf(kind).length === 0) return []
    if (!index) {
      index = new Map()
      for (const k of KINDS) {
        const parentKind = parentKindOf(k)
        if (!parentKind) continue
        for (const e of ctx.workingAll(k)) {
          const key = entityKey(parentKind, parentIdOf(k, e)!)
          const ref = { kind: k, id: idOf(k, e) }
          const list = index.get(key)
          if (list) list.push(ref)
          else index.set(key, [ref])
        }
      }
    }
    return (index.get(entityKey(kind, id)) ?? []).filter((c) => get(c.kind, c.id))
  }
  const descendants = (kind: EntityKind, id: string): EntityRef[] => childrenOf(kind, id).flatMap((c) => [c, ...descendants(c.kind, c.id)])
  const checkParent = (kind: EntityKind, e: Entity) => {
    const parentKind = parentKindOf(kind)
    const parent = parentIdOf(kind, e)
    if (parentKind && parent && !get(parentKind, parent))
      throw new ServiceError('NOT_FOUND', `${titleOf(parentKind)} ${parent} of ${ENTITY_KINDS[kind].label.one} ${idOf(kind, e)} does not exist.`)
  }
  const checkAdvertiser = (kind: EntityKind, e: Entity) => {
    if (e.advertiser_id !== ctx.advertiserId)
      throw new ServiceError(
        'INVALID_REQUEST',
        `${titleOf(kind)} ${idOf(kind, e)} belongs to advertiser ${e.advertiser_id}, not ${ctx.advertiserId}.`,
      )
  }
  const createdIds: string[] = []

  switch (edit.type) {
    case 'create': {
      const all = KINDS.flatMap((kind) => (edit[ENTITY_KINDS[kind].setKey] ?? []).map((e): [EntityKind, Entity] => [kind, e]))
      for (const [kind, e] of all) {
        const id = idOf(kind, e)
        checkAdvertiser(kind, e)
        if (get(kind, id) || ctx.baseline(kind, id))
          throw new ServiceError('CONFLICT', `${titleOf(kind)} ${id} already exists${get(kind, id) ? '' : ' (deleted locally, not yet posted)'}.`)
        set(kind, id, e)
        createdIds.push(id)
      }
      for (const [kind, e] of all) checkParent(kind, e)
      break
    }
    case 'update':
      for (const p of edit.patches) {
        const current = mustGet(p.kind, p.id)
        const fields = Object.fromEntries(Object.entries(p.fields).filter(([, v]) => v !== undefined))
        const idField = ENTITY_KINDS[p.kind].idField
        if (idField in fields && fields[idField] !== p.id)
          throw new ServiceError('INVALID_REQUEST', `The id of ${ENTITY_KINDS[p.kind].label.one} ${p.id} cannot be changed.`)
        // null clears an optional field (the request schema allows it for those only).
        const next = withFields(current, Object.fromEntries(Object.entries(fields).map(([f, v]) => [f, v === null ? undefined : v])))
        checkAdvertiser(p.kind, next)
        checkParent(p.kind, next)
        set(p.kind, p.id, next)
      }
      break
    case 'delete':
      for (const t of edit.targets) {
        mustGet(t.kind, t.id)
        for (const d of [t, ...descendants(t.kind, t.id)]) set(d.kind, d.id, null)
      }
      break
    case 'duplicate': {
      const suffix = edit.nameSuffix ?? ' (copy)'
      const copy = (kind: EntityKind, e: Entity, parentId: string | undefined, rename: boolean): string => {
        const id = newId()
        const fields: Record<string, unknown> = { [ENTITY_KINDS[kind].idField]: id }
        const parentField = parentFieldOf(kind)
        if (parentField && parentId) fields[parentField] = parentId
        if (rename) fields[ENTITY_KINDS[kind].nameField] = `${nameOf(kind, e)}${suffix}`
        const children = childrenOf(kind, idOf(kind, e))
        set(kind, id, withFields(e, fields))
        createdIds.push(id)
        for (const c of children) copy(c.kind, get(c.kind, c.id)!, id, false)
        return id
      }
      for (const t of edit.targets) copy(t.kind, mustGet(t.kind, t.id), undefined, true)
      break
    }
    case 'revert':
      revert(edit.targets)
      break
    case 'convert-to-smart-plus': {
      const campaign = mustGet('campaign', edit.campaignId) as Campaign
      // A posted campaign exists on TikTok as a manual one, which TikTok cannot turn into Smart+.
      if (!isLocalId(campaign.campaign_id))
        throw new ServiceError(
          'INVALID_REQUEST',
          `Campaign “${campaign.campaign_name}” is on TikTok already: only an unposted draft can become Smart+.`,
        )
      if (!isSmartPlusObjective(campaign.objective_type))
        throw new ServiceError(
          'INVALID_REQUEST',
          `Campaign “${campaign.campaign_name}” is ${campaign.objective_type}; Smart+ takes web conversions, app promotion and lead generation.`,
        )
      const groups = childrenOf('campaign', campaign.campaign_id).map((r) => get(r.kind, r.id) as AdGroup)
      const ads = groups.flatMap((g) => childrenOf('adgroup', g.adgroup_id).map((r) => get(r.kind, r.id) as Ad))
      const converted = convertToSmartPlus(campaign, groups, ads, newId, ctx.now())
      for (const d of [{ kind: 'campaign' as const, id: campaign.campaign_id }, ...descendants('campaign', campaign.campaign_id)])
        set(d.kind, d.id, null)
      for (const kind of SMART_PLUS_KINDS)
        for (const e of entitiesOf({ ...emptyEntitySet(), ...converted }, kind)) {
          set(kind, idOf(kind, e), e)
          createdIds.push(idOf(kind, e))
        }
      break
    }
  }

  function revert(targets: EntityRef[]) {
    const tombstones = ctx.tombstones()
    const refs = new Map<string, EntityRef>()
    const add = (r: EntityRef) => refs.set(entityKey(r.kind, r.id), r)
    for (const t of targets) {
      if (!get(t.kind, t.id) && !ctx.baseline(t.kind, t.id))
        throw new ServiceError('NOT_FOUND', `${titleOf(t.kind)} ${t.id} does not exist in this account.`)
      add(t)
      for (const d of descendants(t.kind, t.id)) add(d)
      // Children deleted with a campaign or ad group come back with it.
      let grew = true
      while (grew) {
        grew = false
        for (const s of tombstones) {
          const key = entityKey(s.kind, s.id)
          const parent = parentIdOf(s.kind, s.entity)
          const parentKind = parentKindOf(s.kind)
          if (!refs.has(key) && parent && parentKind && refs.has(entityKey(parentKind, parent))) {
            add(s)
            grew = true
          }
        }
      }
    }
    for (const r of refs.values()) set(r.kind, r.id, ctx.baseline(r.kind, r.id) ?? null)
    // A restored entity needs its parents: restore those the user deleted.
    for (const r of [...refs.values()]) {
      let kind: EntityKind = r.kind
      let e = get(r.kind, r.id)
      for (let parentKind = parentKindOf(kind); e && parentKind; parentKind = parentKindOf(kind)) {
        const parentId = parentIdOf(kind, e)!
        if (get(parentKind, parentId)) break
        const restored = ctx.baseline(parentKind, parentId)
        if (!restored) break
        set(parentKind, parentId, restored)
        kind = parentKind
        e = restored
      }
    }
  }

  const changes: Change[] = []
  for (const d of draft.values()) {
    const before = ctx.working(d.kind, d.id) ?? null
    if (sameEntity(before, d.after)) continue
    // A revert only puts the download back, which a read-only object always is.
    if (edit.type !== 'revert') refuseReadOnly(d.kind, d.id, before, d.after, get)
    changes.push({ kind: d.kind, id: d.id, before, after: d.after })
  }
  const label =
    edit.label ??
    labelFor(edit, (kind, id) => {
      const e = get(kind, id) ?? ctx.working(kind, id) ?? ctx.baseline(kind, id)
      return e ? nameOf(kind, e) : undefined
    })
  return { changes, createdIds, label }
}

/**
 * Refuses a change to an object Adwright cannot post (Smart+, see
 * shared/domain/read-only.ts) — editing, deleting or copying it, or drafting
 * under it — before anything is written, so it never becomes a pending change.
 */
export function refuseReadOnly(
  kind: EntityKind,
  id: string,
  before: Entity | null,
  after: Entity | null,
  entityOf: (kind: EntityKind, id: string) => Entity | undefined,
) {
  const own = readOnlyReason(kind, before) ?? readOnlyReason(kind, after)
  if (own) throw new ServiceError('INVALID_REQUEST', `${titleOf(kind)} ${id} cannot be changed. ${own.message}`)
  const parentKind = parentKindOf(kind)
  const parentId = after ? parentIdOf(kind, after) : undefined
  const parent = parentKind && parentId ? readOnlyReason(parentKind, entityOf(parentKind, parentId)) : null
  if (parentKind && parent)
    throw new ServiceError(
      'INVALID_REQUEST',
      `${titleOf(kind)} ${id} cannot be added to ${ENTITY_KINDS[parentKind].label.one} ${parentId}. ${parent.message}`,
    )
}
