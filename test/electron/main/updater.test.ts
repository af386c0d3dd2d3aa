import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { testNow } from '#test/helpers/clock'

// electron-updater's autoUpdater, as far as the updater uses it.
const autoUpdater = await vi.hoisted(async () => {
  const { EventEmitter } = await import('node:events')
  return Object.assign(new EventEmitter(), {
    autoDownload: false,
    autoInstallOnAppQuit: false,
    checkForUpdates: vi.fn(async () => null as unknown),
    quitAndInstall: vi.fn(),
  })
})

vi.mock('electron', () => import('#test/mocks/electron'))
vi.mock('electron-updater', () => ({ default: { autoUpdater } }))

const electron = await import('#test/mocks/electron')
const { createAutoUpdates } = await import('../../../electron/main/updater')
const { createAppServices } = await import('#backend/app/app-services')
const { confSettingsBackend } = await import('#backend/settings/conf-settings-backend')
const { forwardEvents } = await import('../../../electron/main/ipc')
const { useTempDirs } = await import('#test/helpers/temp-dir')

const tempDir = useTempDirs()

describe('auto-updates', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    autoUpdater.removeAllListeners()
    autoUpdater.checkForUpdates.mockClear()
    autoUpdater.quitAndInstall.mockClear()
  })
  afterEach(() => {
    vi.useRealTimers()
    electron.app.isPackaged = false
  })

  it('are off when the app is not packaged', () => {
    expect(createAutoUpdates(vi.fn())).toBeNull()
    expect(autoUpdater.checkForUpdates).not.toHaveBeenCalled()
  })

  it('check at start and again every few hours, downloading in the background', () => {
    electron.app.isPackaged = true
    createAutoUpdates(vi.fn())!.start(vi.fn())
    expect(autoUpdater.checkForUpdates).toHaveBeenCalledTimes(1)
    expect(autoUpdater.autoDownload).toBe(true)
    expect(autoUpdater.autoInstallOnAppQuit).toBe(true)
    vi.advanceTimersByTime(4 * 60 * 60 * 1000)
    expect(autoUpdater.checkForUpdates).toHaveBeenCalledTimes(2)
  })

  it('send app:update-ready to the windows once an update is downloaded', async () => {
    electron.app.isPackaged = true
    const services = createAppServices({
      info: { name: 'Adwright', version: '1.0.0', platform: 'darwin', host: 'electron', clockPinnedAt: null },
      now: testNow,
      settings: confSettingsBackend(tempDir()),
      dataDir: tempDir(),
      openExternal: vi.fn(),
    })
    const win = new electron.BrowserWindow({})
    forwardEvents(services.events, () => [win as never])
    createAutoUpdates(vi.fn())!.start((version) => services.events.emit('app:update-ready', { version }))
    expect(win.webContents.sent).toEqual([])
    autoUpdater.emit('update-downloaded', { version: '1.1.0' })
    expect(win.webContents.sent).toEqual([['app:update-ready', { version: '1.1.0' }]])
  })

  it('restart installs the downloaded update, and refuses before there is one', () => {
    electron.app.isPackaged = true
    const updates = createAutoUpdates(vi.fn())!
    updates.start(vi.fn())
    expect(() => updates.restartToUpdate()).toThrow(/No update/)
    expect(autoUpdater.quitAndInstall).not.toHaveBeenCalled()
    autoUpdater.emit('update-downloaded', { version: '1.1.0' })
    updates.restartToUpdate()
    expect(autoUpdater.quitAndInstall).toHaveBeenCalledWith(true, true)
  })

  it('log failures instead of throwing them at the user', async () => {
    electron.app.isPackaged = true
    const logError = vi.fn()
    autoUpdater.checkForUpdates.mockRejectedValueOnce(new Error('offline'))
    createAutoUpdates(logError)!.start(vi.fn())
    await vi.waitFor(() => expect(logError).toHaveBeenCalledTimes(1))
    autoUpdater.emit('error', new Error('rate limited'))
    expect(logError.mock.calls.map(([e]) => (e as Error).message)).toEqual(['offline', 'rate limited'])
  })
})
