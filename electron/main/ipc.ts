import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron'
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '#shared/ipc/contract'
import { fail } from '#shared/ipc/result'
import { isAppUrl } from '#shared/security/trusted-url'
import type { Dispatch } from '#backend/app/dispatcher'
import type { EventHub } from '#backend/app/event-hub'

export interface SenderPolicy {
  /** URL of the packaged renderer's root (app://adwright/). */
  appRoot: string
  /** Renderer dev server, only while developing. */
  devServerUrl?: string
}

/**
 * Only the app's own top-level frame may call the back end: not an iframe, not a
 * page the window was somehow navigated to.
 */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>, policy: SenderPolicy) {
  const frame = event.senderFrame
  if (!frame || frame !== event.sender.mainFrame) return false
  return isAppUrl(frame.url, policy)
}

/** Wires every contract channel to the shared dispatcher, behind the sender check. */
export function registerIpcHandlers(ipcMain: IpcMain, dispatch: Dispatch, policy: SenderPolicy): void {
  for (const channel of INVOKE_CHANNELS) {
    ipcMain.handle(channel, (event, payload: unknown) => {
      if (!isTrustedSender(event, policy)) {
        return fail('FORBIDDEN', 'This window is not allowed to talk to Adwright.')
      }
      return dispatch(channel, payload)
    })
  }
}

/** Forwards back-end events to every open window; returns the unsubscribe. */
export function forwardEvents(events: EventHub, windows: () => BrowserWindow[]): () => void {
  const known = new Set<string>(EVENT_CHANNELS)
  return events.subscribe((channel, payload) => {
    if (!known.has(channel)) return
    for (const win of windows()) if (!win.isDestroyed()) win.webContents.send(channel, payload)
  })
}
