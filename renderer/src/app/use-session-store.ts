import { create } from 'zustand'
import type { AdvertiserSummary, AppStatus } from '#shared/domain/advertiser'
import type { AppInfo } from '#shared/ipc/contract'
import { call, messageOf, subscribe } from '../api/client'
import { followBackendClock } from './clock'

/** What this window is connected to: app info, advertisers on offer, connection status. */
interface SessionStore {
  info: AppInfo | null
  advertisers: AdvertiserSummary[]
  status: AppStatus | null
  error: string | null
  load(): Promise<void>
}

export const useSessionStore = create<SessionStore>()((set) => ({
  info: null,
  advertisers: [],
  status: null,
  error: null,
  async load() {
    try {
      const [info, advertisers, status] = await Promise.all([call('app:info'), call('accounts:list'), call('status:get')])
      followBackendClock(info.clockPinnedAt)
      set({ info, advertisers, status, error: null })
    } catch (error) {
      set({ error: messageOf(error) })
    }
  },
}))

/**
 * Status changes come with every edit (the pending count), so they update the
 * status alone; the advertiser list arrives by its own event when the
 * connection changes, instead of being fetched again on every keystroke.
 */
export function followStatusEvents(): () => void {
  const offStatus = subscribe('status:changed', (status) => useSessionStore.setState({ status }))
  const offAdvertisers = subscribe('accounts:changed', (advertisers) => useSessionStore.setState({ advertisers }))
  return () => {
    offStatus()
    offAdvertisers()
  }
}
