import { resolve } from 'node:path'
import { createApiConnection } from '../services/api-connection'
import { createAppServices } from '../services/app-services'
import { confSettingsBackend } from '../services/conf-settings-backend'
import type { TokenVault } from '../services/token-vault'

/** The harness keeps no tokens: only the embedded sandbox, which needs none, is reachable. */
const noTokens: TokenVault = {
  has: () => false,
  load: () => null,
  save: () => {
    throw new Error('The browser harness does not store tokens.')
  },
  clear: () => {},
}

/**
 * The back end as the browser harness runs it: the same services as the app,
 * with conf in place of electron-store, links logged instead of opened, and the
 * embedded sandbox started on first use (state in the data folder) for Results.
 * `close` stops the sandbox.
 */
export function createHarnessServices(dataDir: string, log: (line: string) => void = console.log) {
  const api = createApiConnection({ userDataDir: dataDir, vault: noTokens, log })
  const services = createAppServices({
    info: { name: 'Adwright', version: process.env.npm_package_version ?? '0.0.0', platform: process.platform, host: 'web-harness' },
    settings: confSettingsBackend(dataDir),
    dataDir,
    accountProbe: {
      command: process.execPath,
      args: ['--import', 'tsx', resolve(import.meta.dirname, '../services/account-store/account-probe-main.ts')],
      onUnavailable: (reason) => log(`[harness] ${reason}`),
    },
    openExternal: (url) => log(`[harness] would open in the browser: ${url}`),
    hasToken: api.hasToken,
    logError: (channel, error) => log(`[harness] ${channel} failed: ${(error as Error)?.stack ?? String(error)}`),
    results: { client: (profile) => api.client(profile) },
  })
  return {
    ...services,
    close: async () => {
      services.close()
      await api.close()
    },
  }
}
