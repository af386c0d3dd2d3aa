import { useEffect, useState } from 'react'
import type { PendingChange } from '#shared/domain/account'
import { rowKey } from './model/tree-rows'
import { call } from '../api/client'
import { entityOf } from './editor-commands'
import { useAccountStore } from './use-account-store'

export const showValue = (v: unknown): string =>
  v === undefined || v === null || v === '' ? '—' : Array.isArray(v) ? (v.length ? v.join(', ') : '—') : String(v)

type Row = Record<string, unknown>

/** The edited fields of one entity: the downloaded value struck out, then the local one. */
export function FieldDiff({ change }: { change: PendingChange }) {
  const advertiserId = useAccountStore((s) => s.advertiserId)
  const [baseline, setBaseline] = useState<Row | null | 'loading'>('loading')
  useEffect(() => {
    if (!advertiserId) return
    let current = true
    call('account:baseline', { advertiserId, kind: change.kind, id: change.id })
      .then((b) => current && setBaseline(b as Row | null))
      // Without the downloaded values the local ones are still worth showing.
      .catch(() => current && setBaseline(null))
    return () => {
      current = false
    }
  }, [advertiserId, change.kind, change.id])
  const entity = entityOf(rowKey(change.kind, change.id)) as Row | undefined
  return (
    <dl className="diff">
      {change.fields.map((f) => (
        <div key={f} className="diff-row">
          <dt>{f}</dt>
          <dd>
            {baseline !== 'loading' && baseline && (
              <>
                <del aria-label={`was ${showValue(baseline[f])}`}>{showValue(baseline[f])}</del> →{' '}
              </>
            )}
            <ins aria-label={`now ${showValue(entity?.[f])}`}>{showValue(entity?.[f])}</ins>
          </dd>
        </div>
      ))}
    </dl>
  )
}
