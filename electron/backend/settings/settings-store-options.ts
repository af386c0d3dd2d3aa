import type { Options } from 'conf'
import { z } from 'zod'
import { SETTINGS_MIGRATIONS } from '#shared/settings/migrations'
import { DEFAULT_SETTINGS, SETTINGS_SCHEMA_VERSION, type Settings } from '#shared/settings/settings'
import { SettingsSchema } from '#shared/settings/settings-schema'

export const SETTINGS_FILE_NAME = 'settings'

type ConfMigration = NonNullable<Options<Settings>['migrations']>[string]

/**
 * The options shared by electron-store (in the app) and plain conf (in tests),
 * so both open the file with the same schema, defaults and migrations.
 *
 * `projectVersion` is the settings schema version, not the app version: an app
 * update that does not touch settings must not replay or skip migrations.
 */
export function settingsStoreOptions(): Pick<Options<Settings>, 'schema' | 'defaults' | 'migrations' | 'projectVersion' | 'clearInvalidConfig'> {
  const json = z.toJSONSchema(SettingsSchema, { target: 'draft-2020-12' }) as {
    properties: Record<string, object>
  }
  const migrations: Record<string, ConfMigration> = {}
  for (const [version, migrate] of Object.entries(SETTINGS_MIGRATIONS)) {
    migrations[version] = (store) => {
      store.store = migrate({ ...store.store }) as Settings
    }
  }
  return {
    schema: json.properties as Options<Settings>['schema'],
    defaults: DEFAULT_SETTINGS,
    migrations,
    projectVersion: SETTINGS_SCHEMA_VERSION,
    // Never let conf wipe the user's file: the settings service backs it up instead.
    clearInvalidConfig: false,
  }
}
