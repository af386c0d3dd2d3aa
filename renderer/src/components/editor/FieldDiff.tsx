import type { PendingChange } from '../../../../shared/domain/account'
import { rowKey } from '../../../../shared/editor/tree-rows'
import { entityOf } from '../../editor/editor-commands'

export const showValue = (v: unknown): string =>
  v === undefined || v === null || v === '' ? '—' : Array.isArray(v) ? (v.length ? v.join(', ') : '—') : String(v)

/** The edited fields of one entity with their local values. */
export function FieldDiff({ change }: { change: PendingChange }) {
  const entity = entityOf(rowKey(change.kind, change.id)) as unknown as Record<string, unknown> | undefined
  return (
    <dl className="diff">
      {change.fields.map((f) => (
        <div key={f} className="diff-row">
          <dt>{f}</dt>
          <dd>
            <ins>{showValue(entity?.[f])}</ins>
          </dd>
        </div>
      ))}
    </dl>
  )
}
