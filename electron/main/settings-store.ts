import { join } from 'node:path'
import ElectronStore from 'electron-store'
import type { Settings } from '#shared/settings/settings'
import type { SettingsBackendDeps } from '#backend/settings/settings-service'
import { SETTINGS_FILE_NAME, settingsStoreOptions } from '#backend/settings/settings-store-options'

/** electron-store in the app; tests open the same options with plain conf. */
export function electronSettingsBackend(userDataDir: string): SettingsBackendDeps {
  return {
    filePath: join(userDataDir, `${SETTINGS_FILE_NAME}.json`),
    open: () => {
      // electron-store's types hide projectVersion, but it passes it on to conf (see settings-store-options.ts).
      const options = settingsStoreOptions()
      return new ElectronStore<Settings>({ ...options, name: SETTINGS_FILE_NAME, cwd: userDataDir })
    },
  }
}
