import { create } from 'zustand'
import type { TikTokMediaView } from '#shared/creatives/tiktok-media'
import { call, messageOf, subscribe } from '../api/client'

const EMPTY: TikTokMediaView = { videos: [], images: [], refreshedAt: null, problems: [] }

/**
 * The open advertiser's videos and images already on TikTok, as the last pull listed them (covers cached on this
 * machine, so the list works offline). Reloaded when sync changes the account, since a pull rewrites it and a post
 * changes "used by".
 */
interface TikTokMediaStore {
  advertiserId: string | null
  media: TikTokMediaView
  error: string | null
  load(advertiserId: string): Promise<void>
}

export const useTikTokMediaStore = create<TikTokMediaStore>()((set, get) => ({
  advertiserId: null,
  media: EMPTY,
  error: null,
  async load(advertiserId) {
    if (get().advertiserId !== advertiserId) set({ advertiserId, media: EMPTY, error: null })
    try {
      const media = await call('creatives:tiktok-media', { advertiserId })
      if (get().advertiserId === advertiserId) set({ media, error: null })
    } catch (error) {
      set({ error: messageOf(error) })
    }
  },
}))

export function followTikTokMediaEvents(): () => void {
  return subscribe('account:changed', ({ advertiserId }) => {
    if (advertiserId === useTikTokMediaStore.getState().advertiserId) void useTikTokMediaStore.getState().load(advertiserId)
  })
}
