import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { confSettingsBackend } from '#backend/settings/conf-settings-backend'
import { ServiceError } from '#backend/app/service-error'
import { backupPathFor, createSettingsService } from '#backend/settings/settings-service'
import { DEFAULT_SETTINGS } from '#shared/settings/settings'
import { useTempDirs } from '#test/helpers/temp-dir'
import { testNow } from '#test/helpers/clock'

const tempDir = useTempDirs()
const open = (dir: string) => createSettingsService({ ...confSettingsBackend(dir), now: testNow })

describe('settings service on a real conf file', () => {
  it('starts from the defaults with no notices', () => {
    expect(open(tempDir()).get()).toEqual({ settings: DEFAULT_SETTINGS, notices: [] })
  })

  it('persists a change across reopening', () => {
    const dir = tempDir()
    open(dir).update({ theme: 'dark', activeAdvertiserId: '7301000000000000001' })
    const reopened = open(dir).get().settings
    expect(reopened.theme).toBe('dark')
    expect(reopened.activeAdvertiserId).toBe('7301000000000000001')
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8')).theme).toBe('dark')
  })

  it('rejects an invalid change with field issues and leaves the file untouched', () => {
    const dir = tempDir()
    const s = open(dir)
    s.update({ theme: 'light' })
    const before = readFileSync(join(dir, 'settings.json'), 'utf8')
    let error: unknown
    try {
      s.update({ theme: 'sepia' as never })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ServiceError)
    expect((error as ServiceError).issues?.[0]?.path).toBe('theme')
    expect(readFileSync(join(dir, 'settings.json'), 'utf8')).toBe(before)
    expect(s.get().settings.theme).toBe('light')
  })

  it('notifies listeners of a saved change', () => {
    const s = open(tempDir())
    const seen: string[] = []
    s.onChange((v) => seen.push(v.theme))
    s.update({ theme: 'dark' })
    expect(seen).toEqual(['dark'])
  })

  it.each([
    ['truncated JSON', '{"theme": "dark", "connec'],
    ['an empty file', ''],
    ['a value the schema refuses', JSON.stringify({ theme: 'sepia' })],
  ])('backs up a file holding %s, reports it, and starts from defaults', (_label, content) => {
    const dir = tempDir()
    writeFileSync(join(dir, 'settings.json'), content)
    const s = open(dir)
    expect(s.get().settings).toEqual(DEFAULT_SETTINGS)
    expect(s.get().notices).toHaveLength(1)
    expect(s.get().notices[0]).toMatch(/could not be read .* kept as settings\.corrupt-.*\.json/)
    const backups = readdirSync(dir).filter((f) => f.startsWith('settings.corrupt-'))
    expect(backups).toHaveLength(1)
    expect(readFileSync(join(dir, backups[0]!), 'utf8')).toBe(content)
  })

  it('migrates a 1.x settings file', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ darkMode: true, profile: 'live', __internal__: { migrations: { version: '1.0.0' } } }))
    const s = open(dir)
    expect(s.get()).toEqual({ settings: { ...DEFAULT_SETTINGS, theme: 'dark', connectionProfile: 'production' }, notices: [] })
    const onDisk = JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))
    expect(onDisk.darkMode).toBeUndefined()
    expect(onDisk.__internal__.migrations.version).toBe('3.0.0')
  })

  it('migrates a 2.x settings file to empty consent overrides, keeping the rest', () => {
    const dir = tempDir()
    writeFileSync(
      join(dir, 'settings.json'),
      JSON.stringify({ ...DEFAULT_SETTINGS, consentOverrides: undefined, theme: 'light', __internal__: { migrations: { version: '2.0.0' } } }),
    )
    const s = open(dir)
    expect(s.get().settings).toEqual({ ...DEFAULT_SETTINGS, theme: 'light', consentOverrides: {} })
    const onDisk = JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))
    expect(onDisk.consentOverrides).toEqual({})
    expect(onDisk.__internal__.migrations.version).toBe('3.0.0')
  })

  it('saves and reopens an advertiser’s consent override', () => {
    const dir = tempDir()
    const overrides = { '7301000000000000001': { EU: { interests: 0.35 } } }
    open(dir).update({ consentOverrides: overrides })
    expect(open(dir).get().settings.consentOverrides).toEqual(overrides)
  })

  it('names backups after the file and the time', () => {
    expect(backupPathFor('/d/settings.json', new Date('2026-11-23T18:05:00.000Z'))).toBe('/d/settings.corrupt-2026-11-23T18-05-00-000Z.json')
  })

  it('does not invent a backup when the folder itself is unusable', () => {
    const dir = join(tempDir(), 'missing', 'deeper')
    expect(() =>
      createSettingsService({
        now: testNow,
        filePath: join(dir, 'settings.json'),
        open: () => {
          throw new Error('EACCES')
        },
      }),
    ).toThrow('EACCES')
    expect(existsSync(dir)).toBe(false)
  })

  it('says clearly, at start, that the settings path is a folder, and leaves the folder alone', () => {
    const dir = tempDir()
    const { filePath } = confSettingsBackend(dir)
    mkdirSync(filePath)
    writeFileSync(join(filePath, 'keep.txt'), 'mine')
    let error: unknown
    try {
      open(dir)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ServiceError)
    expect(error).toMatchObject({ code: 'STORAGE', message: expect.stringContaining(`The settings file ${filePath} is a folder`) })
    expect(readdirSync(filePath)).toEqual(['keep.txt'])
  })
})
