import type { CheckResult, PostResult } from '#shared/domain/sync'
import { ACTION_LABEL, KIND_LABEL, plural } from './labels'

const HELD = { error: 'Held: has errors', parent: 'Held: parent has errors', conflict: 'Held: conflict' } as const

/** "Check changes": what will be sent, in order, with the problems that hold items back. */
export function ChangeList({ check, lastPost, posting }: { check: CheckResult; lastPost: PostResult | null; posting: boolean }) {
  const problemsOf = (kind: string, id: string) => check.problems.filter((p) => p.kind === kind && p.entityId === id)
  const ready = check.changes.filter((c) => !c.blockedBy).length
  // Items TikTok refused last time pass the local checks, but will be refused again until they are fixed.
  const refused = new Set((lastPost?.outcomes ?? []).filter((o) => o.outcome === 'failed').map((o) => `${o.action}/${o.kind}/${o.localId ?? o.id}`))
  const wasRefused = (c: CheckResult['changes'][number]) => refused.has(`${c.action}/${c.kind}/${c.id}`)
  const refusedCount = check.changes.filter(wasRefused).length
  const conflicted = check.changes.some((c) => c.blockedBy === 'conflict')
  const heldBecause = check.blocked && conflicted ? 'the errors and conflicts are' : conflicted ? 'the conflicts are' : 'the errors below are'
  return (
    <section className="card sync-section" aria-labelledby="check-title">
      <h2 id="check-title">{posting ? 'Being sent, in this order' : 'What will be sent, in this order'}</h2>
      <p className={ready < check.changes.length ? 'sync-verdict sync-verdict-blocked' : 'sync-verdict'}>
        {check.changes.length === 0
          ? 'Nothing to post: there are no local changes.'
          : ready < check.changes.length
            ? `${plural(ready, 'change')} ready; ${plural(check.changes.length - ready, 'change')} held back until ${heldBecause} resolved. Warnings do not stop a post.`
            : `${check.changes.length === 1 ? 'The change passes' : `All ${plural(check.changes.length, 'change')} pass`} Adwright’s checks${check.warnings ? `, with ${plural(check.warnings, 'warning')} to review` : ''}.`}
        {refusedCount > 0 &&
          ` TikTok refused ${refusedCount === 1 ? 'one of them' : `${refusedCount} of them`} last time: fix it first (see Last post).`}
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
              <span className={c.blockedBy || wasRefused(c) ? 'badge badge-error' : 'badge badge-ok'}>
                {c.blockedBy ? HELD[c.blockedBy] : wasRefused(c) ? 'Refused last time' : 'Ready'}
              </span>
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
