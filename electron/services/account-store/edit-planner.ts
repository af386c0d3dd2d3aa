import { randomUUID } from 'node:crypto'
import { isDeepStrictEqual } from 'node:util'
import type { Edit } from '../../../shared/domain/account'
import { ID_FIELD, LOCAL_ID_PREFIX, NAME_FIELD, PARENT_FIELD, type EntityKind } from '../../../shared/domain/entities'
import { ServiceError } from '../service-error'
import { labelFor } from './edit-labels'
import { entityKey, type Change, type Entity, type EntityRef } from './store-types'

/** What planning may read of the store, all in memory or cheap single reads. */
export interface PlanContext {
  advertiserId: string
  working: (kind: EntityKind, id: string) => Entity | undefined
  workingAll: (kind: EntityKind) => Iterable<Entity>
  baseline: (kind: EntityKind, id: string) => Entity | undefined
  /** Server entities deleted locally (tombstones), read from the download. */
  tombstones: () => Array<EntityRef & { entity: Entity }>
  newId?: () => string
}

export interface Plan {
  changes: Change[]
  createdIds: string[]
  label: string
}

const CHILD: Partial<Record<EntityKind, EntityKind>> = { campaign: 'adgroup', adgroup: 'ad' }
const NOUN: Record<EntityKind, string> = { campaign: 'Campaign', adgroup: 'Ad group', ad: 'Ad' }
const field = (e: Entity, name: string) => (e as unknown as Record<string, unknown>)[name] as string | undefined
export const idOf = (kind: EntityKind, e: Entity) => field(e, ID_FIELD[kind])!
export const parentOf = (kind: EntityKind, e: Entity) => {
  const p = PARENT_FIELD[kind]
  return p ? field(e, p) : undefined
}
const with_ = (e: Entity, fields: Record<string, unknown>) => ({ ...e, ...fields }) as Entity

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
    if (!e) throw new ServiceError('NOT_FOUND', `${NOUN[kind]} ${id} does not exist in this account.`)
    return e
  }
  let index: Map<string, string[]> | null = null
  /** Working children by parent key; built once per edit, only if needed. */
  const childrenOf = (kind: EntityKind, id: string): string[] => {
    const child = CHILD[kind]
    if (!child) return []
    if (!index) {
      index = new Map()
      for (const k of ['adgroup', 'ad'] as const)
        for (const e of ctx.workingAll(k)) {
          const key = entityKey(k === 'adgroup' ? 'campaign' : 'adgroup', parentOf(k, e)!)
          index.get(key)?.push(idOf(k, e)) ?? index.set(key, [idOf(k, e)])
        }
    }
    return (index.get(entityKey(kind, id)) ?? []).filter((c) => get(child, c))
  }
  const descendants = (kind: EntityKind, id: string): EntityRef[] => {
    const child = CHILD[kind]
    if (!child) return []
    return childrenOf(kind, id).flatMap((c) => [{ kind: child, id: c }, ...descendants(child, c)])
  }
  const checkParent = (kind: EntityKind, e: Entity) => {
    const parentKind = kind === 'ad' ? 'adgroup' : kind === 'adgroup' ? 'campaign' : null
    const parent = parentOf(kind, e)
    if (parentKind && parent && !get(parentKind, parent))
      throw new ServiceError('NOT_FOUND', `${NOUN[parentKind]} ${parent} of ${NOUN[kind].toLowerCase()} ${idOf(kind, e)} does not exist.`)
  }
  const checkAdvertiser = (kind: EntityKind, e: Entity) => {
    if (e.advertiser_id !== ctx.advertiserId)
      throw new ServiceError('INVALID_REQUEST', `${NOUN[kind]} ${idOf(kind, e)} belongs to advertiser ${e.advertiser_id}, not ${ctx.advertiserId}.`)
  }
  const createdIds: string[] = []

  switch (edit.type) {
    case 'create': {
      const all: Array<[EntityKind, Entity]> = [
        ...(edit.campaigns ?? []).map((e) => ['campaign', e] as [EntityKind, Entity]),
        ...(edit.adgroups ?? []).map((e) => ['adgroup', e] as [EntityKind, Entity]),
        ...(edit.ads ?? []).map((e) => ['ad', e] as [EntityKind, Entity]),
      ]
      for (const [kind, e] of all) {
        const id = idOf(kind, e)
        checkAdvertiser(kind, e)
        if (get(kind, id) || ctx.baseline(kind, id))
          throw new ServiceError('CONFLICT', `${NOUN[kind]} ${id} already exists${get(kind, id) ? '' : ' (deleted locally, not yet posted)'}.`)
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
        if (ID_FIELD[p.kind] in fields && fields[ID_FIELD[p.kind]] !== p.id)
          throw new ServiceError('INVALID_REQUEST', `The id of ${NOUN[p.kind].toLowerCase()} ${p.id} cannot be changed.`)
        // null clears an optional field (the request schema allows it for those only).
        const next = Object.fromEntries(Object.entries(with_(current, fields)).filter(([, v]) => v !== null)) as Entity
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
        const fields: Record<string, unknown> = { [ID_FIELD[kind]]: id }
        const parentField = PARENT_FIELD[kind]
        if (parentField && parentId) fields[parentField] = parentId
        if (rename) fields[NAME_FIELD[kind]] = `${field(e, NAME_FIELD[kind]) ?? ''}${suffix}`
        const children = CHILD[kind] ? childrenOf(kind, idOf(kind, e)) : []
        set(kind, id, with_(e, fields))
        createdIds.push(id)
        for (const c of children) copy(CHILD[kind]!, get(CHILD[kind]!, c)!, id, false)
        return id
      }
      for (const t of edit.targets) copy(t.kind, mustGet(t.kind, t.id), undefined, true)
      break
    }
    case 'revert':
      revert(edit.targets)
      break
  }

  function revert(targets: EntityRef[]) {
    const tombstones = ctx.tombstones()
    const refs = new Map<string, EntityRef>()
    const add = (r: EntityRef) => refs.set(entityKey(r.kind, r.id), r)
    for (const t of targets) {
      if (!get(t.kind, t.id) && !ctx.baseline(t.kind, t.id))
        throw new ServiceError('NOT_FOUND', `${NOUN[t.kind]} ${t.id} does not exist in this account.`)
      add(t)
      for (const d of descendants(t.kind, t.id)) add(d)
      // Children deleted with a campaign or ad group come back with it.
      let grew = true
      while (grew) {
        grew = false
        for (const s of tombstones) {
          const key = entityKey(s.kind, s.id)
          const parent = parentOf(s.kind, s.entity)
          const parentKind = s.kind === 'ad' ? 'adgroup' : 'campaign'
          if (!refs.has(key) && parent && refs.has(entityKey(parentKind, parent)) && s.kind !== 'campaign') {
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
      while (e && kind !== 'campaign') {
        const parentKind: EntityKind = kind === 'ad' ? 'adgroup' : 'campaign'
        const parentId = parentOf(kind, e)!
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
    if (!isDeepStrictEqual(before, d.after)) changes.push({ kind: d.kind, id: d.id, before, after: d.after })
  }
  const label = edit.label ?? labelFor(edit, (kind, id) => field(get(kind, id) ?? ctx.working(kind, id) ?? ctx.baseline(kind, id) ?? ({} as Entity), NAME_FIELD[kind]))
  return { changes, createdIds, label }
}
