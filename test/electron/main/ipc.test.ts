import { beforeEach, describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => import('#test/mocks/electron'))

const electron = await import('#test/mocks/electron')
const { forwardEvents, isTrustedSender, registerIpcHandlers } = await import('../../../electron/main/ipc')
const { createEventHub } = await import('#backend/app/event-hub')
const { INVOKE_CHANNELS } = await import('#shared/ipc/contract')

const policy = { appRoot: 'file:///app/out/renderer' }

function eventFrom(url: string, opts: { subframe?: boolean } = {}) {
  const mainFrame = { url }
  return { sender: { mainFrame }, senderFrame: opts.subframe ? { url } : mainFrame }
}

describe('IPC wiring in main', () => {
  const dispatch = vi.fn(async (channel: unknown, payload: unknown) => ({ ok: true as const, value: { channel, payload } }))

  beforeEach(() => {
    electron.ipcMain.handlers.clear()
    dispatch.mockClear()
    registerIpcHandlers(electron.ipcMain as never, dispatch, policy)
  })

  it('registers a handler for every contract channel and nothing else', () => {
    expect([...electron.ipcMain.handlers.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort())
  })

  it('dispatches calls from the app’s own page', async () => {
    const handler = electron.ipcMain.handlers.get('settings:update')!
    const r = await handler(eventFrom('file:///app/out/renderer/index.html'), { theme: 'dark' })
    expect(r).toEqual({ ok: true, value: { channel: 'settings:update', payload: { theme: 'dark' } } })
  })

  it.each([
    ['a foreign page', eventFrom('https://evil.example/')],
    ['a file outside the app', eventFrom('file:///tmp/evil.html')],
    ['an iframe inside the app page', eventFrom('file:///app/out/renderer/index.html', { subframe: true })],
    ['a destroyed frame', { sender: { mainFrame: {} }, senderFrame: null }],
  ])('refuses %s without dispatching', async (_label, event) => {
    const r = await electron.ipcMain.handlers.get('settings:get')!(event)
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(dispatch).not.toHaveBeenCalled()
  })

  it('isTrustedSender accepts the dev server only when configured', () => {
    const ev = eventFrom('http://localhost:5173/')
    expect(isTrustedSender(ev as never, policy)).toBe(false)
    expect(isTrustedSender(ev as never, { ...policy, devServerUrl: 'http://localhost:5173/' })).toBe(true)
  })

  it('forwards back-end events to open windows', () => {
    const hub = createEventHub()
    const win = new electron.BrowserWindow({})
    const off = forwardEvents(hub, () => [win as never])
    hub.emit('status:changed', { connection: { profile: 'embedded-sandbox', state: 'ready', detail: 'x' }, pendingChanges: 2 })
    expect(win.webContents.sent).toEqual([
      ['status:changed', { connection: { profile: 'embedded-sandbox', state: 'ready', detail: 'x' }, pendingChanges: 2 }],
    ])
    off()
    hub.emit('status:changed', { connection: { profile: 'embedded-sandbox', state: 'ready', detail: 'y' }, pendingChanges: 0 })
    expect(win.webContents.sent).toHaveLength(1)
  })
})
