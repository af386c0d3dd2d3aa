import type { SyncConflict } from '#shared/domain/sync'
import { useSyncStore } from './use-sync-store'
import { KIND_LABEL, when } from './labels'

const show = (v: unknown) => (v === null || v === undefined ? '—' : typeof v === 'object' ? JSON.stringify(v) : String(v))

/** Entities changed both here and on TikTok: held back until the buyer picks a side. */
export function ConflictList({ conflicts }: { conflicts: SyncConflict[] }) {
  const resolve = useSyncStore((s) => s.resolve)
  return (
    <section className="card sync-section" aria-labelledby="conflicts-title">
      <h2 id="conflicts-title">Conflicts ({conflicts.length})</h2>
      <p className="hint">These were changed on TikTok after your last download and also here. They are not posted until you choose.</p>
      <ul className="sync-list">
        {conflicts.map((c) => (
          <li key={`${c.kind}/${c.id}`} className="sync-row conflict">
            <span className="sync-kind">{KIND_LABEL[c.kind]}</span>
            <span className="sync-name">
              {c.name} <span className="muted">· changed on TikTok {when(c.serverModifiedAt.replace(' ', 'T') + 'Z')}</span>
            </span>
            <span className="conflict-actions">
              <button type="button" className="button" onClick={() => void resolve(c.kind, c.id, 'mine')}>
                Keep mine
              </button>
              <button type="button" className="button" onClick={() => void resolve(c.kind, c.id, 'theirs')}>
                Take theirs
              </button>
            </span>
            <table className="conflict-table">
              <thead>
                <tr>
                  <th>Field</th>
                  <th>Mine</th>
                  <th>On TikTok</th>
                </tr>
              </thead>
              <tbody>
                {c.fields.map((f) => (
                  <tr key={f}>
                    <td>
                      <code>{f}</code>
                    </td>
                    <td>{c.mine ? show(c.mine[f]) : 'deleted'}</td>
                    <td>{show(c.theirs[f])}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </li>
        ))}
      </ul>
    </section>
  )
}
