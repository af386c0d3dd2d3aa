/**
 * The editor's commands, shared by the toolbar, the context of the tree and the
 * keyboard: each reads the selection, sends one edit (one undo step) and says
 * what it did in the toast.
 */
import type { Edit, EntityPatch } from '#shared/domain/account'
import { newAd, newAdGroup, newCampaign } from '#shared/domain/defaults'
import { defaultSparkIdentity } from '#shared/domain/identities'
import { LOCAL_ID_PREFIX, type EntityKind } from '#shared/domain/entities'
import { ENTITY_KINDS, KINDS, LEVEL_OF, isSmartPlusKind, parentIdOf, parentKindOf } from '#shared/domain/entity-kinds'
import type { ObjectiveType, OperationStatus } from '#shared/domain/enums'
import { creationPathFor } from '#shared/domain/smart-plus/creation-path'
import { isSmartPlusObjective } from '#shared/domain/smart-plus/convert'
import {
  budgetPatches,
  countLabel,
  readOnlyNote,
  renamePatches,
  splitReadOnly,
  statusPatches,
  topmostTargets,
  type BudgetOp,
  type Target,
} from './model/bulk-edit'
import { parseRowKey, rowKey, type RowKey } from './model/tree-rows'
import { call, messageOf } from '../api/client'
import { now } from '../app/clock'
import { mapOf, useAccountStore } from './use-account-store'
import { useProfileStore } from './use-profile-store'
import { useToastStore } from '../app/use-toast-store'
import { useTreeStore } from './use-tree-store'
import { createSmartPlusAd, createSmartPlusAdGroup, createSmartPlusCampaign } from './smart-plus-commands'

export const localId = () => `${LOCAL_ID_PREFIX}${crypto.randomUUID()}`
export const toast = (message: string, undoable = true) => useToastStore.getState().show(message, { undoable })
export const fail = (message: string) => useToastStore.getState().show(message, { tone: 'error' })

/** The entity of a row, of any kind (the registry says which map holds it). */
export function entityOf(key: RowKey) {
  const { kind, id } = parseRowKey(key)
  return mapOf(useAccountStore.getState(), kind).get(id)
}

/** The row keys above a row, nearest first: an ad's ad group, then its campaign (Smart+ rows have Smart+ parents). */
export function parentsOf(key: RowKey): RowKey[] {
  const { kind } = parseRowKey(key)
  const entity = entityOf(key)
  const parentKind = parentKindOf(kind)
  const parentId = entity && parentIdOf(kind, entity)
  if (!parentKind || !parentId) return []
  const parent = rowKey(parentKind, parentId)
  return [parent, ...parentsOf(parent)]
}

/** The rows' entities, read-only ones (Smart+) left out and counted for the toast. */
function targets(keys: Iterable<RowKey>): { editable: Target[]; readOnly: number } {
  const out: Target[] = []
  for (const key of keys) {
    const entity = entityOf(key)
    if (entity) out.push({ ...parseRowKey(key), entity })
  }
  return splitReadOnly(out)
}

const selectedKeys = () => [...useTreeStore.getState().selection.selected]
const editableKeys = (keys: RowKey[]) => {
  const { editable, readOnly } = targets(keys)
  return { keys: editable.map((t) => rowKey(t.kind, t.id)), readOnly }
}

/**
 * Commands run one after another: Ctrl+Z then Ctrl+Y typed quickly must redo
 * what was just undone, which needs the undo's answer first.
 */
let chain: Promise<unknown> = Promise.resolve()
function serial<T>(fn: () => Promise<T>): Promise<T> {
  const next = chain.then(fn, fn)
  chain = next.catch(() => undefined)
  return next
}

export function run(edit: Edit, message: string): Promise<string[] | null> {
  return serial(() => send(edit, message))
}

async function send(edit: Edit, message: string): Promise<string[] | null> {
  const delta = await useAccountStore.getState().edit(edit)
  if (!delta) {
    fail(useAccountStore.getState().error ?? 'That change was refused.')
    return null
  }
  toast(message)
  return delta.createdIds
}

export async function create(kind: EntityKind, edit: Edit, id: string, parents: RowKey[], label: string) {
  if (!(await run(edit, `${label} created`))) return
  const key = rowKey(kind, id)
  useTreeStore.getState().reveal([key], parents)
  useTreeStore.getState().requestFocus(key, ENTITY_KINDS[kind].nameField)
}

