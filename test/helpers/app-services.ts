import { afterEach } from 'vitest'
import { createAppServices, type AppServicesDeps } from '#backend/app/app-services'
import { confSettingsBackend } from '#backend/settings/conf-settings-backend'
import type { Result } from '#shared/ipc/result'
import { testNow } from './clock'
import { useTempDirs } from './temp-dir'

/**
 * The real back-end services on a fresh temp data folder, closed after each test
 * (account databases hold a lock), on the test clock unless `now` says otherwise.
 */
export function useAppServices() {
  const tempDir = useTempDirs()
  const running: Array<{ close(): void }> = []
  afterEach(() => {
    for (const s of running.splice(0)) s.close()
  })
  return (extra: Partial<AppServicesDeps> = {}, dir = tempDir()) => {
    const s = createAppServices({
      info: { name: 'Adwright', version: '1.2.3', platform: 'linux', host: 'web-harness', clockPinnedAt: null },
      settings: confSettingsBackend(dir),
      dataDir: dir,
      openExternal: () => {},
      now: testNow,
      ...extra,
    })
    running.push(s)
    const events: Array<[string, unknown]> = []
    s.events.subscribe((channel, payload) => events.push([channel, payload]))
    // `events` is the record of what was emitted; `hub` is the hub itself, for a renderer bridge to follow.
    return { ...s, dir, events, hub: s.events }
  }
}

/** The value of a Result, or a thrown error naming its code. */
export function valueOf<T>(r: Result<unknown>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
  return r.value as T
}
