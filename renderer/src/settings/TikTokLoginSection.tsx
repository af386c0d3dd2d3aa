import { useState } from 'react'
import type { LoginEvent } from '#shared/domain/advertiser'
import { CONNECTION_PROFILE_LABELS } from '#shared/settings/settings'
import { useSessionStore } from '../app/use-session-store'
import { AccessTokenField } from './AccessTokenField'
import { useLoginStore } from './use-login-store'
import '../app/accounts.css'

type TokenProfile = LoginEvent['profile']

/**
 * Log in with TikTok for Business: the developer app's id and secret once (kept
 * encrypted in main, never shown again), then "Connect TikTok account", which
 * opens TikTok in the browser. An agency may connect several TikTok users: each
 * is a login with its own advertisers, reconnected or disconnected on its own.
 * Pasting a token stays as an advanced option.
 */
export function TikTokLoginSection({ profile }: { profile: TokenProfile }) {
  const status = useSessionStore((s) => s.status)
  const builtIn = useSessionStore((s) => s.info?.builtInAppId)
  const advertisers = useSessionStore((s) => s.advertisers)
  const login = useLoginStore()
  const [appId, setAppId] = useState('')
  const [secret, setSecret] = useState('')
  const ours = status?.connection.profile === profile
  const hasApp = ours && status.connection.hasApp === true
  const connected = ours && (status.connection.state === 'ready' || status.connection.state === 'needs-reconnect')
  const granted = advertisers.filter((a) => a.authorized !== false).length
  const logins = (ours && status.connection.logins) || []

  async function saveApp() {
    if (await login.saveApp(profile, appId, secret)) {
      setAppId('')
      setSecret('')
    }
  }

  return (
    <div className="tiktok-login">
      <fieldset className="field">
        <legend>TikTok developer app</legend>
        <p className="hint">
          {builtIn
            ? `This copy of Adwright logs in with the TikTok app ${builtIn}, built in by its distributor. ${hasApp ? 'Its secret is stored encrypted on this computer; enter it again to replace it.' : 'Enter the app secret your distributor gave you once; it is stored encrypted on this computer and never shown again.'}`
            : hasApp
              ? 'The app’s id and secret are stored encrypted on this computer. Enter them again to replace them.'
              : 'From TikTok for Business → My Apps: the app’s id and secret. They are stored encrypted on this computer and never shown again.'}
        </p>
        <div className="token-row">
          {!builtIn && (
            <input
              aria-label="App id"
              inputMode="numeric"
              autoComplete="off"
              value={appId}
              placeholder="App id"
              onChange={(e) => setAppId(e.target.value)}
            />
          )}
          <input
            aria-label="App secret"
            type="password"
            autoComplete="off"
            spellCheck={false}
            value={secret}
            placeholder="App secret"
            onChange={(e) => setSecret(e.target.value)}
          />
          <button type="button" disabled={(!appId && !builtIn) || !secret || login.busy} onClick={() => void saveApp()}>
            {builtIn ? 'Save secret' : 'Save app'}
          </button>
          {hasApp && (
            <button type="button" disabled={login.busy} onClick={() => void login.forgetApp(profile)}>
              Forget app
            </button>
          )}
        </div>
      </fieldset>

      <div className="field" aria-live="polite" id="tiktok-login-msg">
        {connected && logins.length > 0 && (
          <p className="field-label" id="tiktok-logins-hint">
            TikTok logins — each reaches the ad accounts its user granted
          </p>
        )}
        {connected && logins.length > 0 && (
          <ul className="login-list" aria-label="Connected TikTok logins" aria-describedby="tiktok-logins-hint">
            {logins.map((l) => (
              <li key={l.login}>
                <span>
                  <strong>{l.label}</strong>{' '}
                  <span className="muted">
                    · {l.advertisers} advertiser{l.advertisers === 1 ? '' : 's'} granted
                  </span>
                  {l.needsReconnect && (
                    <span className="badge badge-error" title={l.needsReconnect}>
                      Needs reconnect
                    </span>
                  )}
                </span>
                <button type="button" disabled={!hasApp || login.busy} onClick={() => void login.connect(profile, l.login)}>
                  Reconnect<span className="visually-hidden"> {l.label}</span>
                </button>
                <button type="button" disabled={login.busy} onClick={() => void login.disconnect(profile, l.login)}>
                  Disconnect<span className="visually-hidden"> {l.label}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="token-row">
          <button type="button" className="button primary" disabled={!hasApp || login.busy} onClick={() => void login.connect(profile)}>
            {connected ? 'Connect another TikTok account' : 'Connect TikTok account'}
          </button>
          {connected && (
            <>
              <button type="button" disabled={login.busy || !hasApp} onClick={() => void login.refreshAdvertisers()}>
                Refresh advertisers
              </button>
              <button type="button" disabled={login.busy} onClick={() => void login.disconnect(profile)}>
                {logins.length > 1 ? 'Disconnect all' : 'Disconnect'}
              </button>
            </>
          )}
        </div>
        {login.error && <p className="field-msg error">{login.error}</p>}
        {login.message && <p className="hint">{login.message}</p>}
        {login.phase === 'waiting' && login.authUrl && (
          <p className="hint">
            If your browser did not open, open this address in it: <code className="selectable">{login.authUrl}</code>
          </p>
        )}
        <p className="hint">
          {connected
            ? `Connected to ${CONNECTION_PROFILE_LABELS[profile]}: ${granted} advertiser${granted === 1 ? '' : 's'} granted.`
            : 'Not connected. Nothing is sent to TikTok until you post changes.'}
        </p>
      </div>

      <details className="advanced">
        <summary>Advanced: paste an access token instead</summary>
        <AccessTokenField profile={profile} />
      </details>
    </div>
  )
}
