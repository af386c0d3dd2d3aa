import type { CheckResult } from '../../../../shared/domain/sync'
import { ACTION_LABEL, KIND_LABEL, plural } from './labels'

const HELD = { error: 'Held: has errors', parent: 'Held: parent has errors', conflict: 'Held: conflict' } as const

/** "Check changes": what will be sent, in order, with the problems that hold items back. */
export function ChangeList({ check }: { check: CheckResult }) {
  const problemsOf = (kind: string, id: string) => check.problems.filter((p) => p.kind === kind && p.entityId === id)
  const ready = check.changes.filter((c) => !c.blockedBy).length
  return (
    <section className="card sync-section" aria-labelledby="check-title">
      <h2 id="check-title">What will be sent</h2>
      <p className={check.blocked ? 'sync-verdict sync-verdict-blocked' : 'sync-verdict'}>
        {check.changes.length === 0
          ? 'Nothing to post: there are no local changes.'
          : check.blocked
            ? `${plural(ready, 'change')} ready; ${plural(check.changes.length - ready, 'change')} held back until the errors below are fixed. Warnings do not stop a post.`
            : `All ${plural(check.changes.length, 'change')} ready to post${check.warnings ? `, with ${plural(check.warnings, 'warning')} to review` : ''}.`}
      </p>
      {check.changes.length > 0 && (
        <ol className="sync-list">
          {check.changes.map((c) => (
            <li key={`${c.action}/${c.kind}/${c.id}`} className={c.blockedBy ? 'sync-row held' : 'sync-row'}>
              <span className="sync-action">{ACTION_LABEL[c.action]}</span>
              <span className="sync-kind">{KIND_LABEL[c.kind]}</span>
              <span className="sync-name">
                {c.name || '(unnamed)'}
                {c.fields.length > 0 && <span className="muted"> · {c.fields.join(', ')}</span>}
              </span>
              <span className={c.blockedBy ? 'badge badge-error' : 'badge badge-ok'}>{c.blockedBy ? HELD[c.blockedBy] : 'Ready'}</span>
              {problemsOf(c.kind, c.id).map((p) => (
                <p key={p.ruleId + p.field} className={`sync-problem sync-problem-${p.severity}`}>
                  <strong>{p.severity === 'error' ? 'Error' : 'Warning'}</strong>
                  {p.field && <code>{p.field}</code>} {p.message}
                </p>
              ))}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
