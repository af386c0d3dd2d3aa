import { join } from 'node:path'
import { sourceProbe } from '#backend/accounts/store/source-probe'
import type { AccountProbe, ProbeCommand } from '#backend/accounts/store/account-probe'
import { AccountStore } from '#backend/accounts/store/account-store'
import { ADVERTISER, smallDownload } from './account-fixtures'
import { TEST_NOW, testNow } from './clock'

export const NOW = TEST_NOW

/** Opens a real store in `dir`; `downloaded` seeds it with the small account as its last download. */
export function openStore(dir: string, opts: { downloaded?: boolean; historyLimit?: number; probe?: AccountProbe } = {}) {
  const store = AccountStore.open({
    dir: join(dir, 'accounts', ADVERTISER),
    advertiserId: ADVERTISER,
    now: testNow,
    historyLimit: opts.historyLimit,
    probe: opts.probe,
  })
  if (opts.downloaded) store.applyDownload(smallDownload(), NOW)
  return store
}

/** The database check as the harness runs it: the TypeScript entry under tsx. */
export const TSX_PROBE: ProbeCommand = sourceProbe()
