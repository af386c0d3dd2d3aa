import { useSessionStore } from '../app/use-session-store'
import { useSettingsStore } from '../settings/use-settings-store'

/** The advertiser Results shows: the active one, or the first listed. Its currency and time zone are /advertiser/info/'s. */
export function useResultsAdvertiser() {
  const advertisers = useSessionStore((s) => s.advertisers)
  const activeId = useSettingsStore((s) => s.settings?.activeAdvertiserId)
  return advertisers.find((a) => a.advertiser_id === activeId) ?? advertisers[0]
}
