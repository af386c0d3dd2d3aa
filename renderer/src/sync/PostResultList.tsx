import type { EntityOutcome, PostResult } from '#shared/domain/sync'
import { useNavStore } from '../app/use-nav-store'
import { ACTION_LABEL, KIND_LABEL, plural, when } from './labels'

/**
 * TikTok's sentence on its own: the field it names is shown as a chip, and the
 * code and endpoint (for support) apart and quieter.
 */
function splitMessage(o: EntityOutcome): { text: string; detail: string | null } {
  const m = /^(.*?)\s*\((TikTok code \d+, [^)]*)\)\.?$/s.exec(o.message ?? '')
  let text = m ? m[1]! : (o.message ?? '')
  if (o.field && text.startsWith(`${o.field}: `)) text = text.slice(o.field.length + 2)
  return { text, detail: m ? m[2]! : null }
}

/** Whether the buyer has something to fix on the entity (not so for a post that was only cancelled). */
const fixable = (o: EntityOutcome) => o.outcome === 'failed' || (o.outcome === 'skipped' && !/cancelled/.test(o.message ?? ''))

function OutcomeRow({ o, grouped = false }: { o: EntityOutcome; grouped?: boolean }) {
  const go = useNavStore((s) => s.go)
  return (
    <li className={`sync-row outcome-${o.outcome}`}>
      <span className="sync-action">{ACTION_LABEL[o.action]}</span>
      <span className="sync-kind">{KIND_LABEL[o.kind]}</span>
      <span className="sync-name">{o.name || '(unnamed)'}</span>
      {fixable(o) && (
        <button type="button" className="link-button" onClick={() => go('campaigns')}>
          Show in editor
        </button>
      )}
      {o.message && o.outcome === 'failed' && (
        <p className="sync-problem sync-problem-error">
          <strong>{o.code ? 'TikTok refused it:' : 'Failed:'}</strong>
          {splitMessage(o).text}
          {o.field && (
            <span className="muted">
              Field <code>{o.field}</code>
            </span>
          )}
          {splitMessage(o).detail && <span className="muted">({splitMessage(o).detail})</span>}
        </p>
      )}
      {o.message && o.outcome === 'skipped' && !grouped && <p className="sync-problem">{o.message}</p>}
    </li>
  )
}

/** The last post: what failed (with TikTok's words), what was not sent and why, what was posted. */
export function PostResultList({ result }: { result: PostResult }) {
  const of = (k: EntityOutcome['outcome']) => result.outcomes.filter((o) => o.outcome === k)
  const failed = of('failed')
  const skipped = of('skipped')
  const posted = of('posted')
  return (
    <section className="card sync-section" aria-labelledby="result-title">
      <h2 id="result-title">Last post · {when(result.finishedAt)}</h2>
      <p className={failed.length || skipped.length ? 'sync-verdict sync-verdict-blocked' : 'sync-verdict'}>
        {plural(result.posted, 'change')} posted, {result.failed} failed, {result.skipped} not sent
        {result.cancelled ? ' (cancelled — Post changes finishes the rest)' : ''}.
        {failed.length > 0 && ' Fix the failed items and post again; what was posted stays posted.'}
      </p>
      {failed.length > 0 && (
        <>
          <h3>Failed</h3>
          <ul className="sync-list">
            {failed.map((o) => (
              <OutcomeRow key={`${o.action}/${o.kind}/${o.id}`} o={o} />
            ))}
          </ul>
        </>
      )}
      {[...new Set(skipped.map((o) => o.message ?? ''))].map((message) => {
        // One reason, said once, over the items it applies to.
        const group = skipped.filter((o) => (o.message ?? '') === message)
        return (
          <div key={message}>
            <h3>Not sent ({group.length})</h3>
            <p className="hint">{message.replace(/^Not sent: /, '')}</p>
            <ul className="sync-list">
              {group.map((o) => (
                <OutcomeRow key={`${o.action}/${o.kind}/${o.id}`} o={o} grouped />
              ))}
            </ul>
          </div>
        )
      })}
      {posted.length > 0 && (
        <details>
          <summary>Posted ({posted.length})</summary>
          <ul className="sync-list">
            {posted.map((o) => (
              <OutcomeRow key={`${o.action}/${o.kind}/${o.id}`} o={o} />
            ))}
          </ul>
        </details>
      )}
    </section>
  )
}
