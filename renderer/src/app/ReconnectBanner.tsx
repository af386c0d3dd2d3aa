import { useSessionStore } from './use-session-store'
import { useLoginStore } from '../settings/use-login-store'
import { Icon } from '../ui/Icon'

/**
 * TikTok refused the stored token (expired, revoked, permission removed): says why, and reconnects in one click.
 * Drafts and pending changes are untouched; they post once the login works again.
 */
export function ReconnectBanner() {
  const connection = useSessionStore((s) => s.status?.connection)
  const login = useLoginStore()
  if (!connection || connection.state !== 'needs-reconnect' || connection.profile === 'embedded-sandbox') return null
  const profile = connection.profile
  // With several logins, the one TikTok refused; its token alone is replaced.
  const refused = connection.logins?.find((l) => l.needsReconnect)?.login
  return (
    <div className="notice notice-error" role="alert">
      <Icon name="alert" />
      <span>
        {connection.detail.replace(/\.$/, '')}. Your drafts and pending changes are kept; reconnect to post them.
        {login.phase === 'waiting' && ' Waiting for the browser…'}
        {login.error && ` ${login.error}`}
      </span>
      <button type="button" className="button" disabled={login.busy || !connection.hasApp} onClick={() => void login.connect(profile, refused)}>
        Reconnect
      </button>
    </div>
  )
}
