import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => import('#test/mocks/electron'))

const electron = await import('#test/mocks/electron')
await import('../../../electron/preload/index')
const { API_GLOBAL } = await import('#shared/ipc/contract')
type Api = import('#shared/ipc/contract').AdwrightApi

const api = electron.contextBridge.exposed.get(API_GLOBAL) as Api

describe('preload', () => {
  it('exposes exactly invoke, on and the two media helpers as window.adwright — never ipcRenderer', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1)
    expect(Object.keys(api).sort()).toEqual(['invoke', 'mediaUrl', 'on', 'pathForFile'])
    expect(Object.values(api).every((v) => typeof v === 'function')).toBe(true)
  })

  it('names library media by advertiser and signature on the creative: scheme, never by a file path', () => {
    expect(api.mediaUrl('7301000000000000001', 'a'.repeat(32))).toBe(`creative://media/7301000000000000001/${'a'.repeat(32)}`)
  })

  it('invokes contract channels with the single payload', async () => {
    await api.invoke('settings:update', { theme: 'dark' })
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('settings:update', { theme: 'dark' })
  })

  it('refuses channels outside the contract without reaching main', async () => {
    electron.ipcRenderer.invoke.mockClear()
    const r = await (api.invoke as (c: string) => Promise<unknown>)('electron-store-get-data')
    expect(r).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } })
    expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled()
    expect(() => (api.on as (c: string, l: () => void) => void)('ipc-internal', () => {})).toThrow(/Unknown event/)
  })

  it('delivers events without the IpcRendererEvent, and unsubscribes', () => {
    const seen: unknown[] = []
    const off = api.on('settings:changed', (s) => seen.push(s))
    electron.ipcRenderer.emit('settings:changed', { sender: 'secret' }, { theme: 'dark' })
    off()
    electron.ipcRenderer.emit('settings:changed', {}, { theme: 'light' })
    expect(seen).toEqual([{ theme: 'dark' }])
    expect(electron.ipcRenderer.listenerCount('settings:changed')).toBe(0)
  })
})
