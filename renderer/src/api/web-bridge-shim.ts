/**
 * Browser harness only (vite mode `web`): provides `window.adwright` over the
 * HTTP bridge in electron/dev/bridge-server.ts, with the same contract as the
 * Electron preload. The per-run token arrives in the URL fragment once and is
 * kept in sessionStorage so a reload keeps working.
 */
import { API_GLOBAL, EVENT_CHANNELS, isEventChannel, type AdwrightApi, type EventChannel } from '#shared/ipc/contract'
import { fail, type Result } from '#shared/ipc/result'
import { parseTyped } from '#shared/ipc/typed-json'

const TOKEN_KEY = 'adwright.bridge-token'

function takeToken(): string {
  const match = /bridge-token=([0-9a-f]+)/.exec(location.hash)
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1])
    history.replaceState(null, '', location.pathname + location.search)
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? ''
}

export function installWebBridge(): void {
  const token = takeToken()
  const listeners = new Map<EventChannel, Set<(payload: never) => void>>()
  const source = new EventSource(`/__bridge/events?token=${encodeURIComponent(token)}`)
  for (const channel of EVENT_CHANNELS) {
    source.addEventListener(channel, (e) => {
      const payload = parseTyped((e as MessageEvent<string>).data) as never
      for (const l of listeners.get(channel) ?? []) l(payload)
    })
  }

  const api: AdwrightApi = {
    async invoke(channel, ...args) {
      try {
        const res = await fetch(`/__bridge/invoke/${channel}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify({ payload: args[0] }),
        })
        if (res.status === 401) return fail('FORBIDDEN', 'The preview link has expired: open the address the harness printed.')
        return parseTyped(await res.text()) as Result<never>
      } catch (error) {
        return fail('INTERNAL', `The preview server is not reachable (${(error as Error).message}).`)
      }
    },
    on(channel, listener) {
      if (!isEventChannel(channel)) throw new Error(`Unknown event "${String(channel)}".`)
      const set = listeners.get(channel) ?? new Set()
      set.add(listener as (payload: never) => void)
      listeners.set(channel, set)
      return () => set.delete(listener as (payload: never) => void)
    },
  }
  Object.defineProperty(window, API_GLOBAL, { value: api, writable: false, configurable: false })
}
