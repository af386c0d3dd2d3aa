import type { ConsentOverrides } from '#shared/markets/consent'
import { useSessionStore } from '../app/use-session-store'
import { useSettingsStore } from '../settings/use-settings-store'

const NONE: ConsentOverrides = {}

/** The consent overrides of the advertiser shown in the top bar (the first one until the user picks). */
export function useActiveConsentOverrides(): ConsentOverrides {
  const firstId = useSessionStore((s) => s.advertisers[0]?.advertiser_id)
  return useSettingsStore((s) => {
    const id = s.settings?.activeAdvertiserId ?? firstId
    return (id && s.settings?.consentOverrides[id]) || NONE
  })
}

export function useActiveAdvertiserId(): string | null {
  const firstId = useSessionStore((s) => s.advertisers[0]?.advertiser_id)
  return useSettingsStore((s) => s.settings?.activeAdvertiserId ?? firstId ?? null)
}
