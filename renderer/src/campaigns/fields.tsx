import { apiTimeInZone, isUtcZone } from '#shared/time/account-time'
import { useOptimistic, useTransition, type ReactNode } from 'react'
import type { Problem } from '#shared/domain/problems'
import { enumLabel } from './labels'

/**
 * Form fields of the entity editors. Text and numbers are saved when the field
 * loses focus (or on Enter), not on every keystroke, so each field edit is one
 * undo step; choices are saved as soon as they change. Inputs are uncontrolled
 * and keyed by the saved value, so an undo or a refused edit shows the saved one.
 */
interface Base {
  field: string
  label: string
  problems: Problem[]
  hint?: ReactNode
}

/** Under its own field a message need not name the entity again ("Ad group “X”: select…" → "Select…"). */
export function fieldMessage(message: string): string {
  const bare = message.replace(/^(?:[^:“]*“[^”]*”|Unnamed [^:]*): /, '')
  return bare.charAt(0).toUpperCase() + bare.slice(1)
}

/**
 * A choice shows at once while it is saved: on a large account the delta takes a
 * moment to land, and a controlled input would snap back meanwhile. If the save
 * is refused, the saved value comes back when the transition ends.
 */
export function useOptimisticChoice<T>(value: T, onCommit: (v: T) => unknown): [T, (v: T) => void] {
  const [shown, setShown] = useOptimistic(value)
  const [, startTransition] = useTransition()
  const change = (v: T) =>
    startTransition(async () => {
      setShown(v)
      await onCommit(v)
    })
  return [shown, change]
}

const inputId = (field: string) => `field-${field}`
const msgId = (field: string) => `field-${field}-msg`

export function Messages({ field, problems, hint }: Pick<Base, 'field' | 'problems' | 'hint'>) {
  if (!problems.length && !hint) return null
  return (
    <div id={msgId(field)} className="field-messages">
      {problems.map((p, i) => (
        <p key={i} className={`field-msg ${p.severity}`}>
          <span className="visually-hidden">{p.severity === 'error' ? 'Error: ' : 'Warning: '}</span>
          {fieldMessage(p.message)}
        </p>
      ))}
      {hint && <p className="hint">{hint}</p>}
    </div>
  )
}

const a11y = ({ field, problems, hint }: Base) => ({
  id: inputId(field),
  'aria-invalid': problems.some((p) => p.severity === 'error') || undefined,
  'aria-describedby': problems.length || hint ? msgId(field) : undefined,
})

function commitKeys(e: React.KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>, saved: string) {
  if (e.key === 'Enter' && e.currentTarget.tagName === 'INPUT') e.currentTarget.blur()
  if (e.key === 'Escape') {
    e.currentTarget.value = saved
    e.currentTarget.blur()
  }
}

