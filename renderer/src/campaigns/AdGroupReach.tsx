import { useMemo } from 'react'
import type { AdGroup } from '#shared/domain/entities'
import { parseRowKey } from './model/tree-rows'
import { useAccountStore } from './use-account-store'
import { useTreeStore } from './use-tree-store'
import { ReachPanel } from '../reach/ReachPanel'
import { useActiveConsentOverrides } from '../reach/use-active-consent-overrides'

/** The reach panel beside the ad-group editor: it follows every saved edit of the active ad group. */
export function AdGroupReach() {
  const id = useTreeStore((s) => (s.active ? parseRowKey(s.active).id : null))
  const adgroup = useAccountStore((s) => (id ? s.adgroups.get(id) : undefined))
  const overrides = useActiveConsentOverrides()
  const subject = useMemo(() => (adgroup ? { adgroup_id: adgroup.adgroup_id, adgroup_name: adgroup.adgroup_name } : undefined), [adgroup])
  if (!adgroup || !subject) return null
  return <ReachPanel targeting={adgroup satisfies AdGroup} overrides={overrides} adgroup={subject} />
}
