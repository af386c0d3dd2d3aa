import { useMemo } from 'react'
import { flattenTree, indexAccount, type RowFacts, type TreeRow } from './model/tree-rows'
import { useAccountStore } from './use-account-store'
import { useTreeStore } from './use-tree-store'

/** The visible rows of the account tree, recomputed only when the account, the open rows or the filter change. */
export function useTreeRows(): TreeRow[] {
  const version = useAccountStore((s) => s.version)
  const expanded = useTreeStore((s) => s.expanded)
  const filter = useTreeStore((s) => s.filter)
  // Problems arrive after the first render (and pending changes on every edit): the filters read both.
  const problems = useAccountStore((s) => s.problems)
  const pending = useAccountStore((s) => s.pending)
  const pendingVersion = useAccountStore((s) => s.pendingVersion)
  const index = useMemo(() => {
    const s = useAccountStore.getState()
    return indexAccount(s.campaigns.values(), s.adgroups.values(), s.ads.values(), {
      campaigns: s.smartPlusCampaigns.values(),
      adgroups: s.smartPlusAdgroups.values(),
      ads: s.smartPlusAds.values(),
    })
    // version stands for the account maps, which change in place.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [version])
  return useMemo(() => {
    const facts: RowFacts = {
      change: (key) => pending.get(key)?.change,
      errors: (key) => problems.get(key)?.filter((p) => p.severity === 'error').length ?? 0,
    }
    return flattenTree(index, expanded, filter, facts)
    // index follows version, which also stands for the problems map; pendingVersion stands for the pending map. Both change in place.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [index, expanded, filter, problems, pending, pendingVersion])
}
