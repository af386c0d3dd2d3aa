import { useEffect, useState } from 'react'
import type { SandboxFaultRule, SandboxFaultsChange, SandboxFaultsState } from '#shared/domain/sandbox-faults'
import { call, messageOf } from '../api/client'

const CREATES = ['/campaign/create/', '/adgroup/create/', '/ad/create/']

const PRESETS: Array<{ label: string; rules: SandboxFaultRule[] }> = [
  {
    label: 'Reject the next ad group (budget too low)',
    rules: [
      {
        endpoint: '/adgroup/create/',
        kind: 'error-code',
        code: 40002,
        message: 'budget: The ad group daily budget must be greater than 20 USD.',
        times: 1,
      },
    ],
  },
  { label: 'Lose 30% of answers after writing', rules: CREATES.map((endpoint) => ({ endpoint, kind: 'drop-after-commit', probability: 0.3 })) },
  {
    label: 'TikTok system errors on 20% of requests',
    rules: [{ endpoint: '*', kind: 'error-code', code: 50000, message: 'System error.', probability: 0.2 }],
  },
  { label: 'Slow answers (800 ms)', rules: [{ endpoint: '*', kind: 'latency', latencyMs: 800 }] },
]

function describe(r: SandboxFaultRule): string {
  const what =
    r.kind === 'error-code'
      ? `error ${r.code}${r.message ? ` “${r.message}”` : ''}`
      : r.kind === 'http-status'
        ? `HTTP ${r.status}`
        : r.kind === 'latency'
          ? `${r.latencyMs} ms delay`
          : r.kind === 'status-after-commit'
            ? `HTTP ${r.status ?? 504} after writing`
            : 'answer lost after writing'
  const how = r.times ? `next ${r.times}` : r.probability !== undefined ? `${Math.round(r.probability * 100)}%` : 'every'
  return `${r.endpoint === '*' ? 'Every endpoint' : r.endpoint}: ${what} (${how})`
}

/** Only on the embedded sandbox: switch faults on to watch posting fail and recover. */
export function SandboxFaultsPanel() {
  const [faults, setFaults] = useState<SandboxFaultsState | null>(null)
  const [error, setError] = useState<string | null>(null)
  const apply = async (change: SandboxFaultsChange) => {
    try {
      setFaults(await call('sandbox:faults', change))
      setError(null)
    } catch (e) {
      setError(messageOf(e))
    }
  }
  useEffect(() => {
    // The faults in force when the panel opens; a panel closed before they arrive drops them.
    let open = true
    call('sandbox:faults', {}).then(
      (state) => open && setFaults(state),
      (e: unknown) => open && setError(messageOf(e)),
    )
    return () => {
      open = false
    }
  }, [])
  return (
    <section className="card sync-section sandbox-faults" aria-labelledby="faults-title">
      <h2 id="faults-title">Sandbox faults</h2>
      <p className="hint">
        For testing: make the embedded sandbox fail on purpose, then post and watch Adwright report and recover. Real TikTok accounts are never
        affected.
      </p>
      <div className="sync-actions">
        {PRESETS.map((p) => (
          <button key={p.label} type="button" className="button" onClick={() => void apply({ rules: [...(faults?.rules ?? []), ...p.rules] })}>
            {p.label}
          </button>
        ))}
        <button type="button" className="button" onClick={() => void apply({ tokensExpired: !faults?.tokensExpired })}>
          {faults?.tokensExpired ? 'Restore the token' : 'Expire the token'}
        </button>
        <button
          type="button"
          className="button"
          aria-pressed={faults?.customIdentity === 'refused'}
          onClick={() => void apply({ customIdentity: faults?.customIdentity === 'refused' ? 'allowed' : 'refused' })}
        >
          Refuse new Custom Identity ads
        </button>
        <button
          type="button"
          className="button"
          aria-pressed={faults?.idempotency === 'duplicate-error'}
          onClick={() => void apply({ idempotency: faults?.idempotency === 'duplicate-error' ? 'echo' : 'duplicate-error' })}
        >
          {faults?.idempotency === 'duplicate-error' ? 'Repeated request_id: echo the first object' : 'Repeated request_id: answer 40050'}
        </button>
        <button
          type="button"
          className="button"
          disabled={!faults?.rules.length && !faults?.tokensExpired}
          onClick={() => void apply({ rules: [], tokensExpired: false })}
        >
          Clear all faults
        </button>
      </div>
      {error && <p className="sync-problem sync-problem-error">{error}</p>}
      <ul className="fault-list">
        {faults && faults.rules.length === 0 && !faults.tokensExpired && <li className="muted">No faults: the sandbox behaves normally.</li>}
        {faults?.tokensExpired && <li>Every request: token expired (40102)</li>}
        {faults?.customIdentity === 'refused' && (
          <li>Advertiser no longer allowed Custom Identity ads on TikTok placements (pull to update the app)</li>
        )}
        {faults?.idempotency === 'duplicate-error' && <li>Campaign and ad group creates: a repeated request_id answers 40050</li>}
        {faults?.rules.map((r, i) => (
          <li key={i}>{describe(r)}</li>
        ))}
      </ul>
    </section>
  )
}