/**
 * A new campaign. Its objective decides the endpoints that will create it (creation-path.ts, at the renderer's
 * clock): from TikTok's end of manual creation, a Smart+ objective makes an Upgraded Smart+ campaign.
 */
export async function createCampaign(objective: ObjectiveType = 'TRAFFIC') {
  const advertiserId = useAccountStore.getState().advertiserId
  if (!advertiserId) return fail('Open an advertiser account first.')
  if (isSmartPlusObjective(objective) && creationPathFor(objective, now()) === 'smart_plus') return createSmartPlusCampaign(objective)
  const c = { ...newCampaign(advertiserId, localId()), objective_type: objective }
  await create('campaign', { type: 'create', campaigns: [c], label: 'New campaign' }, c.campaign_id, [], 'Campaign')
}

/** The campaign (or ad group) the new child goes under: the active row or its ancestor, of either family. */
export function activeAncestor(level: 'campaign' | 'adgroup'): RowKey | null {
  const active = useTreeStore.getState().active
  if (!active) return null
  return [active, ...parentsOf(active)].find((k) => LEVEL_OF[parseRowKey(k).kind] === level) ?? null
}

export async function createAdGroup() {
  const parent = activeAncestor('campaign')
  if (parent && isSmartPlusKind(parseRowKey(parent).kind)) return createSmartPlusAdGroup(parent)
  const campaign = parent ? useAccountStore.getState().campaigns.get(parseRowKey(parent).id) : undefined
  if (!campaign) return fail('Select a campaign first: the new ad group goes into it.')
  const g = newAdGroup(campaign, localId(), now())
  await create('adgroup', { type: 'create', adgroups: [g], label: 'New ad group' }, g.adgroup_id, [parent!], 'Ad group')
}

export async function createAd() {
  const parent = activeAncestor('adgroup')
  if (parent && isSmartPlusKind(parseRowKey(parent).kind)) return createSmartPlusAd(parent)
  const group = parent ? useAccountStore.getState().adgroups.get(parseRowKey(parent).id) : undefined
  if (!group) return fail('Select an ad group first: the new ad goes into it.')
  // On TikTok placements the ad starts as a Spark Ad from the identities the last pull cached.
  const ad = newAd(group, localId(), defaultSparkIdentity(useProfileStore.getState().profile.identities))
  await create('ad', { type: 'create', ads: [ad], label: 'New ad' }, ad.ad_id, [parent!, ...parentsOf(parent!)], 'Ad')
}

/** One field of one entity, saved on blur or on change. */
export async function saveField(key: RowKey, fields: Record<string, unknown>, fieldLabel: string) {
  const { kind, id } = parseRowKey(key)
  const patch = { kind, id, fields } as EntityPatch
  await run({ type: 'update', patches: [patch], label: `Edit ${fieldLabel}` }, `${fieldLabel} saved`)
}

async function update(patches: EntityPatch[], label: string, none: string) {
  if (patches.length === 0) return toast(none, false)
  await run({ type: 'update', patches, label }, label)
}

export async function setStatus(status: OperationStatus) {
  const { editable, readOnly } = targets(selectedKeys())
  const patches = statusPatches(editable, status)
  const verb = status === 'ENABLE' ? 'enabled' : 'paused'
  const note = readOnlyNote(readOnly)
  await update(patches, `${countLabel(patches.map((p) => p.kind))} ${verb}${note}`, `Nothing to change: already ${verb}${note}.`)
}

export async function changeBudget(op: BudgetOp) {
  const { editable, readOnly } = targets(selectedKeys())
  const { patches, skipped } = budgetPatches(editable, op)
  const skippedNote = (skipped ? ` (${skipped} with no budget of their own left as they are)` : '') + readOnlyNote(readOnly)
  await update(
    patches,
    `Budget of ${countLabel(patches.map((p) => p.kind))} changed${skippedNote}`,
    `No budget to change in the selection${skippedNote}.`,
  )
}

export async function renameSelected(find: string, replace: string, caseSensitive: boolean) {
  const { editable, readOnly } = targets(selectedKeys())
  const patches = renamePatches(editable, find, replace, caseSensitive)
  const note = readOnlyNote(readOnly)
  await update(patches, `${countLabel(patches.map((p) => p.kind))} renamed${note}`, `No editable selected name contains “${find}”${note}.`)
}

