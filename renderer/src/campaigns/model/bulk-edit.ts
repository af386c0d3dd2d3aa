/**
 * Turns a bulk action on a selection into the patches of one `update` edit, and
 * names it the way the toast and the undo menu say it ("Budget of 3 ad groups").
 */
import { patchOf, type EntityPatch } from '#shared/domain/account'
import type { AdGroup, Campaign, EntityKind } from '#shared/domain/entities'
import type { OperationStatus } from '#shared/domain/enums'
import { ENTITY_KINDS, LEVEL_OF, nameOf as entityName } from '#shared/domain/entity-kinds'
import type { Entity } from '#shared/domain/entity-kinds'
import { isReadOnly } from '#shared/domain/read-only'

export interface Target {
  kind: EntityKind
  id: string
  entity: Entity
}

/** "1 campaign", "3 ad groups", or "4 items" when kinds are mixed. */
export function countLabel(kinds: readonly EntityKind[]): string {
  const n = kinds.length
  const distinct = new Set(kinds)
  if (distinct.size === 1) {
    const { one, many } = ENTITY_KINDS[kinds[0]!].label
    return `${n} ${n === 1 ? one : many}`
  }
  return `${n} ${n === 1 ? 'item' : 'items'}`
}

export function statusPatches(targets: readonly Target[], status: OperationStatus): EntityPatch[] {
  return targets.filter((t) => t.entity.operation_status !== status).map((t) => patchOf(t.kind, t.id, { operation_status: status }))
}

export type BudgetOp = { mode: 'set'; amount: number } | { mode: 'percent'; percent: number }

const cents = (n: number) => Math.round(n * 100) / 100

/**
 * Budget changes for the campaigns and ad groups in the selection. Ads have no
 * budget; an unlimited budget, or an ad group whose budget the campaign holds
 * (CBO, no budget of its own), cannot be set or scaled and is skipped.
 */
export function budgetPatches(targets: readonly Target[], op: BudgetOp): { patches: EntityPatch[]; skipped: number } {
  const patches: EntityPatch[] = []
  let skipped = 0
  for (const t of targets) {
    if (LEVEL_OF[t.kind] === 'ad') continue
    const e = t.entity as Pick<Campaign | AdGroup, 'budget' | 'budget_mode'>
    if (e.budget_mode === undefined || e.budget_mode === 'BUDGET_MODE_INFINITE' || (op.mode === 'percent' && e.budget === undefined)) {
      skipped++
      continue
    }
    const next = op.mode === 'set' ? cents(op.amount) : cents((e.budget ?? 0) * (1 + op.percent / 100))
    const budget = Math.max(0, next)
    if (budget !== e.budget) patches.push(patchOf(t.kind, t.id, { budget }))
  }
  return { patches, skipped }
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

export function nameOf(t: Target): string {
  return entityName(t.kind, t.entity)
}

/** Replaces every occurrence of `find` (literal text) in the names; unchanged names are left out. */
export function renamePatches(targets: readonly Target[], find: string, replace: string, caseSensitive: boolean): EntityPatch[] {
  if (find === '') return []
  const pattern = new RegExp(escapeRegExp(find), caseSensitive ? 'g' : 'gi')
  const patches: EntityPatch[] = []
  for (const t of targets) {
    const name = nameOf(t)
    const next = name.replace(pattern, () => replace)
    if (next !== name) patches.push(patchOf(t.kind, t.id, { [ENTITY_KINDS[t.kind].nameField]: next }))
  }
  return patches
}

/**
 * Deleting a parent deletes its children, so a child whose parent is also
 * selected is dropped from the request (and from the count the buyer reads).
 */
export function topmostTargets<T extends { kind: EntityKind; id: string; parentIds: string[] }>(targets: readonly T[]): T[] {
  const ids = new Set(targets.map((t) => t.id))
  return targets.filter((t) => !t.parentIds.some((p) => ids.has(p)))
}

/**
 * A bulk action skips what Adwright cannot edit (Smart+ objects, see
 * shared/domain/read-only.ts) rather than failing as a whole: the store would
 * refuse the one edit that holds them, and the buyer's other rows would not change.
 */
export function splitReadOnly<T extends { kind: EntityKind; entity: Entity }>(targets: readonly T[]): { editable: T[]; readOnly: number } {
  const editable = targets.filter((t) => !isReadOnly(t.kind, t.entity))
  return { editable, readOnly: targets.length - editable.length }
}

/** " (2 read-only Smart+ items left out)", or nothing. */
export function readOnlyNote(readOnly: number): string {
  return readOnly === 0 ? '' : ` (${readOnly} read-only Smart+ ${readOnly === 1 ? 'item' : 'items'} left out)`
}
