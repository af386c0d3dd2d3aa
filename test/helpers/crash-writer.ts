/**
 * Child process for the crash test: applies edits to a real store and prints
 * `ack <n>` after each one returns, until it is killed.
 * Usage: node --import tsx test/helpers/crash-writer.ts <dataDir>
 */
import { join } from 'node:path'
import { AccountStore } from '#backend/accounts/store/account-store'
import { ADVERTISER, ad, adgroup, campaign } from './account-fixtures'
import { testNow } from './clock'

const dir = join(process.argv[2]!, 'accounts', ADVERTISER)
const store = AccountStore.open({ dir, advertiserId: ADVERTISER, now: testNow })
store.apply({ type: 'create', campaigns: [campaign('local-c')], adgroups: [adgroup('local-g', 'local-c')] })
for (let n = 1; n <= 1_000_000; n++) {
  store.apply({ type: 'create', ads: [ad(`local-a${n}`, 'local-g')] })
  process.stdout.write(`ack ${n}\n`)
}
