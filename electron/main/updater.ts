import { app } from 'electron'
// electron-updater is CommonJS whose `autoUpdater` is a getter, which Node's ESM
// named-export detection cannot see; take it from the default export.
import electronUpdater from 'electron-updater'

/** Long enough not to bother GitHub, short enough for an app left open all week. */
const CHECK_INTERVAL_MS = 4 * 60 * 60 * 1000

export interface AutoUpdates {
  /** Starts checking and downloading; `onUpdateReady` fires once an update is downloaded. */
  start(onUpdateReady: (version: string) => void): void
  /** Quits, installs the downloaded update and starts the new version. */
  restartToUpdate(): void
}

/**
 * Updates from GitHub releases (the feed is the app-update.yml that
 * electron-builder writes into a packaged app), downloaded in the background.
 * Null in development, where there is no feed and nothing to replace.
 */
export function createAutoUpdates(logError: (error: unknown) => void): AutoUpdates | null {
  if (!app.isPackaged) return null
  const { autoUpdater } = electronUpdater
  let readyVersion: string | null = null

  return {
    start(onUpdateReady) {
      autoUpdater.autoDownload = true
      // A user who clicks "Later" still gets the update when they next quit.
      autoUpdater.autoInstallOnAppQuit = true
      autoUpdater.on('update-downloaded', (info) => {
        readyVersion = info.version
        onUpdateReady(info.version)
      })
      // Offline or rate-limited: not worth bothering the user; the next check retries.
      autoUpdater.on('error', logError)
      const check = () => void autoUpdater.checkForUpdates().catch(logError)
      check()
      setInterval(check, CHECK_INTERVAL_MS).unref()
    },
    restartToUpdate() {
      if (!readyVersion) throw new Error('No update has been downloaded yet.')
      // Silent: the installer reuses the folder chosen at first install; then relaunch.
      autoUpdater.quitAndInstall(true, true)
    },
  }
}
