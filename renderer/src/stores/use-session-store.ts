import { create } from 'zustand'
import type { AdvertiserSummary, AppStatus } from '../../../shared/domain/advertiser'
import type { AppInfo } from '../../../shared/ipc/contract'
import { call, messageOf, subscribe } from '../api/client'
import { followBackendClock } from '../clock'

/** What this window is connected to: app info, advertisers on offer, connection status. */
interface SessionStore {
  info: AppInfo | null
  advertisers: AdvertiserSummary[]
  status: AppStatus | null
  error: string | null
  load(): Promise<void>
  refreshAdvertisers(): Promise<void>
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
  async refreshAdvertisers() {
    try {
      set({ advertisers: await call('accounts:list') })
    } catch (error) {
      set({ error: messageOf(error) })
    }
  },
}))

export function followStatusEvents(): () => void {
  return subscribe('status:changed', (status) => {
    useSessionStore.setState({ status })
    void useSessionStore.getState().refreshAdvertisers()
  })
}
