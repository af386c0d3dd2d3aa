import { BrowserWindow, session, shell, type App, type WebContents, type WebPreferences } from 'electron'
import { isExternalHttpsUrl } from '#shared/security/trusted-url'
import { CONTENT_SECURITY_POLICY } from './csp'

const hardened = new WeakSet<WebContents>()

/** Navigation, new windows, webviews and permissions are all refused; https links go to the browser. Once per contents. */
export function hardenWebContents(contents: WebContents): void {
  if (hardened.has(contents)) return
  hardened.add(contents)
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalHttpsUrl(url)) void shell.openExternal(url)
    return { action: 'deny' }
  })
  contents.on('will-navigate', (event, url) => {
    event.preventDefault()
    if (isExternalHttpsUrl(url)) void shell.openExternal(url)
  })
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

/** The renderer's preferences; every window the app opens gets these (there is one today). */
export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webviewTag: false,
  spellcheck: true,
} as const satisfies WebPreferences

/**
 * Process-wide hardening, before the app is ready: every renderer sandboxed even if a
 * window forgets to ask, and every web contents ever created (windows, devtools, any
 * future pop-up or frame host) gets the same navigation and window-open refusals as
 * the main window, not only the ones this code creates itself.
 */
export function hardenProcess(app: Pick<App, 'enableSandbox' | 'on'>): void {
  app.enableSandbox()
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents))
}

export function installSessionPolicy(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    })
  })
}

export interface MainWindowOptions {
  preloadPath: string
  /** The packaged renderer's entry on the app:// protocol (app-protocol.ts). */
  rendererUrl: string
  devServerUrl?: string
}

export function createMainWindow(opts: MainWindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Adwright',
    backgroundColor: '#101218',
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: opts.preloadPath },
  })
  hardenWebContents(win.webContents)
  win.once('ready-to-show', () => win.show())
  void win.loadURL(opts.devServerUrl ?? opts.rendererUrl)
  return win
}
