import { BrowserWindow, session, shell, type WebContents } from 'electron'
import { isExternalHttpsUrl } from '#shared/security/trusted-url'
import { CONTENT_SECURITY_POLICY } from './csp'

/** Navigation, new windows, webviews and permissions are all refused; https links go to the browser. */
export function hardenWebContents(contents: WebContents): void {
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
  rendererFile: string
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
    webPreferences: {
      preload: opts.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      spellcheck: true,
    },
  })
  hardenWebContents(win.webContents)
  win.once('ready-to-show', () => win.show())
  if (opts.devServerUrl) void win.loadURL(opts.devServerUrl)
  else void win.loadFile(opts.rendererFile)
  return win
}
