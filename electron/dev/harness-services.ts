import { sourceProbe } from '#backend/accounts/store/source-probe'
import { createApiConnection, type ApiConnectionDeps } from '#backend/connection/api-connection'
import { createAppServices } from '#backend/app/app-services'
import { processClock } from '#backend/app/process-clock'
import { confSettingsBackend } from '#backend/settings/conf-settings-backend'
import { createMemoryTokenVault } from '#backend/connection/token-vault'

/**
 * The back end as the browser harness runs it: the same services as the app,
 * with conf in place of electron-store, links logged instead of opened, and the
 * embedded sandbox (state in the data folder) as the TikTok connection.
 */
export interface HarnessOptions {
  /** Points a TikTok profile at another server (a local sandbox to log in through its stand-in page). */
  baseUrls?: ApiConnectionDeps['baseUrls']
  /** Sees each link the app would open in the browser (the E2E test follows the authorization page). */
  onOpenExternal?: (url: string) => void
  /** A distributor's built-in TikTok app id, as package.json would carry it. */
  builtInAppId?: string
}

export function createHarnessServices(
  dataDir: string,
  log: (line: string) => void = console.log,
  clock = processClock(),
  options: HarnessOptions = {},
) {
  // Tokens and app secrets stay in memory: the harness has no safeStorage, and nothing secret may reach a file.
  const vault = createMemoryTokenVault()
  const api = createApiConnection({ userDataDir: dataDir, vault, now: clock.now, log, baseUrls: options.baseUrls })
  const services = createAppServices({
    info: {
      name: 'Adwright',
      version: process.env.npm_package_version ?? '0.0.0',
      platform: process.platform,
      host: 'web-harness',
      clockPinnedAt: clock.pinnedAt,
      // As a distributor's build would carry it in package.json (connection/distribution.ts).
      ...(options.builtInAppId ? { builtInAppId: options.builtInAppId } : {}),
    },
    now: clock.now,
    settings: confSettingsBackend(dataDir),
    dataDir,
    accountProbe: sourceProbe((reason) => log(`[harness] ${reason}`)),
    openExternal: (url) => {
      log(`[harness] would open in the browser: ${url}`)
      options.onOpenExternal?.(url)
    },
    hasToken: api.hasToken,
    tokenVault: vault,
    apiBaseUrl: api.baseUrlOf,
    tokenRefusals: api.refusals,
    logError: (channel, error) => log(`[harness] ${channel} failed: ${(error as Error)?.stack ?? String(error)}`),
    apiClient: (profile, login) => api.client(profile, login),
    sandboxFaults: async () => (await api.embeddedSandbox()).faults,
  })
  return {
    ...services,
    /** The embedded sandbox itself, so tests can change the account "on TikTok" behind the app's back. */
    embeddedSandbox: api.embeddedSandbox,
    /** Also stops the embedded sandbox; resolves once its port is closed. */
    close: async () => {
      services.close()
      await api.close()
    },
  }
}
