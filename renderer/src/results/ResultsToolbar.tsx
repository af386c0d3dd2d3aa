import { useState } from 'react'
import { daysIn, isDate } from '#shared/results/date-range'
import type { ResultLevel } from '#shared/results/report-rows'
import { useResultsStore, type RangePreset } from './use-results-store'

const PRESETS: Array<Exclude<RangePreset, 'custom'>> = [7, 14, 30]
const LEVELS: Record<ResultLevel, string> = { campaign: 'Campaigns', adgroup: 'Ad groups', ad: 'Ads' }

/** Date range (presets or custom), comparison and level. */
export function ResultsToolbar(props: { today: string }) {
  const { preset, range, compare, level, setPreset, setCustomRange, setCompare, setLevel } = useResultsStore()
  const [custom, setCustom] = useState(range)
  const [editing, setEditing] = useState(false)
  const customProblem =
    !isDate(custom.from) || !isDate(custom.to)
      ? 'Pick both dates.'
      : custom.to < custom.from
        ? 'The end is before the start.'
        : daysIn(custom) > 366
          ? 'Pick at most a year.'
          : null

  return (
    <div className="results-toolbar">
      <div className="segmented" role="group" aria-label="Date range">
        {PRESETS.map((n) => (
          <button key={n} type="button" aria-pressed={preset === n && !editing} onClick={() => (setEditing(false), void setPreset(n, props.today))}>
            Last {n} days
          </button>
        ))}
        <button type="button" aria-pressed={preset === 'custom' || editing} onClick={() => (setCustom(range), setEditing(true))}>
          Custom…
        </button>
      </div>
      {editing && (
        <form
          className="custom-range"
          onSubmit={(e) => {
            e.preventDefault()
            if (customProblem) return
            setEditing(false)
            void setCustomRange(custom)
          }}
        >
          <label>
            <span>From</span>
            <input type="date" value={custom.from} max={props.today} onChange={(e) => setCustom({ ...custom, from: e.target.value })} />
          </label>
          <label>
            <span>To</span>
            <input type="date" value={custom.to} max={props.today} onChange={(e) => setCustom({ ...custom, to: e.target.value })} />
          </label>
          <button type="submit" className="button" disabled={!!customProblem}>
            Apply
          </button>
          {customProblem && <span className="hint">{customProblem}</span>}
        </form>
      )}
      <label className="checkbox">
        <input type="checkbox" checked={compare} onChange={(e) => void setCompare(e.target.checked)} />
        Compare with the previous period
      </label>
      <label className="inline-field">
        <span>By</span>
        <select value={level} onChange={(e) => void setLevel(e.target.value as ResultLevel)} aria-label="Level">
          {Object.entries(LEVELS).map(([id, label]) => (
            <option key={id} value={id}>
              {label}
            </option>
          ))}
        </select>
      </label>
    </div>
  )
}
