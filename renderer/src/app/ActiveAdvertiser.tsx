import { EmptyState } from '../ui/EmptyState'
import type { IconName } from '../ui/Icon'
import { useSettingsStore } from '../settings/use-settings-store'
import { useSessionStore } from './use-session-store'

/** The advertiser the switcher has chosen (the first one offered until one is), or undefined when none is offered. */
export function useActiveAdvertiser() {
  const advertisers = useSessionStore((s) => s.advertisers)
  const active = useSettingsStore((s) => s.settings?.activeAdvertiserId)
  return advertisers.find((a) => a.advertiser_id === active) ?? advertisers[0]
}

/** A per-advertiser page with no advertiser to show: what to do about it. */
export function NoAdvertiserPage({ title, icon }: { title: string; icon: IconName }) {
  return (
    <div className="page">
      <header className="page-header">
        <h1>{title}</h1>
      </header>
      <EmptyState icon={icon} title="No advertiser selected">
        Choose an advertiser in the switcher at the top, or connect a TikTok account in Settings.
      </EmptyState>
    </div>
  )
}
