import type { KeyboardEvent } from 'react'
import type { Problem } from '#shared/domain/problems'
import { useOptimisticChoice } from './fields'
import { ALL_DAY, DAYS, everyDay, hourState, setHour } from './model/dayparting'

const HOURS = Array.from({ length: 24 }, (_, h) => h)
const hh = (h: number) => `${String(h).padStart(2, '0')}:00`

/** Arrow keys move between the hour boxes, so the grid is one stop for Tab instead of 168. */
function onGridKey(e: KeyboardEvent<HTMLTableElement>) {
  const el = e.target as HTMLElement
  const day = Number(el.dataset.day)
  const hour = Number(el.dataset.hour)
  if (Number.isNaN(day)) return
  const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] }
  const m = moves[e.key]
  if (!m) return
  e.preventDefault()
  const d = Math.min(6, Math.max(0, day + m[0]))
  const h = Math.min(23, Math.max(0, hour + m[1]))
  e.currentTarget.querySelector<HTMLInputElement>(`input[data-day="${d}"][data-hour="${h}"]`)?.focus()
}

/** When the ads run, hour by hour, in UTC like the schedule. */
export function DaypartingField(p: { value: string | undefined; problems: Problem[]; onCommit(v: string): unknown }) {
  const [shown, change] = useOptimisticChoice<string | undefined>(p.value, (v) => p.onCommit(v!))
  const focusable = (d: number, h: number) => d === 0 && h === 0
  return (
    <fieldset className="field dayparting" id="field-dayparting" tabIndex={-1}>
      <legend>Dayparting (UTC)</legend>
      <div className="button-row">
        <button type="button" onClick={() => change(ALL_DAY)}>
          All day, every day
        </button>
        <button type="button" onClick={() => change(everyDay(9, 18))}>
          09:00–18:00 every day
        </button>
      </div>
      <table className="daypart-grid" onKeyDown={onGridKey}>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">Day</span>
            </th>
            {HOURS.map((h) => (
              <th key={h} scope="col" aria-label={hh(h)}>
                {h % 3 === 0 ? h : ''}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {DAYS.map((day, d) => (
            <tr key={day}>
              <th scope="row">{day.slice(0, 3)}</th>
              {HOURS.map((h) => {
                const state = hourState(shown, d, h)
                return (
                  <td key={h}>
                    <input
                      type="checkbox"
                      data-day={d}
                      data-hour={h}
                      tabIndex={focusable(d, h) ? 0 : -1}
                      aria-label={`${day} ${hh(h)}–${hh(h + 1)}`}
                      checked={state === 'on'}
                      ref={(el) => {
                        if (el) el.indeterminate = state === 'partial'
                      }}
                      onChange={(e) => change(setHour(shown, d, h, e.currentTarget.checked))}
                    />
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {p.problems.map((x, i) => (
        <p key={i} className={`field-msg ${x.severity}`}>
          {x.message}
        </p>
      ))}
    </fieldset>
  )
}
