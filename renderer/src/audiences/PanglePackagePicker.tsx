import type { PangleBindType } from '#shared/audiences/kinds'
import type { Problem } from '#shared/domain/problems'
import { IdListField, Messages, useOptimisticChoice } from '../campaigns/fields'
import { useProfileStore } from '../campaigns/use-profile-store'

/**
 * Picks Pangle audience packages for `included_` or `excluded_pangle_audience_package_ids` from those the last
 * pull cached (`/pangle_audience_package/get/`). Each package names the one field it may go in (`bind_type`), so
 * only those are offered. Packages apply only to the Pangle placement: without it the choices are off, and ids
 * already chosen stay listed so they can be removed (the compliance rule says why they block posting).
 * Ids the cache does not know stay selected and are shown by id; an id can still be pasted.
 */
export function PanglePackagePicker(p: {
  field: 'included_pangle_audience_package_ids' | 'excluded_pangle_audience_package_ids'
  label: string
  bindType: PangleBindType
  value: readonly string[]
  /** Whether the ad group may deliver on Pangle (automatic placement, or Pangle selected). */
  onPangle: boolean
  problems: Problem[]
  /** Said before the picker's own hint, e.g. why a Smart+ mode makes TikTok ignore the field. */
  note?: string
  onCommit(v: string[]): unknown
}) {
  const all = useProfileStore((s) => s.profile.panglePackages)
  const error = useProfileStore((s) => s.profile.panglePackageError)
  const packages = all.filter((x) => x.bind_type === p.bindType)
  const [shown, change] = useOptimisticChoice<readonly string[]>(p.value, (v) => p.onCommit([...v]))
  const unknown = shown.filter((id) => !packages.some((x) => x.package_id === id))
  const toggle = (id: string, on: boolean) => change(on ? [...shown, id] : shown.filter((x) => x !== id))
  const hintId = `field-${p.field}-hint`
  return (
    <fieldset
      className="field audience-picker"
      id={`field-${p.field}`}
      tabIndex={-1}
      aria-describedby={[hintId, p.problems.length ? `field-${p.field}-msg` : ''].filter(Boolean).join(' ')}
    >
      <legend>{p.label}</legend>
      <p id={hintId} className="hint">
        {p.note ? `${p.note} ` : ''}
        {!p.onPangle
          ? 'Packages apply only to the Pangle placement, which this ad group does not use: add Pangle under Placements to pick them.'
          : packages.length
            ? 'Only affect the Pangle placement.'
            : error
              ? `The last pull could not list Pangle packages: ${error}`
              : 'No Pangle packages cached for this advertiser — pull the account (Sync → Get recent changes) to list them.'}
      </p>
      <div className="checks">
        {packages.map((x) => {
          const on = shown.includes(x.package_id)
          return (
            <label key={x.package_id} className="checkbox">
              <input type="checkbox" checked={on} disabled={!p.onPangle && !on} onChange={(e) => toggle(x.package_id, e.currentTarget.checked)} />
              {x.package_name || x.package_id}
            </label>
          )
        })}
        {unknown.map((id) => (
          <label key={id} className="checkbox">
            <input type="checkbox" checked onChange={() => toggle(id, false)} />
            {id} <span className="muted small">(not in the cached packages)</span>
          </label>
        ))}
      </div>
      <Messages field={p.field} problems={p.problems} />
      {p.onPangle && (
        <details className="advanced-id">
          <summary>Paste ids instead</summary>
          <IdListField field={`${p.field}-ids`} label={`${p.label} (ids)`} value={shown} problems={[]} onCommit={(v) => change(v)} />
        </details>
      )}
    </fieldset>
  )
}
