import { readFileSync } from 'node:fs'
import { describe, expect, it, vi } from 'vitest'
import { useTempDirs } from '#test/helpers/temp-dir'
import { testNow } from '#test/helpers/clock'

vi.mock('electron', () => import('#test/mocks/electron'))

const { electronSettingsBackend } = await import('../../../electron/main/settings-store')
const { createSettingsService } = await import('#backend/settings/settings-service')
const tempDir = useTempDirs()

describe('settings on the real electron-store (electron mocked)', () => {
  it('writes settings.json with the settings schema version, not the app version', () => {
    const dir = tempDir()
    const backend = electronSettingsBackend(dir)
    createSettingsService({ ...backend, now: testNow }).update({ theme: 'dark' })
    const onDisk = JSON.parse(readFileSync(backend.filePath, 'utf8'))
    expect(onDisk.theme).toBe('dark')
    expect(onDisk.__internal__.migrations.version).toBe('3.0.0')
    expect(createSettingsService({ ...electronSettingsBackend(dir), now: testNow }).get().settings.theme).toBe('dark')
  })
})
