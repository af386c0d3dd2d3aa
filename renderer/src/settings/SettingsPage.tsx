import { CONNECTION_PROFILES, CONNECTION_PROFILE_LABELS, THEMES, type Theme } from '#shared/settings/settings'
import { ConsentOverridesSection } from '../reach/ConsentOverridesSection'
import { TikTokLoginSection } from './TikTokLoginSection'
import { useSettingsStore } from './use-settings-store'

const THEME_LABELS: Record<Theme, string> = { system: 'Match the system', light: 'Light', dark: 'Dark' }

export function SettingsPage() {
  const settings = useSettingsStore((s) => s.settings)
  const update = useSettingsStore((s) => s.update)
  if (!settings) return <p className="muted page-pad">Loading settings…</p>

  return (
    <div className="page">
      <header className="page-header">
        <h1>Settings</h1>
        <p className="muted">Changes are saved as soon as you make them.</p>
      </header>

      <section className="card form-card" aria-labelledby="appearance-h">
        <h2 id="appearance-h">Appearance</h2>
        <fieldset className="radio-row">
          <legend>Theme</legend>
          {THEMES.map((t) => (
            <label key={t} className="radio">
              <input type="radio" name="theme" value={t} checked={settings.theme === t} onChange={() => void update({ theme: t })} />
              {THEME_LABELS[t]}
            </label>
          ))}
        </fieldset>
        <label className="field">
          <span>Show money as</span>
          <select value={settings.currencyDisplay} onChange={(e) => void update({ currencyDisplay: e.target.value as 'symbol' | 'code' })}>
            <option value="symbol">Symbol ($1,250.00)</option>
            <option value="code">Currency code (USD 1,250.00)</option>
          </select>
        </label>
      </section>

      <section className="card form-card" aria-labelledby="connection-h">
        <h2 id="connection-h">Connection</h2>
        <label className="field">
          <span>Send changes to</span>
          <select
            value={settings.connectionProfile}
            onChange={(e) => void update({ connectionProfile: e.target.value as (typeof CONNECTION_PROFILES)[number] })}
          >
            {CONNECTION_PROFILES.map((p) => (
              <option key={p} value={p}>
                {CONNECTION_PROFILE_LABELS[p]}
              </option>
            ))}
          </select>
        </label>
        <p className="hint">
          The embedded sandbox runs inside Adwright and needs no TikTok account. The TikTok sandbox and Production need you to log in with TikTok for
          Business; Adwright keeps the access it gets encrypted on this computer.
        </p>
        {settings.connectionProfile !== 'embedded-sandbox' && <TikTokLoginSection profile={settings.connectionProfile} />}
        <label className="checkbox">
          <input type="checkbox" checked={settings.confirmBeforePost} onChange={(e) => void update({ confirmBeforePost: e.target.checked })} />
          Ask me to confirm before posting changes to TikTok
        </label>
      </section>

      <ConsentOverridesSection />
    </div>
  )
}
