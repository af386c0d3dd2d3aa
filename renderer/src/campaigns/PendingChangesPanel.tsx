import type { PendingChange } from '#shared/domain/account'
import { rowKey } from './model/tree-rows'
import { entityOf, revert } from './editor-commands'
import { KIND_LABELS } from './labels'
import { jumpTo } from './ProblemsPanel'
import { FieldDiff } from './FieldDiff'

const SHOWN = 300
const CHANGE_LABELS = { created: 'New', edited: 'Edited', deleted: 'Deleted' } as const

/** Local changes not yet posted, with what each edit changed and a way back to the downloaded state. */
export function PendingChangesPanel({ list }: { list: PendingChange[] }) {
  if (list.length === 0) {
    return <p className="panel-empty">No pending changes: the local account matches what was last downloaded.</p>
  }
  return (
    <>
      <ul className="panel-list" aria-label="Pending changes">
        {list.slice(0, SHOWN).map((c) => {
          const key = rowKey(c.kind, c.id)
          const exists = c.change !== 'deleted' && entityOf(key)
          return (
            <li key={key} className="pending-item">
              <span className={`badge badge-${c.change}`}>{CHANGE_LABELS[c.change]}</span>
              <span className="pending-what">
                {KIND_LABELS[c.kind]} ·{' '}
                {exists ? (
                  <button type="button" className="link" onClick={() => jumpTo({ kind: c.kind, entityId: c.id, field: c.fields[0] ?? '' })}>
                    {c.name || c.id}
                  </button>
                ) : (
                  c.name || c.id
                )}
              </span>
              {c.change === 'edited' && <FieldDiff change={c} />}
              <button
                type="button"
                className="revert"
                aria-label={`Revert this change: ${c.name || c.id}`}
                onClick={() => void revert([{ kind: c.kind, id: c.id }], `${KIND_LABELS[c.kind]} “${c.name}” reverted`)}
              >
                Revert this change
              </button>
            </li>
          )
        })}
      </ul>
      {list.length > SHOWN && (
        <p className="hint panel-more">
          Showing the first {SHOWN} of {list.length.toLocaleString()}.
        </p>
      )}
    </>
  )
}
