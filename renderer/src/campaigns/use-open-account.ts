import { useEffect } from 'react'
import { EMPTY_SELECTION } from './model/selection'
import { useAccountStore } from './use-account-store'
import { useTreeStore } from './use-tree-store'

/**
 * Opens the advertiser's local account when it is not the open one: every page that reads its entities (the
 * Campaigns tree, the reach playground's ad-group loader) calls this, so whichever is shown first opens it.
 */
export function useOpenAccount(advertiserId: string | undefined, currency: string): void {
  useEffect(() => {
    if (advertiserId && useAccountStore.getState().advertiserId !== advertiserId) {
      // Another advertiser's rows mean nothing here: start its tree closed and unselected.
      useTreeStore.setState({ expanded: new Set(), selection: EMPTY_SELECTION, active: null, clipboard: [], focus: null })
      void useAccountStore.getState().open(advertiserId, currency)
    }
  }, [advertiserId, currency])
}
