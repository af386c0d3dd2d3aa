/**
 * Loading an ad group's targeting into the reach playground and writing it back — a manual ad group's fields, or a
 * MANUAL Smart+ ad group's `targeting_spec` (playground-smart-plus.ts): the write is one `update` edit of the account
 * store, so it is one undo step like any field saved in the ad-group editor.
 */
import type { AdGroup } from '#shared/domain/entities'
import type { EntityPatch } from '#shared/domain/account'
import { smartPlusReachInput } from '#shared/reach/smart-plus-input'
import { smartPlusApplyBlocker, smartPlusSpecWith } from '#shared/reach/playground-smart-plus'
import type { SmartPlusAdGroup } from '#shared/domain/smart-plus/index'
import { adGroupPatch, applyBlocker, targetingOfAdGroup } from '#shared/reach/playground-targeting'
import type { ReachInput } from '#shared/reach/estimate'
import { sameValue } from '#shared/domain/entity-equality'
import { fail, run } from '../campaigns/editor-commands'
import { useAccountStore } from '../campaigns/use-account-store'
import { usePlaygroundStore, type PlaygroundSource } from './use-playground-store'

type Account = ReturnType<typeof useAccountStore.getState>

/** The loaded ad group as it is now in the open account, or undefined (nothing loaded, another account, deleted). */
export function sourceGroup(
  account: Account,
  source: PlaygroundSource | null,
): { name: string; manual?: AdGroup; smartPlus?: SmartPlusAdGroup } | undefined {
  if (!source || source.advertiserId !== account.advertiserId) return undefined
  if (source.kind === 'adgroup') {
    const manual = account.adgroups.get(source.id)
    return manual && { name: manual.adgroup_name, manual }
  }
  const sp = account.smartPlusAdgroups.get(source.id)
  return sp && { name: sp.adgroup_name, smartPlus: sp }
}

/** Whether the playground holds changes the loaded ad group does not have yet (what Apply would write). */
export function hasUnapplied(group: ReturnType<typeof sourceGroup>, targeting: ReachInput): boolean {
  if (group?.smartPlus) return !sameValue(smartPlusSpecWith(group.smartPlus, targeting), group.smartPlus.targeting_spec)
  return !!group?.manual && Object.keys(adGroupPatch(group.manual, targeting)).length > 0
}

/** Why "Apply to ad group" is off, or null when it is on. */
export function applyReason(account: Account, source: PlaygroundSource | null, targeting: ReachInput): string | null {
  if (!source) return 'Nothing loaded: load an ad group to apply the playground to it.'
  if (source.advertiserId !== account.advertiserId) return 'The loaded ad group belongs to another advertiser. Load one of this account’s.'
  const group = sourceGroup(account, source)
  if (!group) return 'The loaded ad group is no longer in this account (deleted, or its creation undone).'
  if (group.smartPlus) return smartPlusApplyBlocker(group.smartPlus, targeting)
  return applyBlocker(group.manual!, targeting)
}

export function loadAdGroup(kind: PlaygroundSource['kind'], id: string): void {
  const account = useAccountStore.getState()
  if (!account.advertiserId) return
  const targeting = kind === 'adgroup' ? account.adgroups.get(id) && targetingOfAdGroup(account.adgroups.get(id)!) : loadSmartPlus(account, id)
  if (!targeting) return fail('That ad group is no longer in this account.')
  usePlaygroundStore.getState().load({ advertiserId: account.advertiserId, kind, id }, targeting)
}

/** A Smart+ ad group as reach reads it: in AUTOMATIC mode only its hard controls (smart-plus-input.ts). */
function loadSmartPlus(account: Account, id: string): ReachInput | undefined {
  const g = account.smartPlusAdgroups.get(id)
  return g && structuredClone(smartPlusReachInput(g))
}

/** Writes the playground onto the loaded ad group as one undo step; answers whether it was saved. */
export async function applyToAdGroup(): Promise<boolean> {
  const account = useAccountStore.getState()
  const { source, targeting } = usePlaygroundStore.getState()
  const reason = applyReason(account, source, targeting)
  const group = sourceGroup(account, source)
  if (reason || !group) {
    fail(reason ?? 'Load an ad group first.')
    return false
  }
  const patch: EntityPatch = group.smartPlus
    ? { kind: 'smart_plus_adgroup', id: group.smartPlus.adgroup_id, fields: { targeting_spec: smartPlusSpecWith(group.smartPlus, targeting) } }
    : ({ kind: 'adgroup', id: group.manual!.adgroup_id, fields: adGroupPatch(group.manual!, targeting) } as EntityPatch)
  const name = `“${group.name}”`
  const saved = await run({ type: 'update', patches: [patch], label: `Apply reach playground targeting to ${name}` }, `Targeting applied to ${name}`)
  return saved !== null
}
