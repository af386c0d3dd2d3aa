import { ATTRIBUTION_EVENT_COUNTS, ATTRIBUTION_WINDOWS } from '#shared/domain/enums'
import type { Problem } from '#shared/domain/problems'
import type { SmartPlusAdGroup } from '#shared/domain/smart-plus/index'
import { SelectField } from './fields'
import { Locked, lockReason } from './smart-plus-fields'

const FIELDS = [
  { field: 'click_attribution_window', label: 'Click-through window', options: ATTRIBUTION_WINDOWS },
  { field: 'view_attribution_window', label: 'View-through window', options: ATTRIBUTION_WINDOWS },
  { field: 'engaged_view_attribution_window', label: 'Engaged-view window', options: ATTRIBUTION_WINDOWS },
  { field: 'attribution_event_count', label: 'Count conversions', options: ATTRIBUTION_EVENT_COUNTS },
] as const

const WINDOW_LABELS: Record<string, string> = {
  OFF: 'Off',
  ONE_DAY: '1 day',
  SEVEN_DAYS: '7 days',
  FOURTEEN_DAYS: '14 days',
  TWENTY_EIGHT_DAYS: '28 days',
  EVERY: 'Every conversion',
  ONCE: 'Once per person',
}

/**
 * The ad group's attribution settings ([SDK] smart_plus_adgroup_create.yml: click, view and engaged-view windows and
 * the event count). Left unset, TikTok applies the account's default. TikTok's update endpoint does not take them
 * (notes tiktok-api-2026.md §2), so they lock once the ad group is posted; the results charts say which windows apply.
 */
export function SmartPlusAttribution({
  adgroup: g,
  of,
  save,
}: {
  adgroup: SmartPlusAdGroup
  of(field: string): Problem[]
  save(field: string, value: unknown, label: string): unknown
}) {
  return (
    <section className="editor-section" aria-labelledby="sp-sec-attribution">
      <h3 id="sp-sec-attribution">Attribution</h3>
      <div className="editor-grid">
        {FIELDS.map(({ field, label, options }) => {
          const reason = lockReason('adgroup', g.adgroup_id, field)
          return (
            <Locked key={field} reason={reason}>
              <SelectField<string>
                field={field}
                label={label}
                value={g[field]}
                options={options}
                none="Account default"
                labelOf={(v) => WINDOW_LABELS[v] ?? v}
                problems={of(field)}
                hint={reason}
                onCommit={(v) => save(field, v, label)}
              />
            </Locked>
          )
        })}
      </div>
    </section>
  )
}
