import { join } from 'node:path'
import { sourceProbe } from '#backend/accounts/store/source-probe'
import type { AccountProbe, ProbeCommand } from '#backend/accounts/store/account-probe'
import { AccountStore } from '#backend/accounts/store/account-store'
import { ADVERTISER, ad, smallDownload } from './account-fixtures'
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

/** A downloaded store plus 400 ads with findable text (`marker-<n>-`), large enough to span many pages. */
export function storeWithAds(dir: string) {
  const s = openStore(dir, { downloaded: true })
  s.apply({ type: 'create', ads: Array.from({ length: 400 }, (_, i) => ad(`local-a${i}`, '1001', { ad_text: `marker-${i}-${'x'.repeat(300)}` })) })
  s.close()
}

/** Zeroes every 4 KB page of `bytes` that holds `marker`: liblmdb aborts or segfaults reading such pages in place. */
export function zeroPagesHolding(bytes: Buffer, marker: string): Buffer {
  for (let at = bytes.indexOf(marker); at >= 0; at = bytes.indexOf(marker, at + 1)) bytes.fill(0, at - (at % 4096), at - (at % 4096) + 4096)
  return bytes
}
