import type { Dispatch } from '#backend/app/dispatcher'
import type { EventHub } from '#backend/app/event-hub'
import type { AdwrightApi } from '#shared/ipc/contract'
import type { Result } from '#shared/ipc/result'

/**
 * Puts `window.adwright` in front of the real back-end services, so the
 * renderer's stores run in Node as they do in the app: requests go through the
 * dispatcher (zod-validated), and requests, answers and events are copied with
 * structuredClone, as Electron IPC copies them. `invoked` lists the channels called.
 */
export function installRendererBridge(dispatch: Dispatch, events: EventHub) {
  const invoked: string[] = []
  const api: AdwrightApi = {
    invoke: async (channel, ...args) => {
      invoked.push(channel)
      const result = await dispatch(channel, structuredClone(args[0]))
      return structuredClone(result) as Result<never>
    },
    on: (channel, listener) =>
      events.subscribe((c: string, payload) => {
        if (c === channel) listener(structuredClone(payload) as never)
      }),
    mediaUrl: (advertiserId, signature) => `/__bridge/media/${advertiserId}/${signature}`,
    pathForFile: () => null,
  }
  const g = globalThis as { window?: { adwright?: AdwrightApi } }
  const previous = g.window
  g.window = { ...previous, adwright: api }
  return {
    invoked,
    /** Takes the bridge away again. */
    remove: () => {
      g.window = previous
    },
  }
}
