import { resolve } from 'node:path'
import { createAppServices } from '../services/app-services'
import { confSettingsBackend } from '../services/conf-settings-backend'

/**
 * The back end as the browser harness runs it: the same services as the app,
 * with conf in place of electron-store and links logged instead of opened.
 */
export function createHarnessServices(dataDir: string, log: (line: string) => void = console.log) {
  return createAppServices({
    info: { name: 'Adwright', version: process.env.npm_package_version ?? '0.0.0', platform: process.platform, host: 'web-harness' },
    settings: confSettingsBackend(dataDir),
    dataDir,
    accountProbe: {
      command: process.execPath,
      args: ['--import', 'tsx', resolve(import.meta.dirname, '../services/account-store/account-probe-main.ts')],
      onUnavailable: (reason) => log(`[harness] ${reason}`),
    },
    openExternal: (url) => log(`[harness] would open in the browser: ${url}`),
    logError: (channel, error) => log(`[harness] ${channel} failed: ${(error as Error)?.stack ?? String(error)}`),
  })
}
