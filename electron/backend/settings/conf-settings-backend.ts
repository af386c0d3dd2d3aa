import { join } from 'node:path'
import Conf from 'conf'
import type { Settings } from '#shared/settings/settings'
import type { SettingsBackendDeps } from './settings-service'
import { SETTINGS_FILE_NAME, settingsStoreOptions } from './settings-store-options'

/**
 * Settings on plain conf (the engine under electron-store) for places with no
 * Electron: the browser harness, the CLI and tests. Same file name and options
 * as the app, so a data folder can be shared between them.
 */
export function confSettingsBackend(dir: string): SettingsBackendDeps {
  return {
    filePath: join(dir, `${SETTINGS_FILE_NAME}.json`),
    open: () => new Conf<Settings>({ ...settingsStoreOptions(), configName: SETTINGS_FILE_NAME, cwd: dir }),
  }
}
