import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { app, BrowserWindow, ipcMain, shell } from 'electron'
import { createApiConnection } from '#backend/connection/api-connection'
import { createAppServices } from '#backend/app/app-services'
import { processClock } from '#backend/app/process-clock'
import { forwardEvents, registerIpcHandlers, type SenderPolicy } from './ipc'
import { installAppMenu } from './menu'
import { electronSettingsBackend } from './settings-store'
import { electronTokenVault } from './token-vault'
import { createAutoUpdates } from './updater'
import { createMainWindow, hardenProcess, installSessionPolicy } from './window'

// Before anything else: sandboxed renderers and hardened web contents for every window.
hardenProcess(app)

if (!app.requestSingleInstanceLock()) {
  // A second copy would fight the first over the same account databases.
  app.quit()
} else {
  const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined
  const rendererDir = join(import.meta.dirname, '../renderer')
  const policy: SenderPolicy = { appRoot: pathToFileURL(rendererDir).href, devServerUrl }

  const openWindow = () =>
    createMainWindow({
      preloadPath: join(import.meta.dirname, '../preload/index.cjs'),
      rendererFile: join(rendererDir, 'index.html'),
      devServerUrl,
    })

  app.on('second-instance', () => {
    const [win] = BrowserWindow.getAllWindows()
    if (win) {
      if (win.isMinimized()) win.restore()
      win.focus()
    }
  })

  app.whenReady().then(() => {
    installSessionPolicy()
    installAppMenu({ isMac: process.platform === 'darwin', isDev: !app.isPackaged })
    const updates = createAutoUpdates((error) => console.error('[updater]', error))
    const userData = app.getPath('userData')
    const clock = processClock()
    const vault = electronTokenVault(userData)
    const api = createApiConnection({ userDataDir: userData, vault, now: clock.now, log: (line) => console.log(line) })
    const services = createAppServices({
      info: { name: app.getName(), version: app.getVersion(), platform: process.platform, host: 'electron', clockPinnedAt: clock.pinnedAt },
      now: clock.now,
      settings: electronSettingsBackend(userData),
      dataDir: userData,
      // The database check runs this app's own binary as plain Node on the bundled probe script.
      accountProbe: {
        command: process.execPath,
        args: [join(import.meta.dirname, 'account-probe.js')],
        env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
        onUnavailable: (reason) => console.warn(reason),
      },
      openExternal: (url) => shell.openExternal(url),
      hasToken: api.hasToken,
      tokenVault: vault,
      apiClient: (profile) => api.client(profile),
      sandboxFaults: async () => (await api.embeddedSandbox()).faults,
      logError: (channel, error) => console.error(`[ipc ${channel}]`, error),
      restartToUpdate: updates?.restartToUpdate,
    })
    // Start the embedded sandbox with the app when it is the active profile, so it is ready before the first sync.
    if (services.settings.get().settings.connectionProfile === 'embedded-sandbox') {
      api.embeddedSandbox().catch((error) => console.error('[sandbox] could not start', error))
    }
    // Account databases are closed cleanly so the next start does not have to recover their lock file.
    app.on('will-quit', () => {
      services.close()
      void api.close()
    })
    registerIpcHandlers(ipcMain, services.dispatch, policy)
    forwardEvents(services.events, () => BrowserWindow.getAllWindows())
    openWindow()
    updates?.start((version) => services.events.emit('app:update-ready', { version }))
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow()
    })
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}
