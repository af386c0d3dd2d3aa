import type { AppInfo } from '../../shared/ipc/contract'
import type { ConnectionProfile } from '../../shared/settings/settings'
import { isExternalHttpsUrl } from '../../shared/security/trusted-url'
import { createDispatcher, type DispatcherOptions } from './dispatcher'
import { createEventHub } from './event-hub'
import type { ResultsClient } from './results/report-fetcher'
import { createResultsService } from './results/results-service'
import { ServiceError } from './service-error'
import { createSettingsService, type SettingsServiceDeps } from './settings-service'
import { createStatusService } from './status-service'

export interface AppServicesDeps {
  info: AppInfo
  settings: SettingsServiceDeps
  /** Opens a link in the user's browser (Electron's shell in the app). */
  openExternal: (url: string) => void | Promise<void>
  hasToken?: (profile: string) => boolean
  /** Quits and installs a downloaded update; absent where there are no updates (development, the browser harness). */
  restartToUpdate?: () => void
  logError?: DispatcherOptions['logError']
  /** Where Results are cached and how to reach TikTok (api-connection.ts); absent, the Results channels answer NOT_FOUND. */
  results?: { dataDir: string; client: (profile: ConnectionProfile) => Promise<ResultsClient> }
}

/**
 * Composition root of the back end, shared by the Electron main process and the
 * browser bridge: everything here runs in plain Node.
 */
export function createAppServices(deps: AppServicesDeps) {
  const events = createEventHub()
  const settings = createSettingsService(deps.settings)
  const status = createStatusService({
    getSettings: () => settings.get().settings,
    hasToken: deps.hasToken ?? (() => false),
    // The account store (drafting) reports pending edits; until an account is opened there are none.
    countPendingChanges: () => 0,
  })

  const resultsDeps = deps.results
  const results = resultsDeps
    ? createResultsService({
        dataDir: resultsDeps.dataDir,
        client: () => resultsDeps.client(settings.get().settings.connectionProfile),
        currencyOf: (id) => status.listAdvertisers().find((a) => a.advertiser_id === id)?.currency ?? null,
        onProgress: (p) => events.emit('results:progress', p),
      })
    : null
  const needResults = () => {
    if (!results) throw new ServiceError('NOT_FOUND', 'Results are not available in this window.')
    return results
  }

  settings.onChange((s) => {
    events.emit('settings:changed', s)
    events.emit('status:changed', status.status())
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
      'app:restart-to-update': () => {
        if (!deps.restartToUpdate) throw new ServiceError('NOT_FOUND', 'There is no update waiting to be installed.')
        deps.restartToUpdate()
      },
      'results:get': (req) => needResults().get(req),
      'results:refresh': (req) => needResults().refresh(req),
    },
    { logError: deps.logError },
  )

  return { dispatch, events, settings, status }
}
export type AppServices = ReturnType<typeof createAppServices>
