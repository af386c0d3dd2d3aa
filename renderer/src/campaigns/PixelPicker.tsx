import type { Problem } from '#shared/domain/problems'
import { Messages, TextField, useOptimisticChoice } from './fields'
import { useProfileStore } from './use-profile-store'

/**
 * Picks a pixel from those the last pull cached (`/pixel/list/`), by name and
 * code; a pasted id stays possible for advanced users. Used for the ad's
 * tracking pixel and the ad group's pixel.
 */
export function PixelPicker(p: {
  field: string
  label: string
  value: string | undefined
  problems: Problem[]
  onCommit(v: string | null): unknown
}) {
  const pixels = useProfileStore((s) => s.profile.pixels)
  const [shown, change] = useOptimisticChoice(p.value ?? '', (v) => p.onCommit(v || null))
  const known = !shown || pixels.some((x) => x.pixel_id === shown)
  const id = `field-${p.field}-picker`
  return (
    <div className="field">
      <label htmlFor={id}>{p.label}</label>
      {pixels.length === 0 ? (
        <p id={id} className="hint" role="status">
          No pixels cached — pull the account (Sync → Get recent changes) to list its pixels.
        </p>
      ) : (
        <select id={id} value={shown} onChange={(e) => change(e.currentTarget.value)}>
          <option value="">None</option>
          {!known && <option value={shown}>Not in the cached list ({shown})</option>}
          {pixels.map((x) => (
            <option key={x.pixel_id} value={x.pixel_id}>
              {x.pixel_name} — {x.pixel_code}
            </option>
          ))}
        </select>
      )}
      <Messages field={`${p.field}-picker`} problems={p.problems} />
      <details className="advanced-id">
        <summary>Paste an id instead</summary>
        <TextField field={p.field} label={`${p.label} id`} value={p.value ?? ''} problems={[]} onCommit={(v) => p.onCommit(v || null)} />
      </details>
    </div>
  )
}

/** The optimization events a pixel reports (`events[].optimization_event`), or null when the pixel is unknown or reports none. */
export function usePixelEvents(pixelId: string | undefined): Set<string> | null {
  const pixel = useProfileStore((s) => s.profile.pixels.find((x) => x.pixel_id === pixelId))
  const events = pixel?.events.map((e) => e.optimization_event).filter((e): e is string => !!e) ?? []
  return events.length ? new Set(events) : null
}
