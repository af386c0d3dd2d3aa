import { useState } from 'react'
import { advertiserStatusLabel, searchAdvertisers } from '#shared/domain/advertiser-search'
import type { AdvertiserSummary } from '#shared/domain/advertiser'
import { useSessionStore } from './use-session-store'
import './accounts.css'
import { useSettingsStore } from '../settings/use-settings-store'

/** Above this many accounts the switcher offers a search box (agencies run hundreds). */
const SEARCH_FROM = 8

function optionText(a: AdvertiserSummary): string {
  const parts = [a.advertiser_name, a.advertiser_id, a.currency || 'currency unknown']
  const status = advertiserStatusLabel(a.status)
  if (status && status !== 'enable') parts.push(status)
  if (a.authorized === false) parts.push(`not granted to this login${a.businessCenter ? ` (${a.businessCenter})` : ''}`)
  return parts.join(' · ')
}

export function AccountSwitcher() {
  const advertisers = useSessionStore((s) => s.advertisers)
  const activeId = useSettingsStore((s) => s.settings?.activeAdvertiserId ?? null)
  const update = useSettingsStore((s) => s.update)
  const [query, setQuery] = useState('')
  const openable = advertisers.filter((a) => a.authorized !== false)
  const selected = openable.find((a) => a.advertiser_id === activeId) ?? openable[0]

  if (openable.length === 0) {
    return <span className="account-switcher empty">No advertiser — connect one in Settings</span>
  }
  const found = searchAdvertisers(advertisers, query)
  // The selected account stays in the list whatever the search, so the select never shows another one.
  const shown = selected && !found.includes(selected) ? [selected, ...found] : found
  // With several TikTok logins connected, each advertiser is listed under the login that reaches it.
  const byLogin = new Map<string, AdvertiserSummary[]>()
  for (const a of shown) byLogin.set(a.loginLabel ?? '', [...(byLogin.get(a.loginLabel ?? '') ?? []), a])
  const groups = [...byLogin.entries()]
  const option = (a: AdvertiserSummary) => (
    <option key={a.advertiser_id} value={a.advertiser_id} disabled={a.authorized === false}>
      {optionText(a)}
    </option>
  )
  return (
    <div className="account-switcher">
      {advertisers.length > SEARCH_FROM && (
        <input
          type="search"
          className="account-search"
          aria-label="Find an advertiser"
          placeholder={`Find among ${advertisers.length} by name or id`}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      )}
      <label>
        <span className="visually-hidden">Advertiser account</span>
        <select value={selected?.advertiser_id} onChange={(e) => void update({ activeAdvertiserId: e.target.value })} aria-label="Advertiser account">
          {groups.length > 1
            ? groups.map(([label, list]) => (
                <optgroup key={label} label={label}>
                  {list.map(option)}
                </optgroup>
              ))
            : shown.map(option)}
        </select>
      </label>
      {query && <span className="muted account-search-count">{found.length} found</span>}
    </div>
  )
}
