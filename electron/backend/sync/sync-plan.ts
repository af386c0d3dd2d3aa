/**
 * "Check changes": every pending change validated (local rules plus injected
 * compliance checks) and put in the order "Post changes" sends it — creations
 * parents first, then updates, status changes and deletions. Errors hold an
 * entity back (and the creations under it); warnings do not.
 */
import type { PendingChange } from '#shared/domain/account'
import { KINDS, emptyEntitySet, entitiesOf, parentIdOf, parentKindOf, type Entity, type EntitySet } from '#shared/domain/entity-kinds'
import type { Problem } from '#shared/domain/problems'
import type { SmartPlusAd, SmartPlusAdGroup, SmartPlusCampaign } from '#shared/domain/smart-plus/index'
import { readOnlyReason } from '#shared/domain/read-only'
import type { CheckResult, PlannedChange, SyncConflict } from '#shared/domain/sync'
import { checkAccount } from '#shared/checks/check-account'
import type { AccountEntities, ValidationContext } from '#shared/domain/validation/index'
import type { AccountStore } from '../accounts/store/account-store'
import { entityKey } from '../accounts/store/store-types'
import { frozenFields, updatableFields } from './entity-mapping'

export type ExtraChecks = (account: AccountEntities) => Problem[]

export interface PlanItem extends PlannedChange {
  entity: Entity | null
  /** For status changes. */
  status?: string
}

export interface SyncPlan {
  items: PlanItem[]
  problems: Problem[]
}

function accountOf(store: AccountStore): EntitySet {
  const account = emptyEntitySet()
  for (const kind of KINDS) entitiesOf(account, kind).push(...store.workingEntities(kind))
  return account
}

export function buildPlan(store: AccountStore, ctx: ValidationContext, conflicts: SyncConflict[], extraChecks?: ExtraChecks): SyncPlan {
  const pending = store.pendingList()
  const pendingKeys = new Set(pending.filter((p) => p.change !== 'deleted').map((p) => entityKey(p.kind, p.id)))
  const account = accountOf(store)
  // Field rules and market/consent rules: the same checks as the editor's problems panel.
  const checked = checkAccount(account, {
    currency: ctx.currency,
    now: ctx.now,
    downloadedAdgroup: ctx.downloaded?.adgroup,
    canUseCustomIdentity: ctx.canUseCustomIdentity,
    // What TikTok holds, for the Smart+ fields that cannot change once posted.
    postedSmartPlus: {
      campaign: (id) => store.baselineEntity('smart_plus_campaign', id) as SmartPlusCampaign | undefined,
      adgroup: (id) => store.baselineEntity('smart_plus_adgroup', id) as SmartPlusAdGroup | undefined,
      ad: (id) => store.baselineEntity('smart_plus_ad', id) as SmartPlusAd | undefined,
    },
    audiences: ctx.audiences,
  })
  const all = [...checked, ...(extraChecks?.(account) ?? [])]
  const problems = all.filter((p) => pendingKeys.has(entityKey(p.kind, p.entityId)))
  // The store refuses edits to Smart+ objects; a pending change on one can still come from before TikTok marked it
  // (or an older build). The manual endpoints would refuse it, so it is held back with the reason.
  for (const p of pending) {
    const reason = readOnlyReason(p.kind, store.workingEntity(p.kind, p.id)) ?? readOnlyReason(p.kind, store.baselineEntity(p.kind, p.id))
    if (reason)
      problems.push({
        severity: 'error',
        ruleId: 'sync.read-only',
        kind: p.kind,
        entityId: p.id,
        entityName: p.name,
        field: '',
        message: reason.message,
      })
  }
  const withErrors = new Set(problems.filter((p) => p.severity === 'error').map((p) => entityKey(p.kind, p.entityId)))
  const conflicted = new Set(conflicts.map((c) => entityKey(c.kind, c.id)))
  const heldCreates = new Set<string>()

  const blockedBy = (p: PendingChange, entity: Entity | null): PlannedChange['blockedBy'] => {
    const key = entityKey(p.kind, p.id)
    if (conflicted.has(key)) return 'conflict'
    if (withErrors.has(key)) return 'error'
    const parentKind = parentKindOf(p.kind)
    if (p.change === 'created' && parentKind && entity && heldCreates.has(entityKey(parentKind, parentIdOf(p.kind, entity)!))) return 'parent'
    return null
  }

  const items: PlanItem[] = []
  const byChange = (change: PendingChange['change']) => KINDS.flatMap((kind) => pending.filter((p) => p.kind === kind && p.change === change))

  for (const p of byChange('created')) {
    const entity = store.workingEntity(p.kind, p.id) ?? null
    const blocked = blockedBy(p, entity)
    if (blocked) heldCreates.add(entityKey(p.kind, p.id))
    items.push({ kind: p.kind, id: p.id, name: p.name, action: 'create', fields: [], blockedBy: blocked, entity })
  }
  const statuses: PlanItem[] = []
  for (const p of byChange('edited')) {
    const entity = store.workingEntity(p.kind, p.id) ?? null
    const blocked = blockedBy(p, entity)
    const fields = updatableFields(p.kind, p.fields)
    if (fields.length) items.push({ kind: p.kind, id: p.id, name: p.name, action: 'update', fields, blockedBy: blocked, entity })
    if (p.fields.includes('operation_status') && entity)
      statuses.push({
        kind: p.kind,
        id: p.id,
        name: p.name,
        action: 'status',
        fields: ['operation_status'],
        blockedBy: blocked,
        entity,
        status: entity.operation_status,
      })
  }
  items.push(...statuses)
  const deleted = new Set(pending.filter((p) => p.change === 'deleted').map((p) => entityKey(p.kind, p.id)))
  for (const p of byChange('deleted')) {
    // Deleting a parent deletes its children on TikTok; sending theirs too would fail as "already deleted".
    const base = store.baselineEntity(p.kind, p.id)
    const parentKind = parentKindOf(p.kind)
    if (base && parentKind && deleted.has(entityKey(parentKind, parentIdOf(p.kind, base)!))) continue
    items.push({
      kind: p.kind,
      id: p.id,
      name: p.name,
      action: 'delete',
      fields: [],
      blockedBy: conflicted.has(entityKey(p.kind, p.id)) ? 'conflict' : withErrors.has(entityKey(p.kind, p.id)) ? 'error' : null,
      entity: null,
    })
  }
  for (const p of pending.filter((x) => x.change === 'edited')) {
    const frozen = frozenFields(p.kind, p.fields)
    if (frozen.length)
      problems.push({
        severity: 'warning',
        ruleId: 'sync.field-not-updatable',
        kind: p.kind,
        entityId: p.id,
        entityName: p.name,
        field: frozen[0]!,
        message: `TikTok does not let ${frozen.join(', ')} change after creation; that change will not be posted.`,
      })
  }
  return { items, problems }
}

export function checkResult(advertiserId: string, plan: SyncPlan, conflicts: SyncConflict[]): Omit<CheckResult, 'spend'> {
  const errors = plan.problems.filter((p) => p.severity === 'error').length
  return {
    advertiserId,
    changes: plan.items.map(({ entity: _e, status: _s, ...c }) => c),
    problems: plan.problems,
    conflicts,
    errors,
    warnings: plan.problems.length - errors,
    blocked: plan.items.some((i) => i.blockedBy === 'error' || i.blockedBy === 'parent'),
  }
}
