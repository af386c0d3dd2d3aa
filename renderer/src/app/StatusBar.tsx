import { useSessionStore } from './use-session-store'

export function StatusBar() {
  const status = useSessionStore((s) => s.status)
  const info = useSessionStore((s) => s.info)
  const pending = status?.pendingChanges ?? 0
  return (
    <footer className="status-bar" role="status" aria-live="polite">
      <span className={`conn conn-${status?.connection.state ?? 'offline'}`}>
        <span className="dot" aria-hidden="true" />
        {status ? status.connection.detail : 'Connecting to the back end…'}
      </span>
      <span className="pending" data-testid="pending-count">
        {pending === 0 ? 'No pending changes' : `${pending} pending change${pending === 1 ? '' : 's'} — not yet posted`}
      </span>
      <span className="spacer" />
      {info && (
        <span className="muted">
          Adwright {info.version}
          {info.host === 'web-harness' ? ' · browser preview' : ''}
        </span>
      )}
    </footer>
  )
}
