import { useState } from 'react'
import { ESTIMATED_MARKETS, MARKET_LABELS } from '#shared/markets/markets'
import { COUNTRIES, REGIONS } from '#shared/targeting/geo-data'

const GROUPS = [
  ...ESTIMATED_MARKETS.map((m) => ({ key: m, label: MARKET_LABELS[m], countries: COUNTRIES.filter((c) => c.market === m) })),
  { key: 'other', label: 'Not supported (not estimated)', countries: COUNTRIES.filter((c) => c.market === 'OTHER') },
]

/** Countries grouped by market, with their known regions and cities under them. */
export function LocationPicker({ value, onChange }: { value: string[]; onChange(ids: string[]): void }) {
  const [query, setQuery] = useState('')
  const q = query.trim().toLowerCase()
  const toggle = (id: string, on: boolean) => onChange(on ? [...value, id] : value.filter((v) => v !== id))
  const box = (id: string, name: string, nested = false) => (
    <label key={id} className={`checkbox${nested ? ' nested' : ''}`}>
      <input type="checkbox" checked={value.includes(id)} onChange={(e) => toggle(id, e.target.checked)} />
      {name}
    </label>
  )
  const regionsOf = (parentId: string): typeof REGIONS => REGIONS.filter((r) => r.parentId === parentId)
  const matches = (name: string) => !q || name.toLowerCase().includes(q)

  return (
    <fieldset className="picker">
      <legend>Locations</legend>
      <input
        type="search"
        placeholder="Find a country or region"
        aria-label="Find a location"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <div className="picker-list">
        {GROUPS.map((g) => {
          const shown = g.countries.filter((c) => matches(c.name) || regionsOf(c.id).some((r) => matches(r.name)))
          if (!shown.length) return null
          return (
            <div key={g.key} className="picker-group">
              <div className="picker-group-label">{g.label}</div>
              {shown.map((c) => (
                <div key={c.id}>
                  {box(c.id, c.name)}
                  {regionsOf(c.id).flatMap((r) => [
                    matches(r.name) || matches(c.name) ? box(r.id, r.name, true) : null,
                    ...regionsOf(r.id).map((city) => (matches(city.name) || matches(c.name) ? box(city.id, `${city.name} (${r.name})`, true) : null)),
                  ])}
                </div>
              ))}
            </div>
          )
        })}
      </div>
    </fieldset>
  )
}
