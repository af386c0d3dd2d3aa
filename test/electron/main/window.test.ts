import { beforeEach, describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => import('#test/mocks/electron'))

const electron = await import('#test/mocks/electron')
const { createMainWindow, installSessionPolicy } = await import('../../../electron/main/window')
const { CONTENT_SECURITY_POLICY } = await import('../../../electron/main/csp')

function open() {
  return createMainWindow({ preloadPath: '/app/out/preload/index.cjs', rendererFile: '/app/out/renderer/index.html' }) as unknown as InstanceType<
    typeof electron.BrowserWindow
  >
}

describe('main window', () => {
  beforeEach(() => electron.shell.openExternal.mockClear())

  it('is created with the secure web preferences', () => {
    const win = open()
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      preload: '/app/out/preload/index.cjs',
    })
    expect(win.loaded).toBe('/app/out/renderer/index.html')
  })

  it('denies new windows, sending only https links to the browser', () => {
    const win = open()
    expect(win.webContents.windowOpenHandler!({ url: 'https://ads.tiktok.com/' })).toEqual({ action: 'deny' })
    expect(win.webContents.windowOpenHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' })
    expect(electron.shell.openExternal.mock.calls).toEqual([['https://ads.tiktok.com/']])
  })

  it('blocks navigation and webviews', () => {
    const win = open()
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const preventDefault = vi.fn()
      win.webContents.emit(event, { preventDefault }, 'http://evil.example/')
      expect(preventDefault, event).toHaveBeenCalled()
    }
    expect(electron.shell.openExternal).not.toHaveBeenCalled()
  })

  it('refuses permission requests and sends the CSP header', () => {
    installSessionPolicy()
    const permission = electron.session.defaultSession.setPermissionRequestHandler.mock.calls[0]![0] as (
      c: unknown,
      p: string,
      cb: (ok: boolean) => void,
    ) => void
    const granted = vi.fn()
    permission({}, 'media', granted)
    expect(granted).toHaveBeenCalledWith(false)
    const onHeaders = electron.session.defaultSession.webRequest.onHeadersReceived.mock.calls[0]![0] as (
      d: unknown,
      cb: (r: { responseHeaders: Record<string, string[]> }) => void,
    ) => void
    const done = vi.fn()
    onHeaders({ responseHeaders: { 'X-A': ['1'] } }, done)
    expect(done.mock.calls[0]![0].responseHeaders['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY])
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'")
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval')
  })
})
