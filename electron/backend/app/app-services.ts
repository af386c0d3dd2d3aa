import type { AppInfo } from '#shared/ipc/contract'
import type { Now } from '#shared/time/clock'
import { isExternalHttpsUrl } from '#shared/security/trusted-url'
import { DEMO_ADVERTISERS } from '#shared/domain/demo-account'
import { createDemoAccount, demoProfile } from '#shared/domain/demo/index'
import { createAccountService, type AccountServiceDeps } from '../accounts/account-service'
import { createAccountTransfer } from '../accounts/account-transfer'
import { openAudienceCatalogue } from '../accounts/audience-catalogue'
import { createDispatcher, type DispatcherOptions } from './dispatcher'
import { createEventHub } from './event-hub'
import { createResultsService } from '../results/results-service'
import { ServiceError } from './service-error'
import type { TokenProfile, TokenVault } from '../connection/token-vault'
import { createAdvertiserDirectory } from '../connection/advertiser-directory'
import { createOAuthLogin } from '../connection/oauth-login'
import type { TokenRefusals } from '../connection/token-refusals'
import type { ConnectionProfile } from '#shared/settings/settings'
import type { TikTokClient } from '../tiktok-api/client'
import { TIKTOK_BASE_URLS } from '../tiktok-api/profiles'
import { createSettingsService, type SettingsBackendDeps } from '../settings/settings-service'
import { createStatusService } from './status-service'
import { createSyncService, type SyncServiceDeps } from '../sync/sync-service'
import { createCreativesService, type CreativesServiceDeps } from '../creatives/creatives-service'

export interface AppServicesDeps {
  info: AppInfo
  settings: SettingsBackendDeps
  /** Opens a link in the user's browser (Electron's shell in the app). */
  openExternal: (url: string) => void | Promise<void>
  hasToken?: (profile: string) => boolean
  /** Where access tokens and the app secret are kept, encrypted (safeStorage in the app); absent, connecting is refused. */
  tokenVault?: TokenVault
  /** The API root of a TikTok profile (api-connection.ts); TikTok's own unless the harness points one at a local sandbox. */
  apiBaseUrl?: (profile: TokenProfile) => string
  /** Logins TikTok refused the token of (api-connection.ts), shown as "needs reconnect". */
  tokenRefusals?: TokenRefusals
  /** Quits and installs a downloaded update; absent where there are no updates (development, the browser harness). */
  restartToUpdate?: () => void
  logError?: DispatcherOptions['logError']
  /** The app's data folder (Electron's userData); account databases live under `accounts/`. */
  dataDir: string
  /** The clock every service runs on (shared/time/clock.ts). */
  now: Now
  /** What a blank account starts from; defaults to the demo account for the demo advertiser. */
  seedAccount?: AccountServiceDeps['seed']
  /** The child process that checks an account database before it is opened; none in unit tests. */
  accountProbe?: AccountServiceDeps['probe']
  /**
   * A TikTok client for a connection profile (api-connection.ts), used by sync and
   * Results (cached under `dataDir/results/`); without it their channels say so.
   */
  apiClient?: (profile: ConnectionProfile, login?: string) => Promise<TikTokClient>
  /** The embedded sandbox's faults, for the "Sandbox faults" panel. */
  sandboxFaults?: SyncServiceDeps['sandboxFaults']
  /** Checks beyond validateAccount run by "Check changes" and "Post changes" (compliance rules). */
  extraChecks?: SyncServiceDeps['extraChecks']
  /** The OS file dialog for adding creatives (Electron's, in main). */
  pickPaths?: CreativesServiceDeps['pickPaths']
}

/** A new user's first look at the demo advertiser is a realistic account, as if just downloaded. */
const seedDemo: AccountServiceDeps['seed'] = (advertiserId, now) =>
  DEMO_ADVERTISERS.some((a) => a.advertiser_id === advertiserId) ? createDemoAccount(advertiserId, now) : null

/**
 * Composition root of the back end, shared by the Electron main process and the
 * browser bridge: everything here runs in plain Node.
 */
