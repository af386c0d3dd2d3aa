import { useMemo } from 'react'
import type { Problem } from '#shared/domain/problems'
import { rowKey } from './model/tree-rows'
import { parentsOf } from './editor-commands'
import { useAccountStore } from './use-account-store'
import { useTreeStore } from './use-tree-store'
import { KIND_LABELS } from './labels'

/** Drawing every problem of a 50,000-row account would freeze the panel; the first ones are enough to work down. */
const SHOWN = 300

export function useProblemList(): Problem[] {
  const problems = useAccountStore((s) => s.problems)
  // A delta changes the map in place and bumps the version.
  const version = useAccountStore((s) => s.version)
  return useMemo(() => {
    const all = [...problems.values()].flat()
    return [...all.filter((p) => p.severity === 'error'), ...all.filter((p) => p.severity === 'warning')]
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [problems, version])
}

export function jumpTo(p: Pick<Problem, 'kind' | 'entityId' | 'field'>) {
  const key = rowKey(p.kind, p.entityId)
  useTreeStore.getState().reveal([key], parentsOf(key))
  useTreeStore.getState().requestFocus(key, p.field)
}

/** Every error and warning of the account; choosing one opens its entity with the caret in the field. */
export function ProblemsPanel({ list }: { list: Problem[] }) {
  if (list.length === 0) {
    return <p className="panel-empty">No problems: every draft passes TikTok’s rules as Adwright knows them.</p>
  }
  return (
    <>
      <ul className="panel-list" aria-label="Problems">
        {list.slice(0, SHOWN).map((p, i) => (
          <li key={`${p.kind}:${p.entityId}:${p.ruleId}:${i}`}>
            <button type="button" className={`problem problem-${p.severity}`} onClick={() => jumpTo(p)}>
              <span className={`sev sev-${p.severity}`}>{p.severity === 'error' ? 'Error' : 'Warning'}</span>
              <span className="problem-where">
                {KIND_LABELS[p.kind]} · {p.entityName || p.entityId}
              </span>
              <span className="problem-msg">{p.message}</span>
            </button>
          </li>
        ))}
      </ul>
      {list.length > SHOWN && (
        <p className="hint panel-more">
          Showing the first {SHOWN} of {list.length.toLocaleString()}. Filter the tree by “Errors” to work through the rest.
        </p>
      )}
    </>
  )
}