export async function deleteSelected() {
  const { keys, readOnly } = editableKeys(selectedKeys())
  const picked = topmostTargets(keys.map((key) => ({ ...parseRowKey(key), parentIds: parentsOf(key).map((k) => parseRowKey(k).id) })))
  if (picked.length === 0) return readOnly > 0 ? fail('Smart+ items are read-only in Adwright: delete them in TikTok Ads Manager.') : undefined
  const inside = picked.some((t) => t.kind !== 'ad') ? ', with everything inside' : ''
  const label = `${countLabel(picked.map((t) => t.kind))} deleted${inside}${readOnlyNote(readOnly)}`
  if (await run({ type: 'delete', targets: picked.map(({ kind, id }) => ({ kind, id })), label }, label)) {
    pruneTree()
  }
}

async function duplicate(all: RowKey[], verb: string) {
  const { keys, readOnly } = editableKeys(all)
  const picked = keys
    .map(parseRowKey)
    .filter((t): t is { kind: Exclude<EntityKind, 'ad' | 'smart_plus_ad'>; id: string } => LEVEL_OF[t.kind] !== 'ad')
  if (picked.length === 0)
    return fail(
      readOnly > 0
        ? 'Smart+ items are read-only in Adwright and cannot be copied.'
        : 'Only campaigns and ad groups can be duplicated, with everything inside them.',
    )
  const label = `${countLabel(picked.map((t) => t.kind))} ${verb}${readOnlyNote(readOnly)}`
  const created = await run({ type: 'duplicate', targets: picked, nameSuffix: ' (copy)', label }, label)
  if (!created) return
  const top = created.map((id) => rowKeyOfCreated(id)).filter((k) => entityOf(k) && !parentsOf(k).some((p) => created.includes(parseRowKey(p).id)))
  useTreeStore.getState().reveal(top, top.flatMap(parentsOf))
}

export const duplicateSelected = () => duplicate(selectedKeys(), 'duplicated')

/** The row of an id an edit created: the first kind whose map holds it (ids are unique across kinds). */
function rowKeyOfCreated(id: string): RowKey {
  const s = useAccountStore.getState()
  const kind = KINDS.find((k) => mapOf(s, k).has(id)) ?? 'campaign'
  return rowKey(kind, id)
}

export function copySelected() {
  const keys = selectedKeys().filter((k) => LEVEL_OF[parseRowKey(k).kind] !== 'ad')
  if (keys.length === 0) return fail('Only campaigns and ad groups can be copied.')
  useTreeStore.getState().copy(keys)
  toast(`${countLabel(keys.map((k) => parseRowKey(k).kind))} copied — press ⌘/Ctrl+V to paste`, false)
}

export function paste() {
  const keys = useTreeStore.getState().clipboard.filter((k) => entityOf(k))
  if (keys.length === 0) return fail('Nothing to paste: copy campaigns or ad groups first.')
  return duplicate(keys, 'pasted')
}

export const undo = () =>
  serial(async () => {
    const label = useAccountStore.getState().undo.undoLabel
    if (!useAccountStore.getState().undo.canUndo) return
    if (await useAccountStore.getState().undoLast()) {
      pruneTree()
      toast(`Undone: ${label ?? 'last change'}`, false)
    }
  })

export const redo = () =>
  serial(async () => {
    const label = useAccountStore.getState().undo.redoLabel
    if (!useAccountStore.getState().undo.canRedo) return
    if (await useAccountStore.getState().redoLast()) {
      pruneTree()
      toast(`Redone: ${label ?? 'change'}`, false)
    }
  })

export async function revert(items: Array<{ kind: EntityKind; id: string }>, label: string) {
  if (await run({ type: 'revert', targets: items, label }, label)) pruneTree()
}

function pruneTree() {
  useTreeStore.getState().prune((key) => entityOf(key) !== undefined)
}

/** Saves the account as a file through the browser's download, which the Electron shell turns into a save. */
export async function exportAccount(format: 'csv' | 'json') {
  const advertiserId = useAccountStore.getState().advertiserId
  if (!advertiserId) return fail('Open an advertiser account first.')
  try {
    const { fileName, content } = await call('account:export', { advertiserId, format })
    const url = URL.createObjectURL(new Blob([content], { type: format === 'csv' ? 'text/csv' : 'application/json' }))
    const a = document.createElement('a')
    a.href = url
    a.download = fileName
    a.click()
    // The click has started the download; the URL is no longer needed.
    setTimeout(() => URL.revokeObjectURL(url), 0)
    toast(`Exported ${fileName}`, false)
  } catch (error) {
    fail(`Export failed: ${messageOf(error)}`)
  }
}
