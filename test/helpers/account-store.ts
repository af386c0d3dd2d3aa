import { join } from 'node:path'
import { applyDownload } from '../../electron/services/account-store/account-sync'
import { AccountStore } from '../../electron/services/account-store/account-store'
import { ADVERTISER, smallDownload } from './account-fixtures'

export const NOW = new Date('2026-11-23T12:00:00.000Z')

/** Opens a real store in `dir`; `downloaded` seeds it with the small account as its last download. */
export function openStore(dir: string, opts: { downloaded?: boolean; historyLimit?: number } = {}) {
  const store = AccountStore.open({ dir: join(dir, 'accounts', ADVERTISER), advertiserId: ADVERTISER, now: () => NOW, historyLimit: opts.historyLimit })
  if (opts.downloaded) applyDownload(store, smallDownload(), NOW)
  return store
}
