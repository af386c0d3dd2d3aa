import { create } from 'zustand'
import type { Audience } from '#shared/audiences/schemas'
import type { AudienceCatalogue } from '#shared/reach/estimate'
import { call } from '../api/client'

/**
 * The open advertiser's custom audiences as the back end keeps them (downloaded or drafted here),
 * for the Audiences page, the ad group editor's pickers, reach and the audience rules.
 */
interface AudienceStore {
  advertiserId: string | null
  audiences: Audience[]
  /** The same by id: what reach and the compliance rules read. A new map on every change, so memos follow it. */
  byId: AudienceCatalogue
  error: string | null
  load(advertiserId: string): Promise<void>
  save(audience: Audience): Promise<void>
  saveCustomerFile(audience: Extract<Audience, { audience_type: 'CUSTOMER_FILE' }>, hashed: string): Promise<void>
}

const index = (audiences: Audience[]) => ({ audiences, byId: new Map(audiences.map((a) => [a.audience_id, a])) as AudienceCatalogue })

export const useAudienceStore = create<AudienceStore>()((set, get) => ({
  advertiserId: null,
  ...index([]),
  error: null,
  async load(advertiserId) {
    if (get().advertiserId !== advertiserId) set({ advertiserId, ...index([]), error: null })
    try {
      const list = await call('audiences:list', { advertiserId })
      if (get().advertiserId === advertiserId) set({ ...index(list), error: null })
    } catch (error) {
      // The page says why (a damaged list is left on disk as it was); the editor works without audiences.
      if (get().advertiserId === advertiserId) set({ error: (error as Error).message })
    }
  },
  async save(audience) {
    const advertiserId = get().advertiserId
    if (!advertiserId) return
    set(index(await call('audiences:save', { advertiserId, audience })))
  },
  async saveCustomerFile(audience, hashed) {
    const advertiserId = get().advertiserId
    if (!advertiserId) return
    set(index(await call('audiences:save-customer-file', { advertiserId, audience, hashed })))
  },
}))
