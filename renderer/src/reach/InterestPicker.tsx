import { useMemo, useState } from 'react'
import { INTEREST_CATEGORIES, MODELLED_NOTE, searchInterests, type InterestCategory } from '#shared/targeting/taxonomy'

const SPECIAL_WORDS = { health: 'health data', religion: 'religion', politics: 'politics', sexuality: 'sexuality' } as const
const TOP = INTEREST_CATEGORIES.filter((c) => c.parentId === null)
const byId = new Map(INTEREST_CATEGORIES.map((c) => [c.id, c]))

/** The interest tree with search; special categories carry a flag because the EU bans targeting on them. */
export function InterestPicker({ value, onChange }: { value: string[]; onChange(ids: string[]): void }) {
  const [query, setQuery] = useState('')
  const visible = useMemo(() => searchInterests(query), [query])
  const toggle = (id: string, on: boolean) => onChange(on ? [...value, id] : value.filter((v) => v !== id))

  const node = (c: InterestCategory) => {
    if (!visible.has(c.id)) return null
    return (
      <li key={c.id}>
        <label className="checkbox">
          <input type="checkbox" checked={value.includes(c.id)} onChange={(e) => toggle(c.id, e.target.checked)} />
          {c.name}
          {c.special && (
            <span className="flag" title="Special category: not allowed in the EU">
              {SPECIAL_WORDS[c.special]}
            </span>
          )}
        </label>
        {c.childIds.length > 0 && <ul>{c.childIds.map((id) => node(byId.get(id)!))}</ul>}
      </li>
    )
  }

  return (
    <fieldset className="picker">
      <legend>Interests</legend>
      <input type="search" placeholder="Search interests" aria-label="Search interests" value={query} onChange={(e) => setQuery(e.target.value)} />
      <ul className="picker-list tree">{TOP.map(node)}</ul>
      <p className="hint">{MODELLED_NOTE}</p>
    </fieldset>
  )
}
