import type { Audience } from '#shared/audiences/schemas'
import type { Problem } from '#shared/domain/problems'
import { Messages, useOptimisticChoice } from '../campaigns/fields'
import { useAudienceStore } from './use-audience-store'

const KIND: Record<Audience['audience_type'], string> = {
  CUSTOMER_FILE: 'customer file',
  WEBSITE_TRAFFIC: 'website visitors',
  APP_ACTIVITY: 'app activity',
  ENGAGEMENT: 'engagement',
  LOOKALIKE: 'lookalike',
}

/**
 * Picks the advertiser's audiences for `audience_ids` or `excluded_audience_ids`. Ids the list does not
 * know (not downloaded yet) stay selected and are shown by id, so a pick never drops one silently.
 */
export function AudiencePicker(p: {
  /** `audience_ids`, `excluded_audience_ids`, or their place in a Smart+ spec (`targeting_spec.audience_ids`). */
  field: string
  /** Which list this is: the other list's audiences are marked with the opposite word. */
  side: 'include' | 'exclude'
  label: string
  value: readonly string[]
  /** The other list's ids: an audience there is shown as taken. */
  other: readonly string[]
  problems: Problem[]
  hint?: string
  onCommit(v: string[]): unknown
}) {
  const audiences = useAudienceStore((s) => s.audiences)
  const [shown, change] = useOptimisticChoice<readonly string[]>(p.value, (v) => p.onCommit([...v]))
  const unknown = shown.filter((id) => !audiences.some((a) => a.audience_id === id))
  return (
    <fieldset
      className="field audience-picker"
      id={`field-${p.field}`}
      tabIndex={-1}
      aria-describedby={p.problems.length ? `field-${p.field}-msg` : undefined}
    >
      <legend>{p.label}</legend>
      {p.hint && <p className="hint">{p.hint}</p>}
      {!audiences.length && !unknown.length && <p className="hint">No audiences yet: create them under Audiences &amp; Reach → Audiences.</p>}
      <div className="checks">
        {audiences.map((a) => (
          <label key={a.audience_id} className="checkbox">
            <input
              type="checkbox"
              checked={shown.includes(a.audience_id)}
              onChange={(e) => change(e.currentTarget.checked ? [...shown, a.audience_id] : shown.filter((x) => x !== a.audience_id))}
            />
            {a.custom_audience_name}{' '}
            <span className="muted small">
              ({KIND[a.audience_type]}
              {p.other.includes(a.audience_id) ? (p.side === 'include' ? ', excluded' : ', included') : ''})
            </span>
          </label>
        ))}
        {unknown.map((id) => (
          <label key={id} className="checkbox">
            <input type="checkbox" checked onChange={() => change(shown.filter((x) => x !== id))} />
            {id} <span className="muted small">(not in this advertiser’s audiences)</span>
          </label>
        ))}
      </div>
      <Messages field={p.field} problems={p.problems} />
    </fieldset>
  )
}
