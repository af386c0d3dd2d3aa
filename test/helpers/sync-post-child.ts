/**
 * A post in its own process, for the kill test: opens the account store in
 * ADWRIGHT_DATA_DIR and posts to the sandbox at ADWRIGHT_API until it is
 * SIGKILLed (or finishes).
 */
import { join } from 'node:path'
import { DEFAULT_GEO } from '#shared/domain/validation/index'
import { AccountStore } from '#backend/accounts/store/account-store'
import { SANDBOX_DEMO_TOKEN } from '#backend/sandbox/server'
import { createSyncEngine } from '#backend/sync/sync-engine'
import { createTikTokClient } from '#backend/tiktok-api/client'
import { testNow } from './clock'

const advertiserId = '7301000000000000001'
const dir = join(process.env.ADWRIGHT_DATA_DIR!, 'accounts', advertiserId)
const store = AccountStore.open({ dir, advertiserId, now: testNow })
const client = createTikTokClient({ baseUrl: process.env.ADWRIGHT_API!, accessToken: SANDBOX_DEMO_TOKEN, qps: { default: 10_000 } })
const engine = createSyncEngine({
  store,
  dir,
  client: async () => client,
  validation: () => ({ currency: 'USD', now: testNow(), geo: DEFAULT_GEO }),
  now: testNow,
})
await engine.post()
store.close()
process.stdout.write('finished\n')
