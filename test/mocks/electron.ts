/**
 * A small stand-in for the parts of Electron the shell uses, so main and preload
 * code can run in Node. It records what was registered and lets a test play the
 * part of the renderer or of the OS.
 */
import { EventEmitter } from 'node:events'
import { vi } from 'vitest'

type Handler = (event: unknown, ...args: unknown[]) => unknown

export const ipcMain = {
  handlers: new Map<string, Handler>(),
  handle: vi.fn((channel: string, fn: Handler) => {
    ipcMain.handlers.set(channel, fn)
  }),
  // electron-store registers a sync listener for renderer use; the app never uses it.
  on: vi.fn(),
}

export const ipcRenderer = Object.assign(new EventEmitter(), {
  invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: 'from-main' })),
})

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld: vi.fn((key: string, api: unknown) => {
    contextBridge.exposed.set(key, api)
  }),
}

export const shell = { openExternal: vi.fn(async (_url: string) => {}) }

export class FakeWebContents extends EventEmitter {
  windowOpenHandler?: (details: { url: string }) => { action: string }
  mainFrame = { url: 'file:///app/out/renderer/index.html' }
  sent: Array<[string, unknown]> = []
  setWindowOpenHandler(fn: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = fn
  }
  send(channel: string, payload: unknown) {
    this.sent.push([channel, payload])
  }
}

export class BrowserWindow extends EventEmitter {
  static instances: BrowserWindow[] = []
  webContents = new FakeWebContents()
  loaded?: string
  constructor(readonly options: Record<string, unknown>) {
    super()
    BrowserWindow.instances.push(this)
  }
  static getAllWindows() {
    return BrowserWindow.instances
  }
  isDestroyed() {
    return false
  }
  loadFile(file: string) {
    this.loaded = file
    return Promise.resolve()
  }
  loadURL(url: string) {
    this.loaded = url
    return Promise.resolve()
  }
  show() {}
}

export const session = {
  defaultSession: {
    setPermissionRequestHandler: vi.fn(),
    webRequest: { onHeadersReceived: vi.fn() },
  },
}

let userDataDir = '/tmp'
export const app = {
  setUserData: (dir: string) => {
    userDataDir = dir
  },
  getPath: (_name: string) => userDataDir,
  getVersion: () => '0.0.0-test',
  getName: () => 'Adwright',
  isPackaged: false,
}

/**
 * safeStorage with a reversible stand-in for the OS keyring; tests flip
 * `available` to play a Linux machine without one.
 */
export const safeStorage = {
  available: true,
  isEncryptionAvailable: vi.fn(() => safeStorage.available),
  encryptString: vi.fn((plain: string) => Buffer.from(`enc:${Buffer.from(plain, 'utf8').toString('base64')}`, 'utf8')),
  decryptString: vi.fn((encrypted: Buffer) => {
    const text = encrypted.toString('utf8')
    if (!text.startsWith('enc:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.')
    return Buffer.from(text.slice(4), 'base64').toString('utf8')
  }),
}

export const Menu = { buildFromTemplate: vi.fn((t: unknown) => t), setApplicationMenu: vi.fn() }

/** utilityProcess.fork hands back a child the test plays: it emits stdout data and 'exit' itself. */
export class FakeUtilityProcess extends EventEmitter {
  stdout = new EventEmitter()
  killed = false
  constructor(
    readonly modulePath: string,
    readonly args: string[],
  ) {
    super()
  }
  kill() {
    this.killed = true
    return true
  }
}
export const utilityProcess = {
  children: [] as FakeUtilityProcess[],
  fork: vi.fn((modulePath: string, args: string[] = []) => {
    const child = new FakeUtilityProcess(modulePath, args)
    utilityProcess.children.push(child)
    return child
  }),
}

export const dialog = { showErrorBox: vi.fn() }

/** Electron answers '' for a File that is not on disk. */
export const webUtils = { getPathForFile: vi.fn((_file: unknown) => '') }

const electron = { ipcMain, ipcRenderer, contextBridge, shell, BrowserWindow, session, app, Menu, safeStorage, utilityProcess, dialog, webUtils }
export default electron