export function createAppServices(deps: AppServicesDeps) {
  const events = createEventHub()
  const settings = createSettingsService({ ...deps.settings, now: deps.now })
  const accounts = createAccountService({
    dataDir: deps.dataDir,
    now: deps.now,
    seed: deps.seedAccount ?? seedDemo,
    seedProfile: deps.seedAccount ? undefined : demoProfile,
    probe: deps.accountProbe,
  })
  const vault = deps.tokenVault
  const apiClient = deps.apiClient
  const directory = createAdvertiserDirectory({
    dataDir: deps.dataDir,
    client: (profile, login) => {
      if (!apiClient) throw new ServiceError('NOT_FOUND', 'This window cannot reach TikTok.')
      return apiClient(profile, login)
    },
    logins: (profile) => vault?.logins(profile) ?? [],
    app: (profile) => vault?.loadApp(profile) ?? null,
    log: deps.logError ? (line) => deps.logError?.('accounts:refresh', line) : undefined,
  })
  /** A client with the token of the login that reaches the advertiser (several logins may be connected). */
  const clientFor = (profile: ConnectionProfile, advertiserId: string) => {
    if (!apiClient) throw new ServiceError('NOT_FOUND', 'This window cannot reach TikTok.')
    return apiClient(profile, profile === 'embedded-sandbox' ? undefined : directory.loginFor(profile, advertiserId))
  }
  const status = createStatusService({
    getSettings: () => settings.get().settings,
    hasToken: deps.hasToken ?? (() => false),
    countPendingChanges: (advertiserId) => accounts.pendingCount(advertiserId),
    advertiserInfo: (advertiserId) => accounts.cachedProfile(advertiserId).info,
    listed: (profile) => directory.listed(profile),
    refusal: (profile, login) => deps.tokenRefusals?.of(profile, login) ?? null,
    logins: (profile) => vault?.logins(profile) ?? [],
    hasApp: (profile) => vault?.loadApp(profile) != null,
  })
  const transfer = createAccountTransfer({
    accounts,
    advertiserName: (id) => status.listAdvertisers().find((a) => a.advertiser_id === id)?.advertiser_name ?? null,
    now: deps.now,
  })
  const sync = createSyncService({
    accounts,
    events,
    dataDir: deps.dataDir,
    profile: () => settings.get().settings.connectionProfile,
    client: apiClient && clientFor,
    sandboxFaults: deps.sandboxFaults,
    currency: (id) => status.listAdvertisers().find((a) => a.advertiser_id === id)?.currency ?? 'USD',
    extraChecks: deps.extraChecks,
    statusChanged: () => events.emit('status:changed', status.status()),
    now: deps.now,
  })
  const creatives = createCreativesService({
    accounts,
    now: deps.now,
    onProgress: (p) => events.emit('creatives:progress', p),
    pickPaths: deps.pickPaths,
  })
  /** Runs an account change, then tells the status bar, whose pending count it may have moved. */
  const changing = <T>(run: () => T): T => {
    const result = run()
    events.emit('status:changed', status.status())
    return result
  }

  const audiences = (advertiserId: string) => openAudienceCatalogue(accounts.dirOf(advertiserId))

  const results = apiClient
    ? createResultsService({
        dataDir: deps.dataDir,
        client: (advertiserId) => clientFor(settings.get().settings.connectionProfile, advertiserId),
        currencyOf: (id) => status.listAdvertisers().find((a) => a.advertiser_id === id)?.currency ?? null,
        timezoneOf: (id) => status.listAdvertisers().find((a) => a.advertiser_id === id)?.timezone ?? null,
        onProgress: (p) => events.emit('results:progress', p),
        now: deps.now,
      })
    : null
  const needResults = () => {
    if (!results) throw new ServiceError('NOT_FOUND', 'Results are not available in this window.')
    return results
  }

  /** The switcher's list depends on the connection; it is pushed only when that changes, not with every status. */
  // Settings' list of logins (in the status) counts each login's advertisers, so it follows the listing too.
  const advertisersChanged = () => {
    events.emit('accounts:changed', status.listAdvertisers())
    events.emit('status:changed', status.status())
  }
  let listedProfile = settings.get().settings.connectionProfile
  settings.onChange((s) => {
    events.emit('settings:changed', s)
    events.emit('status:changed', status.status())
    if (s.connectionProfile !== listedProfile) {
      listedProfile = s.connectionProfile
      advertisersChanged()
    }
  })

  /**
   * After a login's token was stored or forgotten: TikTok's refusal no longer applies, and the advertiser list is
   * fetched again (in the background; `accounts:changed` follows) or dropped.
   */
  const tokenChanged = (profile: TokenProfile, login?: string) => {
    deps.tokenRefusals?.clear(profile, login)
    const kept = login === undefined ? (vault?.logins(profile).length ?? 0) > 0 : (vault?.logins(profile).includes(login) ?? false)
    if (!kept) directory.forget(profile, login)
    advertisersChanged()
    if (kept && vault?.loadApp(profile) && apiClient) {
      directory.refresh(profile, login).then(
        () => advertisersChanged(),
        (error: unknown) => deps.logError?.('accounts:refresh', error),
      )
    }
  }
  deps.tokenRefusals?.onChange(() => events.emit('status:changed', status.status()))

  /** The app id to store: the distributor's when this build has one (no other may replace it), else the one typed. */
  const appIdFor = (typed: string | undefined): string => {
    const builtIn = deps.info.builtInAppId
    if (builtIn && typed && typed !== builtIn)
      throw new ServiceError('INVALID_REQUEST', `This copy of Adwright logs in with the TikTok app ${builtIn} its distributor built in.`)
    const id = builtIn ?? typed
    if (!id) throw new ServiceError('INVALID_REQUEST', 'Enter the app id TikTok shows for the app under My Apps.')
    return id
  }

  const needVault = () => {
    if (!vault) throw new ServiceError('NOT_FOUND', 'This window cannot store TikTok access tokens.')
    return vault
  }
  /** Runs a vault change and reports the new connection state; the token itself never leaves this call. */
  const storeToken = (profile: TokenProfile, change: (v: TokenVault) => void) => {
    const v = needVault()
    try {
      change(v)
    } catch (error) {
      if (error instanceof ServiceError && error.code === 'INVALID_REQUEST') throw error
      throw new ServiceError('STORAGE', (error as Error).message)
    }
    tokenChanged(profile)
    return status.status()
  }

  const oauth = createOAuthLogin({
    vault: {
      // Looked up on each use, so a window without a vault fails the call with a clear error instead of at start.
      save: (p, t, l) => needVault().save(p, t, l),
      load: (p, l) => vault?.load(p, l) ?? null,
      clear: (p, l) => vault?.clear(p, l),
      has: (p) => vault?.has(p) ?? false,
      logins: (p) => vault?.logins(p) ?? [],
      saveApp: (p, a) => needVault().saveApp(p, a),
      loadApp: (p) => vault?.loadApp(p) ?? null,
      clearApp: (p) => vault?.clearApp(p),
    },
    baseUrlOf: deps.apiBaseUrl ?? ((profile) => TIKTOK_BASE_URLS[profile]),
    openExternal: deps.openExternal,
    onEvent: (event) => events.emit('connection:login', event),
    onTokenChanged: tokenChanged,
    loginFor: (profile, granted) => directory.loginWithGrant(profile, granted),
    log: deps.logError ? (line) => deps.logError?.('connection:login', line) : undefined,
  })

  const dispatch = createDispatcher(
    {
      'app:info': () => deps.info,
      'settings:get': () => settings.get(),
      'settings:update': (patch) => settings.update(patch),
      'accounts:list': () => status.listAdvertisers(),
      'status:get': () => status.status(),
      'shell:open-external': async ({ url }) => {
        if (!isExternalHttpsUrl(url)) throw new ServiceError('FORBIDDEN', 'Only https:// links can be opened.')
        await deps.openExternal(url)
      },
      'account:open': ({ advertiserId }) => changing(() => accounts.open(advertiserId)),
      'account:edit': ({ advertiserId, edit }) => changing(() => accounts.edit(advertiserId, edit)),
      'account:undo': ({ advertiserId }) => changing(() => accounts.undo(advertiserId)),
      'account:redo': ({ advertiserId }) => changing(() => accounts.redo(advertiserId)),
      'account:export': ({ advertiserId, format }) => transfer.export(advertiserId, format),
      'account:import-preview': ({ advertiserId, format, content }) => transfer.preview(advertiserId, format, content),
      'account:import-apply': ({ advertiserId, format, content, validRowsOnly }) =>
        changing(() => transfer.apply(advertiserId, format, content, validRowsOnly)),
      'account:profile': ({ advertiserId }) => accounts.profile(advertiserId),
      'account:baseline': ({ advertiserId, kind, id }) => accounts.store(advertiserId).baselineEntity(kind, id) ?? null,
      'app:restart-to-update': () => {
        if (!deps.restartToUpdate) throw new ServiceError('NOT_FOUND', 'There is no update waiting to be installed.')
        deps.restartToUpdate()
      },
      'results:get': (req) => needResults().get(req),
      'results:refresh': (req) => needResults().refresh(req),
      'results:cancel': (req) => ({ cancelled: needResults().cancel(req) }),
      'results:creatives': (req) => needResults().creatives(req),
      'sync:download': ({ advertiserId, confirmation }) => sync.download(advertiserId, { confirmation }),
      'audiences:list': ({ advertiserId }) => audiences(advertiserId).list(),
      'audiences:save': ({ advertiserId, audience }) => audiences(advertiserId).save(audience),
      'audiences:save-customer-file': ({ advertiserId, audience, hashed }) => audiences(advertiserId).saveCustomerFile(audience, hashed),
      'sync:check': ({ advertiserId }) => sync.check(advertiserId),
      'sync:post': ({ advertiserId, startPaused }) => sync.post(advertiserId, { startPaused }),
      'sync:cancel': ({ advertiserId }) => sync.cancel(advertiserId),
      'sync:resolve-conflict': ({ advertiserId, kind, id, keep }) => sync.resolveConflict(advertiserId, kind, id, keep),
      'sync:state': ({ advertiserId }) => sync.state(advertiserId),
      'connection:save-token': ({ profile, token }) => storeToken(profile, (v) => v.save(profile, token)),
      'connection:clear-token': ({ profile }) => storeToken(profile, (v) => v.clear(profile)),
      'connection:save-app': ({ profile, appId, secret }) => storeToken(profile, (v) => v.saveApp(profile, { appId: appIdFor(appId), secret })),
      'connection:clear-app': ({ profile }) => storeToken(profile, (v) => v.clearApp(profile)),
      'connection:login': async ({ profile, login }) => {
        needVault()
        const { authUrl } = await oauth.start(profile, login)
        return { authUrl }
      },
      'connection:disconnect': async ({ profile, login }) => {
        needVault()
        const { revoked, message } = await oauth.disconnect(profile, login)
        return { revoked, message, status: status.status() }
      },
      'accounts:refresh': async () => {
        const { connectionProfile } = settings.get().settings
        if (connectionProfile !== 'embedded-sandbox') {
          await directory.refresh(connectionProfile)
          advertisersChanged()
        }
        return status.listAdvertisers()
      },
      'sandbox:faults': (change) => sync.faults(change),
      'creatives:list': ({ advertiserId }) => creatives.list(advertiserId),
      'creatives:add': ({ advertiserId, paths }) => creatives.add(advertiserId, paths),
      'creatives:pick': ({ advertiserId, folder }) => creatives.pick(advertiserId, folder),
      'creatives:set-tags': ({ advertiserId, signature, tags }) => creatives.setTags(advertiserId, signature, tags),
      'creatives:save-thumbnail': ({ advertiserId, signature, jpegBase64 }) => creatives.saveThumbnail(advertiserId, signature, jpegBase64),
      'creatives:tiktok-media': ({ advertiserId }) => creatives.tiktokMedia(advertiserId),
      'creatives:remove': ({ advertiserId, signature }) => creatives.remove(advertiserId, signature),
    },
    { logError: deps.logError },
  )

  return {
    dispatch,
    events,
    settings,
    status,
    accounts,
    sync,
    creatives,
    /** Closes the account databases and ends any sign-in still waiting; call once when the app quits. */
    close: () => {
      oauth.cancelAll()
      accounts.close()
    },
  }
}
export type AppServices = ReturnType<typeof createAppServices>
