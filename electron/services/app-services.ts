import type { AppInfo } from '../../shared/ipc/contract'
import { isExternalHttpsUrl } from '../../shared/security/trusted-url'
import { createDispatcher, type DispatcherOptions } from './dispatcher'
import { createEventHub } from './event-hub'
import { ServiceError } from './service-error'
import { createSettingsService, type SettingsServiceDeps } from './settings-service'
import { createStatusService } from './status-service'

export interface AppServicesDeps {
  info: AppInfo
  settings: SettingsServiceDeps
  /** Opens a link in the user's browser (Electron's shell in the app). */
  openExternal: (url: string) => void | Promise<void>
  hasToken?: (profile: string) => boolean
  logError?: DispatcherOptions['logError']
}

const notBuilt = (): never => {
  throw new ServiceError('STORAGE', 'The account store is not available in this build yet.')
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
      // Placeholders until the account store lands (drafting-store branch replaces them).
      'account:open': notBuilt,
      'account:edit': notBuilt,
      'account:undo': notBuilt,
      'account:redo': notBuilt,
      'account:export': notBuilt,
      'account:import-preview': notBuilt,
      'account:import-apply': notBuilt,
    },
    { logError: deps.logError },
  )

  return { dispatch, events, settings, status }
}
export type AppServices = ReturnType<typeof createAppServices>
