import { create } from 'zustand'
import { emptyAdvertiserProfile, type AdvertiserProfile } from '#shared/domain/identities'
import { call } from '../api/client'

/**
 * What the open account cached about its advertiser at the last pull: its
 * identities (for the ad editor's picker and new ads' default Spark identity)
 * and whether TikTok still allows Custom Identity ads. Read from disk by the
 * back end, so it works offline.
 */
interface ProfileStore {
  advertiserId: string | null
  profile: AdvertiserProfile
  /** Reloads the cache; a failure leaves an empty profile (drafting still works, with Custom Identity as the fallback). */
  load(advertiserId: string): Promise<void>
}

export const useProfileStore = create<ProfileStore>()((set, get) => ({
  advertiserId: null,
  profile: emptyAdvertiserProfile(),
  async load(advertiserId) {
    if (get().advertiserId !== advertiserId) set({ advertiserId, profile: emptyAdvertiserProfile() })
    try {
      const profile = await call('account:profile', { advertiserId })
      if (get().advertiserId === advertiserId) set({ profile })
    } catch {
      // The picker says "no identities cached", which is what the buyer can act on (pull the account).
    }
  },
}))
