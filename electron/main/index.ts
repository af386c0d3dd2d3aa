import { join } from 'node:path'
import { app, BrowserWindow, dialog, ipcMain, protocol, shell } from 'electron'
import { MEDIA_SCHEME } from '#shared/ipc/contract'
import { createApiConnection } from '#backend/connection/api-connection'
import { readBuiltInAppId } from '#backend/connection/distribution'
import { createAppServices } from '#backend/app/app-services'
import { processClock } from '#backend/app/process-clock'
import { probeAccountsAtStart } from '#backend/accounts/store/probe-at-start'
import { APP_ENTRY_URL, APP_ORIGIN, APP_SCHEME, APP_SCHEME_PRIVILEGES, appProtocolHandler } from './app-protocol'
import { MEDIA_SCHEME_PRIVILEGES, mediaProtocolHandler } from './media-protocol'
import { forwardEvents, registerIpcHandlers, type SenderPolicy } from './ipc'
import { installAppMenu } from './menu'
import { electronSettingsBackend } from './settings-store'
import { electronTokenVault } from './token-vault'
import { createAutoUpdates } from './updater'
import { utilityProbeRunner } from './utility-probe'
import { createMainWindow, hardenProcess, installSessionPolicy } from './window'

// Before anything else: sandboxed renderers and hardened web contents for every window.
hardenProcess(app)
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES, MEDIA_SCHEME_PRIVILEGES])

if (!app.requestSingleInstanceLock()) {
  // A second copy would fight the first over the same account databases.
  app.quit()
} else {
  const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined
  const rendererDir = join(import.meta.dirname, '../renderer')
  const policy: SenderPolicy = { appRoot: `${APP_ORIGIN}/`, devServerUrl }

  const openWindow = () =>
    createMainWindow({
      preloadPath: join(import.meta.dirname, '../preload/index.cjs'),
      rendererUrl: APP_ENTRY_URL,
      devServerUrl,
    })

  app.on('second-instance', () => {
    const [win] = BrowserWindow.getAllWindows()
    if (win) {
      if (win.isMinimized()) win.restore()
      win.focus()
    }
  })

  app.whenReady().then(async () => {
    installSessionPolicy()
    protocol.handle(APP_SCHEME, appProtocolHandler(rendererDir))
    installAppMenu({ isMac: process.platform === 'darwin', isDev: !app.isPackaged })
    const updates = createAutoUpdates((error) => console.error('[updater]', error))
    const userData = app.getPath('userData')
    const clock = processClock()
    const vault = electronTokenVault(userData)
    const api = createApiConnection({ userDataDir: userData, vault, now: clock.now, log: (line) => console.log(line) })
    // The database check runs in utility processes (the RunAsNode fuse is off), over every account folder before any is opened.
    const accountProbe = await probeAccountsAtStart(
      join(userData, 'accounts'),
      utilityProbeRunner(join(import.meta.dirname, 'account-probe.js')),
      (reason) => console.warn(reason),
    )
    let services: ReturnType<typeof createAppServices>
    try {
      services = createAppServices({
        info: {
          name: app.getName(),
          version: app.getVersion(),
          platform: process.platform,
          host: 'electron',
          clockPinnedAt: clock.pinnedAt,
          builtInAppId: readBuiltInAppId(join(app.getAppPath(), 'package.json')),
        },
        now: clock.now,
        settings: electronSettingsBackend(userData),
        dataDir: userData,
        accountProbe,
        openExternal: (url) => shell.openExternal(url),
        hasToken: api.hasToken,
        tokenVault: vault,
        apiBaseUrl: api.baseUrlOf,
        tokenRefusals: api.refusals,
        apiClient: (profile, login) => api.client(profile, login),
        sandboxFaults: async () => (await api.embeddedSandbox()).faults,
        logError: (channel, error) => console.error(`[ipc ${channel}]`, error),
        restartToUpdate: updates?.restartToUpdate,
        pickPaths: async ({ folder }) => {
          const win = BrowserWindow.getFocusedWindow()
          const options = {
            title: folder ? 'Add a folder of creatives' : 'Add creatives',
            properties: folder ? (['openDirectory'] as const) : (['openFile', 'multiSelections'] as const),
            filters: folder ? [] : [{ name: 'Videos and images', extensions: ['mp4', 'mov', 'mpeg', '3gp', 'avi', 'jpg', 'jpeg', 'png'] }],
          }
          const picked = win
            ? await dialog.showOpenDialog(win, { ...options, properties: [...options.properties] })
            : await dialog.showOpenDialog({ ...options, properties: [...options.properties] })
          return picked.canceled ? [] : picked.filePaths
        },
      })
    } catch (error) {
      // E.g. the settings path is a folder: say what is wrong and how to fix it, rather than crash.
      dialog.showErrorBox('Adwright cannot start', error instanceof Error ? error.message : String(error))
      app.quit()
      return
    }
    // Start the embedded sandbox with the app when it is the active profile, so it is ready before the first sync.
    if (services.settings.get().settings.connectionProfile === 'embedded-sandbox') {
      api.embeddedSandbox().catch((error) => console.error('[sandbox] could not start', error))
    }
    // Account databases are closed cleanly so the next start does not have to recover their lock file.
    app.on('will-quit', () => {
      services.close()
      void api.close()
    })
    protocol.handle(MEDIA_SCHEME, mediaProtocolHandler(services.creatives))
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