export function TextField(p: Base & { value: string; multiline?: boolean; onCommit(value: string): void }) {
  const props = {
    ...a11y(p),
    defaultValue: p.value,
    onKeyDown: (e: React.KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => commitKeys(e, p.value),
    onBlur: (e: React.FocusEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      if (e.currentTarget.value !== p.value) p.onCommit(e.currentTarget.value)
    },
  }
  return (
    <div className="field">
      <label htmlFor={inputId(p.field)}>{p.label}</label>
      {p.multiline ? <textarea key={p.value} rows={3} {...props} /> : <input key={p.value} type="text" {...props} />}
      <Messages {...p} />
    </div>
  )
}

export function NumberField(
  p: Base & { value: number | undefined; disabled?: boolean; clearable?: boolean; onCommit(value: number | undefined): void },
) {
  const saved = p.value === undefined ? '' : String(p.value)
  return (
    <div className="field">
      <label htmlFor={inputId(p.field)}>{p.label}</label>
      <input
        {...a11y(p)}
        key={saved}
        type="number"
        step="0.01"
        inputMode="decimal"
        defaultValue={saved}
        disabled={p.disabled}
        onKeyDown={(e) => commitKeys(e, saved)}
        onBlur={(e) => {
          const raw = e.currentTarget.value.trim()
          if (raw === '' && p.clearable && saved !== '') return p.onCommit(undefined)
          // An empty or unreadable number is not saved; the saved value comes back.
          if (raw === '' || raw === saved || !Number.isFinite(Number(raw))) {
            e.currentTarget.value = saved
            return
          }
          p.onCommit(Number(raw))
        }}
      />
      <Messages {...p} />
    </div>
  )
}

export function SelectField<T extends string>(
  p: Base & { value: T | undefined; options: readonly T[]; none?: string; labelOf?(v: T): string; onCommit(v: T): unknown },
) {
  const [shown, change] = useOptimisticChoice<T | undefined>(p.value, (v) => p.onCommit(v as T))
  return (
    <div className="field">
      <label htmlFor={inputId(p.field)}>{p.label}</label>
      <select {...a11y(p)} value={shown ?? ''} onChange={(e) => change((e.currentTarget.value || undefined) as T)}>
        {/* With `none`, the field is optional and can always go back to unset. */}
        {(shown === undefined || p.none) && <option value="">{p.none ?? 'Choose…'}</option>}
        {p.options.map((o) => (
          <option key={o} value={o}>
            {(p.labelOf ?? enumLabel)(o)}
          </option>
        ))}
      </select>
      <Messages {...p} />
    </div>
  )
}

export function CheckGroup<T extends string>(
  p: Base & { value: readonly T[]; options: readonly T[]; disabled?: boolean; onCommit(v: T[]): unknown },
) {
  const [shown, change] = useOptimisticChoice<readonly T[]>(p.value, (v) => p.onCommit([...v]))
  return (
    <fieldset
      className="field check-group"
      id={inputId(p.field)}
      tabIndex={-1}
      aria-describedby={p.problems.length || p.hint ? msgId(p.field) : undefined}
      disabled={p.disabled}
    >
      <legend>{p.label}</legend>
      <div className="checks">
        {p.options.map((o) => (
          <label key={o} className="checkbox">
            <input
              type="checkbox"
              checked={shown.includes(o)}
              onChange={(e) => change(e.currentTarget.checked ? p.options.filter((x) => x === o || shown.includes(x)) : shown.filter((x) => x !== o))}
            />
            {enumLabel(o)}
          </label>
        ))}
      </div>
      <Messages {...p} />
    </fieldset>
  )
}

export function Toggle(p: Base & { value: boolean; onCommit(v: boolean): unknown }) {
  const [shown, change] = useOptimisticChoice(p.value, p.onCommit)
  return (
    <div className="field">
      <label className="checkbox">
        <input {...a11y(p)} type="checkbox" checked={shown} onChange={(e) => change(e.currentTarget.checked)} />
        {p.label}
      </label>
      <Messages {...p} />
    </div>
  )
}

/** A list of ids typed as text, separated by commas or spaces. */
/**
 * A list chosen with a picker (locations, interests): saved on every change, each
 * one undo step. The picker brings its own legend; messages go under it, and the
 * wrapper carries the field id so the problems panel can jump here.
 */
export function PickerField(
  p: Omit<Base, 'label'> & {
    value: readonly string[]
    onCommit(v: string[]): unknown
    picker(value: string[], onChange: (v: string[]) => void): ReactNode
  },
) {
  const [shown, change] = useOptimisticChoice<readonly string[]>(p.value, (v) => p.onCommit([...v]))
  return (
    <div
      className="field picker-field"
      id={inputId(p.field)}
      tabIndex={-1}
      aria-invalid={p.problems.some((x) => x.severity === 'error') || undefined}
      aria-describedby={p.problems.length || p.hint ? msgId(p.field) : undefined}
    >
      {p.picker([...shown], change)}
      <Messages {...p} />
    </div>
  )
}

export function IdListField(p: Base & { value: readonly string[]; describe?(id: string): string; onCommit(v: string[]): void }) {
  const saved = p.value.join(', ')
  const named = p.describe && p.value.length ? p.value.map((id) => p.describe!(id)).join(', ') : null
  return (
    <div className="field">
      <label htmlFor={inputId(p.field)}>{p.label}</label>
      <input
        {...a11y(p)}
        key={saved}
        type="text"
        defaultValue={saved}
        onKeyDown={(e) => commitKeys(e, saved)}
        onBlur={(e) => {
          const next = e.currentTarget.value.split(/[\s,]+/).filter(Boolean)
          if (next.join(', ') !== saved) p.onCommit(next)
        }}
      />
      <Messages {...p} hint={p.hint ?? (named ? named : undefined)} />
    </div>
  )
}

/**
 * `YYYY-MM-DD HH:MM:SS` UTC in the entity; a datetime-local input read as UTC. With the advertiser's `timeZone`
 * (not UTC itself), the account's local reading is shown beside it, since buyers plan in their account's time.
 */
export function UtcTimeField(p: Base & { value: string | undefined; timeZone?: string; onCommit(v: string): void }) {
  const saved = p.value ? p.value.slice(0, 16).replace(' ', 'T') : ''
  const local = p.value && p.timeZone && !isUtcZone(p.timeZone) ? apiTimeInZone(p.value, p.timeZone) : null
  const hint = p.hint ?? (local ? `${local} in the account’s time zone (${p.timeZone})` : undefined)
  return (
    <div className="field">
      <label htmlFor={inputId(p.field)}>{p.label}</label>
      <input
        {...a11y({ ...p, hint })}
        key={saved}
        type="datetime-local"
        defaultValue={saved}
        onBlur={(e) => {
          const v = e.currentTarget.value
          if (v && v !== saved) p.onCommit(`${v.replace('T', ' ')}:00`)
        }}
      />
      <Messages {...p} hint={hint} />
    </div>
  )
}
