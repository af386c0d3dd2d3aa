import { useState } from 'react'
import { CONNECTION_PROFILE_LABELS } from '#shared/settings/settings'
import { call, messageOf } from '../api/client'
import { useSessionStore } from '../app/use-session-store'

type TokenProfile = 'tiktok-sandbox' | 'production'

/**
 * Connects a TikTok account by its long-term access token. Write-only: the token
 * goes to main, which encrypts it; nothing ever sends it back, so the field only
 * says whether one is stored.
 */
export function AccessTokenField({ profile }: { profile: TokenProfile }) {
  const status = useSessionStore((s) => s.status)
  const [token, setToken] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const connected = status?.connection.profile === profile && status.connection.state === 'ready'

  async function run(change: () => Promise<unknown>) {
    setBusy(true)
    try {
      const next = await change()
      // The advertiser list follows by the accounts:changed event (followStatusEvents).
      useSessionStore.setState({ status: next as typeof status })
      setToken('')
      setError(null)
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="field">
      <label htmlFor="access-token">Access token for {CONNECTION_PROFILE_LABELS[profile]}</label>
      <div className="token-row">
        <input
          id="access-token"
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={token}
          aria-invalid={error ? true : undefined}
          aria-describedby="access-token-msg"
          placeholder={connected ? 'A token is stored — paste a new one to replace it' : 'Paste the access token from TikTok for Business'}
          onChange={(e) => setToken(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && token && void run(() => call('connection:save-token', { profile, token }))}
        />
        <button type="button" disabled={!token || busy} onClick={() => void run(() => call('connection:save-token', { profile, token }))}>
          Save token
        </button>
        {connected && (
          <button type="button" disabled={busy} onClick={() => void run(() => call('connection:clear-token', { profile }))}>
            Forget token
          </button>
        )}
      </div>
      <div id="access-token-msg">
        {error && <p className="field-msg error">{error}</p>}
        <p className="hint">
          {connected
            ? 'Connected. The token is stored encrypted on this computer and is never shown again.'
            : 'Not connected. Nothing is sent to TikTok until you post changes.'}
        </p>
      </div>
    </div>
  )
}
