import { readFileSync, rmSync, statSync } from 'node:fs'
import { basename, dirname, extname, join } from 'node:path'
import type { Settings, SettingsPatch } from '#shared/settings/settings'
import { SettingsSchema } from '#shared/settings/settings-schema'
import type { SettingsState } from '#shared/ipc/contract'
import { toFieldIssues } from '#shared/ipc/request-schemas'
import { ServiceError } from '../app/service-error'
import { writeFileAtomic } from '../storage/atomic-write'
import type { Now } from '#shared/time/clock'

/** What the service needs of electron-store / conf: both satisfy it. */
export interface SettingsBackend {
  /** Everything in the file, including conf's own `__internal__` bookkeeping. */
  readonly store: object
  set(values: Partial<Settings>): void
}

/** What a settings backend (electron-store in the app, conf elsewhere) provides; the clock comes from the app. */
export type SettingsBackendDeps = Omit<SettingsServiceDeps, 'now'>

export interface SettingsServiceDeps {
  /** Absolute path of the settings file, so a corrupt one can be moved aside. */
  filePath: string
  /** Opens the store; throws if the file is unreadable, invalid or fails to migrate. */
  open: () => SettingsBackend
  now: Now
}

/** `settings.json` → `settings.corrupt-2026-11-23T18-05-00-000Z.json`, next to it. */
export function backupPathFor(filePath: string, at: Date): string {
  const ext = extname(filePath)
  const stamp = at.toISOString().replace(/[:.]/g, '-')
  return join(dirname(filePath), `${basename(filePath, ext)}.corrupt-${stamp}${ext}`)
}

function pickSettings(raw: object): Settings {
  // conf keeps its own bookkeeping under `__internal__`; the UI sees only settings.
  const { __internal__: _internal, ...rest } = raw as Record<string, unknown>
  return SettingsSchema.parse(rest)
}

export function createSettingsService(deps: SettingsServiceDeps) {
  const now = deps.now
  const notices: string[] = []
  const listeners = new Set<(s: Settings) => void>()

  const { backend, settings } = openWithRecovery()
  let current = settings

  function readOriginal(): Buffer | null {
    try {
      return readFileSync(deps.filePath)
    } catch {
      return null
    }
  }

  function openWithRecovery(): { backend: SettingsBackend; settings: Settings } {
    // A folder (or device) where the file should be is not a damaged file: nothing to back up, and
    // replacing it is the user's call. Say so rather than crash with EISDIR.
    const kind = statSync(deps.filePath, { throwIfNoEntry: false })
    if (kind && !kind.isFile())
      throw new ServiceError(
        'STORAGE',
        `The settings file ${deps.filePath} is ${kind.isDirectory() ? 'a folder' : 'not a regular file'}, so Adwright cannot keep its settings there. ` +
          'Move or remove it, then start Adwright again.',
      )
    // conf may rewrite the file (defaults merged in) before it notices a problem,
    // so the bytes to keep are read before opening.
    const original = readOriginal()
    try {
      const b = deps.open()
      return { backend: b, settings: pickSettings(b.store) }
    } catch (error) {
      if (original === null) throw error
      const backup = backupPathFor(deps.filePath, now())
      // Durable before the original goes; exclusive so it never replaces an earlier backup.
      writeFileAtomic(backup, original, { exclusive: true })
      rmSync(deps.filePath, { force: true })
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
      notices.push(`Your settings file could not be read (${reason}). It was kept as ${basename(backup)} and default settings are in use.`)
      const b = deps.open()
      return { backend: b, settings: pickSettings(b.store) }
    }
  }

  return {
    get(): SettingsState {
      return { settings: current, notices: [...notices] }
    },
    update(patch: SettingsPatch): Settings {
      const next = SettingsSchema.safeParse({ ...current, ...patch })
      if (!next.success) {
        const issues = toFieldIssues(next.error)
        throw new ServiceError('INVALID_REQUEST', issues.map((i) => i.message).join(' '), issues)
      }
      try {
        backend.set(patch)
      } catch (error) {
        throw new ServiceError('STORAGE', `Settings could not be saved: ${(error as Error).message}`)
      }
      current = next.data
      for (const l of listeners) l(current)
      return current
    },
    onChange(listener: (s: Settings) => void): () => void {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
export type SettingsService = ReturnType<typeof createSettingsService>
