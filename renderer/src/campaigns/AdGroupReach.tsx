import { useMemo } from 'react'
import { smartPlusReachInput } from '#shared/reach/smart-plus-input'
import { parseRowKey } from './model/tree-rows'
import { useAccountStore } from './use-account-store'
import { useTreeStore } from './use-tree-store'
import { ReachPanel } from '../reach/ReachPanel'
import { useActiveConsentOverrides } from '../reach/use-active-consent-overrides'

/**
 * The reach panel beside the ad-group editor: it follows every saved edit of the active ad group. A Smart+ ad group
 * is read as TikTok reads it in its targeting mode (smartPlusReachInput: AUTOMATIC is bounded by its controls only).
 */
export function AdGroupReach() {
  const activeKey = useTreeStore((s) => s.active)
  const active = activeKey ? parseRowKey(activeKey) : null
  const id = active?.id ?? null
  const smartPlus = active?.kind === 'smart_plus_adgroup'
  const adgroup = useAccountStore((s) => (id && !smartPlus ? s.adgroups.get(id) : undefined))
  const spGroup = useAccountStore((s) => (id && smartPlus ? s.smartPlusAdgroups.get(id) : undefined))
  const overrides = useActiveConsentOverrides()
  const group = adgroup ?? spGroup
  const subject = useMemo(() => (group ? { adgroup_id: group.adgroup_id, adgroup_name: group.adgroup_name } : undefined), [group])
  const targeting = useMemo(() => (spGroup ? smartPlusReachInput(spGroup) : adgroup), [spGroup, adgroup])
  if (!targeting || !subject) return null
  return <ReachPanel targeting={targeting} overrides={overrides} adgroup={subject} />
}
