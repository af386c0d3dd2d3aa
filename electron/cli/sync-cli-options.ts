/** The flags `pull` and `push` share, and opening the store and the client they name. */
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { geo } from '#shared/targeting/geo'
import type { Now } from '#shared/time/clock'
import { loadAdvertiserProfile } from '#backend/accounts/advertiser-profile'
import { AccountStore } from '#backend/accounts/store/account-store'
import { openAudienceCatalogue } from '#backend/accounts/audience-catalogue'
import { sourceProbe } from '#backend/accounts/store/source-probe'
import { createSyncEngine, type SyncEngineDeps } from '#backend/sync/sync-engine'
import { createTikTokClient } from '#backend/tiktok-api/client'

export interface CliIo {
  stdout: (s: string) => void
  stderr: (s: string) => void
  /** The command's clock (--now / ADWRIGHT_NOW, else the system's). */
  now: Now
}

export const SYNC_USAGE = '--api <base url> --token <token> (or ADWRIGHT_ACCESS_TOKEN) --advertiser <id> --store <data folder>'

export class UsageError extends Error {}

/** `newRecord`: the command takes `--new-record` (push: start a plan record on a store that has posted before). */
export function parseSyncArgs(argv: string[], accepts: { newRecord?: boolean; startPaused?: boolean; acceptRemovals?: boolean } = {}) {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      api: { type: 'string' },
      token: { type: 'string' },
      advertiser: { type: 'string' },
      store: { type: 'string' },
      ...(accepts.newRecord ? { 'new-record': { type: 'boolean' as const } } : {}),
      ...(accepts.startPaused ? { 'start-paused': { type: 'boolean' as const } } : {}),
      ...(accepts.acceptRemovals ? { 'accept-removals': { type: 'boolean' as const } } : {}),
    },
    allowPositionals: true,
  })
  const token = values.token ?? process.env.ADWRIGHT_ACCESS_TOKEN
  const missing = [!values.api && '--api', !token && '--token', !values.advertiser && '--advertiser', !values.store && '--store'].filter(Boolean)
  if (missing.length) throw new UsageError(`Missing ${missing.join(', ')}.`)
  if (!/^\d{1,30}$/.test(values.advertiser!)) throw new UsageError(`"${values.advertiser}" is not an advertiser id.`)
  const newRecord = (values as { 'new-record'?: boolean })['new-record'] === true
  const startPaused = (values as { 'start-paused'?: boolean })['start-paused'] === true
  const acceptRemovals = (values as { 'accept-removals'?: boolean })['accept-removals'] === true
  return {
    api: values.api!,
    token: token!,
    advertiserId: values.advertiser!,
    dataDir: values.store!,
    positionals,
    newRecord,
    startPaused,
    acceptRemovals,
  }
}

/** The account store in the app's layout (`<store>/accounts/<advertiser>/`) and a sync engine over it. */
export function openSync(args: ReturnType<typeof parseSyncArgs>, now: Now, extra: Pick<SyncEngineDeps, 'onCreated'> = {}) {
  const dir = join(args.dataDir, 'accounts', args.advertiserId)
  // The same check the app runs before LMDB maps the file: a damaged page kills a child process, not the CLI.
  const store = AccountStore.open({ dir, advertiserId: args.advertiserId, now, probe: sourceProbe((reason) => process.stderr.write(`${reason}\n`)) })
  const client = createTikTokClient({ baseUrl: args.api, accessToken: args.token })
  const engine = createSyncEngine({
    store,
    dir,
    client: async () => client,
    validation: () => {
      // What the last pull cached from /advertiser/info/; USD until the account has been pulled.
      const info = loadAdvertiserProfile(dir).info
      // The advertiser's audiences, for the audience rules, as the app's "Check changes" reads them.
      return {
        currency: info?.currency ?? 'USD',
        canUseCustomIdentity: info?.can_use_custom_identity,
        now: now(),
        geo,
        audiences: openAudienceCatalogue(dir).byId(),
      }
    },
    now,
    ...extra,
  })
  return { dir, store, engine, client }
}

export const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e))
