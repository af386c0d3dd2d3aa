/**
 * The only bridge between the sandboxed renderer and the back end. It exposes a
 * narrow, typed API (`window.adwright`) — never `ipcRenderer` itself — and
 * refuses channels the contract does not list. Bundled as one CommonJS file
 * because sandboxed preloads cannot load ES modules or node_modules.
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron'
import { API_GLOBAL, MEDIA_SCHEME, isEventChannel, isInvokeChannel, type AdwrightApi } from '#shared/ipc/contract'
import { fail } from '#shared/ipc/result'

export const api: AdwrightApi = {
  invoke(channel, ...args) {
    if (!isInvokeChannel(channel)) return Promise.resolve(fail('UNKNOWN_CHANNEL', `Unknown request "${String(channel)}".`))
    return ipcRenderer.invoke(channel, args[0])
  },
  on(channel, listener) {
    if (!isEventChannel(channel)) throw new Error(`Unknown event "${String(channel)}".`)
    const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload as never)
    ipcRenderer.on(channel, wrapped)
    return () => {
      ipcRenderer.removeListener(channel, wrapped)
    }
  },
  mediaUrl: (advertiserId, signature) => `${MEDIA_SCHEME}://media/${encodeURIComponent(advertiserId)}/${encodeURIComponent(signature)}`,
  // Sandboxed renderers no longer see File.path; Electron tells the preload instead. '' means "not a file on disk".
  pathForFile: (file) => webUtils.getPathForFile(file) || null,
}

contextBridge.exposeInMainWorld(API_GLOBAL, api)
