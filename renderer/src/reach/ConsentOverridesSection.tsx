import { useState } from 'react'
import { CONSENT_KEYS, CONSENT_LABELS, DEFAULT_CONSENT, type ConsentKey } from '#shared/markets/consent'
import { parsePercent, withOverride } from '#shared/markets/consent-overrides'
import { ESTIMATED_MARKETS, MARKET_LABELS, type EstimatedMarket } from '#shared/markets/markets'
import { useSessionStore } from '../app/use-session-store'
import { useSettingsStore } from '../settings/use-settings-store'
import { percent } from './format'
import { SourceLink } from './SourceLink'
import { useActiveAdvertiserId } from './use-active-consent-overrides'
import './reach.css'

function OverrideRow(props: { market: EstimatedMarket; k: ConsentKey; value: number | undefined; onSave(v: number | null): void }) {
  const { market, k, value } = props
  const [draft, setDraft] = useState<string | null>(null)
  const text = draft ?? (value === undefined ? '' : String(Math.round(value * 1000) / 10))
  const error = draft !== null && draft.trim() !== '' && parsePercent(draft) === null
  const commit = () => {
    if (draft === null) return
    if (draft.trim() === '') props.onSave(null)
    else {
      const v = parsePercent(draft)
      if (v === null) return
      props.onSave(v)
    }
    setDraft(null)
  }
  const d = DEFAULT_CONSENT[market][k]
  const errorId = `err-${market}-${k}`
  return (
    <tr>
      <th scope="row">{CONSENT_LABELS[k]}</th>
      <td>
        <strong>{percent(d.value)}</strong>
        <span className="consent-why">
          {d.why} <SourceLink id={d.source} />
        </span>
      </td>
      <td className="num">
        <input
          inputMode="decimal"
          aria-label={`${MARKET_LABELS[market]}: ${CONSENT_LABELS[k]}, your value in %`}
          aria-invalid={error}
          aria-describedby={error ? errorId : undefined}
          placeholder={String(Math.round(d.value * 100))}
          value={text}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => e.key === 'Enter' && commit()}
        />{' '}
        %
        {value !== undefined && (
          <>
            <span className="consent-overridden">Your value</span>{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => props.onSave(null)}
              aria-label={`Clear ${MARKET_LABELS[market]} ${CONSENT_LABELS[k]}`}
            >
              Clear
            </button>
          </>
        )}
        {error && (
          <span className="field-error" id={errorId} role="alert">
            Enter a percentage from 0 to 100.
          </span>
        )}
      </td>
    </tr>
  )
}

/**
 * Settings → Consent and reach: the market defaults with their sources, and the
 * active advertiser's own figures (e.g. its consent-platform acceptance rate).
 */
export function ConsentOverridesSection() {
  const settings = useSettingsStore((s) => s.settings)
  const update = useSettingsStore((s) => s.update)
  const advertiserId = useActiveAdvertiserId()
  const advertiserName = useSessionStore((s) => s.advertisers.find((a) => a.advertiser_id === advertiserId)?.advertiser_name ?? advertiserId)
  if (!settings) return null
  if (!advertiserId) {
    return (
      <section className="card form-card" aria-labelledby="consent-h">
        <h2 id="consent-h">Consent and reach</h2>
        <p className="hint">Choose an advertiser account to set its consent figures.</p>
      </section>
    )
  }
  const mine = settings.consentOverrides[advertiserId] ?? {}
  const save = (market: EstimatedMarket, k: ConsentKey, v: number | null) => {
    const next = withOverride(mine, market, k, v)
    const all = { ...settings.consentOverrides }
    if (Object.keys(next).length) all[advertiserId] = next
    else delete all[advertiserId]
    void update({ consentOverrides: all })
  }
  return (
    <section className="card form-card wide-card" aria-labelledby="consent-h">
      <h2 id="consent-h">Consent and reach</h2>
      <p className="hint">
        The share of people each kind of targeting can reach in each market, after consent and the law. Reach estimates use the defaults unless you
        enter your own figure for <strong>{advertiserName}</strong> (for example its consent banner’s acceptance rate). Leave a box empty to use the
        default. The custom-audience rows are the factors of the off-app figure, each its own step in the waterfall; a figure of your own for off-app
        &amp; partner data replaces them all.
      </p>
      <table className="consent-table">
        <thead>
          <tr>
            <th scope="col">Reachable share</th>
            <th scope="col">Default and why</th>
            <th scope="col">Your value</th>
          </tr>
        </thead>
        {ESTIMATED_MARKETS.map((m) => (
          <tbody key={m}>
            <tr className="consent-market">
              <th scope="colgroup" colSpan={3}>
                {MARKET_LABELS[m]}
              </th>
            </tr>
            {CONSENT_KEYS.map((k) => (
              <OverrideRow key={k} market={m} k={k} value={mine[m]?.[k]} onSave={(v) => save(m, k, v)} />
            ))}
          </tbody>
        ))}
      </table>
    </section>
  )
}
