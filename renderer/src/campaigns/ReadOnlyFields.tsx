import type { Entity } from '#shared/domain/entities'
import { fieldsOf } from '#shared/domain/entity-kinds'

/** Nested values (Smart+ `targeting_spec`…) are shown as compact JSON: they are TikTok's, not a form's. */
function shown(value: unknown): string {
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object')) return value.join(', ') || '—'
  if (value !== null && typeof value === 'object') return JSON.stringify(value)
  return String(value)
}

/**
 * What TikTok holds for an object Adwright cannot edit, field by field under
 * TikTok's own names, so the buyer can still read budgets, goals and targeting.
 */
export function ReadOnlyFields({ entity }: { entity: Entity }) {
  const rows = Object.entries(fieldsOf(entity)).filter(([k, v]) => v !== undefined && k !== 'advertiser_id')
  return (
    <dl className="read-only-fields" aria-label="Fields as TikTok has them">
      {rows.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{shown(v)}</dd>
        </div>
      ))}
    </dl>
  )
}
