import { EventEmitter } from 'node:events'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => import('#test/mocks/electron'))

const electron = await import('#test/mocks/electron')
const { createMainWindow, hardenProcess, installSessionPolicy } = await import('../../../electron/main/window')
const { CONTENT_SECURITY_POLICY, CSP_META_CONTENT } = await import('../../../electron/main/csp')

function open() {
  return createMainWindow({ preloadPath: '/app/out/preload/index.cjs', rendererUrl: 'app://adwright/index.html' }) as unknown as InstanceType<
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
    expect(win.loaded).toBe('app://adwright/index.html')
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

describe('process hardening', () => {
  function fakeApp() {
    return Object.assign(new EventEmitter(), { enableSandbox: vi.fn() })
  }

  it('sandboxes every renderer', () => {
    const app = fakeApp()
    hardenProcess(app as never)
    expect(app.enableSandbox).toHaveBeenCalledTimes(1)
  })

  it('hardens every web contents the app creates, not only the main window', () => {
    electron.shell.openExternal.mockClear()
    const app = fakeApp()
    hardenProcess(app as never)
    const popup = new electron.FakeWebContents()
    app.emit('web-contents-created', {}, popup)
    expect(popup.windowOpenHandler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' })
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const preventDefault = vi.fn()
      popup.emit(event, { preventDefault }, 'https://ads.tiktok.com/')
      expect(preventDefault, event).toHaveBeenCalled()
    }
    // Hardening twice (the main window is also hardened where it is made) adds no second listener.
    app.emit('web-contents-created', {}, popup)
    expect(popup.listenerCount('will-navigate')).toBe(1)
  })

  it('writes the same policy in the renderer’s CSP meta tag (less frame-ancestors, which meta tags cannot carry)', () => {
    const html = readFileSync(join(import.meta.dirname, '../../../renderer/index.html'), 'utf8')
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1]
    expect(meta).toBe(CSP_META_CONTENT)
    expect(CSP_META_CONTENT).toContain("default-src 'none'")
    expect(CSP_META_CONTENT).not.toContain('frame-ancestors')
  })
})
