import { useMemo, useState } from 'react'
import { useAccountStore } from './use-account-store'
import { PendingChangesPanel } from './PendingChangesPanel'
import { ProblemsPanel, useProblemList } from './ProblemsPanel'

type Tab = 'problems' | 'pending'

const ORDER = { edited: 0, created: 1, deleted: 2 } as const

/** Problems and pending changes under the editor, as tabs. */
export function BottomPanel() {
  const [tab, setTab] = useState<Tab>('problems')
  const problems = useProblemList()
  const pendingMap = useAccountStore((s) => s.pending)
  // The map changes in place; its version says when to sort it again.
  const pendingVersion = useAccountStore((s) => s.pendingVersion)
  // Edits first: they carry the field-by-field diff worth reading; then new entities, then deletions.
  const pending = useMemo(
    () => [...pendingMap.values()].sort((a, b) => ORDER[a.change] - ORDER[b.change]),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [pendingMap, pendingVersion],
  )
  const checking = useAccountStore((s) => s.checking)
  const errors = problems.filter((p) => p.severity === 'error').length
  const warnings = problems.length - errors
  const tabs: Array<{ id: Tab; label: string }> = [
    {
      id: 'problems',
      label: checking
        ? 'Problems (checking…)'
        : `Problems (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`,
    },
    { id: 'pending', label: `Pending changes (${pending.length})` },
  ]
  return (
    <section className="bottom-panel" aria-label="Problems and pending changes">
      <div role="tablist" aria-label="Account checks" className="tabs">
        {tabs.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`panel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            className={`tab${t.id === 'problems' && errors ? ' has-errors' : ''}`}
            onClick={() => setTab(t.id)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
                const next = tab === 'problems' ? 'pending' : 'problems'
                setTab(next)
                document.getElementById(`tab-${next}`)?.focus()
              }
            }}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="tab-panel">
        {tab === 'pending' ? (
          <PendingChangesPanel list={pending} />
        ) : checking ? (
          <p className="panel-empty progress-line">
            <span className="spinner" aria-hidden="true" /> Checking every draft against TikTok’s rules…
          </p>
        ) : (
          <ProblemsPanel list={problems} />
        )}
      </div>
    </section>
  )
}
