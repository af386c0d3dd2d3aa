import type { EventChannel, EventPayload } from '#shared/ipc/contract'

export type EventListener = <K extends EventChannel>(channel: K, payload: EventPayload<K>) => void

/**
 * Back-end → renderer pushes. Services emit here without knowing who listens:
 * the Electron shell forwards to its windows, the browser bridge to its SSE clients.
 */
export function createEventHub() {
  const listeners = new Set<EventListener>()
  return {
    emit<K extends EventChannel>(channel: K, payload: EventPayload<K>): void {
      for (const l of listeners) l(channel, payload)
    },
    subscribe(listener: EventListener): () => void {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
export type EventHub = ReturnType<typeof createEventHub>
