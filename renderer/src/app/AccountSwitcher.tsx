import { useSessionStore } from './use-session-store'
import { useSettingsStore } from '../settings/use-settings-store'

export function AccountSwitcher() {
  const advertisers = useSessionStore((s) => s.advertisers)
  const activeId = useSettingsStore((s) => s.settings?.activeAdvertiserId ?? null)
  const update = useSettingsStore((s) => s.update)
  const selected = advertisers.find((a) => a.advertiser_id === activeId) ?? advertisers[0]

  if (advertisers.length === 0) {
    return <span className="account-switcher empty">No advertiser — connect one in Settings</span>
  }
  return (
    <label className="account-switcher">
      <span className="visually-hidden">Advertiser account</span>
      <select value={selected?.advertiser_id} onChange={(e) => void update({ activeAdvertiserId: e.target.value })} aria-label="Advertiser account">
        {advertisers.map((a) => (
          <option key={a.advertiser_id} value={a.advertiser_id}>
            {a.advertiser_name} · {a.advertiser_id} · {a.currency}
          </option>
        ))}
      </select>
    </label>
  )
}
