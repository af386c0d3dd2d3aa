import { useId, useMemo, useState } from 'react'
import type { ReachInput } from '#shared/reach/estimate'
import { Toast } from '../app/Toast'
import { useAccountStore } from '../campaigns/use-account-store'
import { applyReason, applyToAdGroup, hasUnapplied, loadAdGroup, sourceGroup } from './playground-commands'
import { usePlaygroundStore, type PlaygroundSource } from './use-playground-store'
import './adgroup-link.css'

/** More ad groups than this and the list asks for a search word first, so a 50,000-row import stays a short list. */
const LISTED = 200

interface Option {
  value: string
  label: string
  campaign: string
}

/** The open account's ad groups, manual and Smart+, by campaign name then ad-group name. */
function useAdGroupOptions(): Option[] {
  const version = useAccountStore((s) => s.version)
  return useMemo(() => {
    void version // the maps change in place; `version` says when
    const s = useAccountStore.getState()
    const manual = [...s.adgroups.values()].map((g) => ({
      value: `adgroup:${g.adgroup_id}`,
      label: g.adgroup_name,
      campaign: s.campaigns.get(g.campaign_id)?.campaign_name ?? 'No campaign',
    }))
    const smart = [...s.smartPlusAdgroups.values()].map((g) => ({
      value: `smart_plus_adgroup:${g.adgroup_id}`,
      label: `${g.adgroup_name} (Smart+)`,
      campaign: s.smartPlusCampaigns.get(g.campaign_id)?.campaign_name ?? 'No campaign',
    }))
    return [...manual, ...smart].sort((a, b) => a.campaign.localeCompare(b.campaign) || a.label.localeCompare(b.label))
  }, [version])
}

function byCampaign(options: Option[]): Array<[string, Option[]]> {
  const groups = new Map<string, Option[]>()
  for (const o of options) {
    const list = groups.get(o.campaign)
    if (list) list.push(o)
    else groups.set(o.campaign, [o])
  }
  return [...groups]
}

/** Targeting kept from the ad group that the playground has no control for, so a load never hides what Apply writes. */
function keptNote(t: ReachInput): string | null {
  const parts = [
    [t.languages.length, 'language'],
    [t.interest_keyword_ids.length, 'interest keyword'],
    [t.actions.length, 'behaviour'],
    [t.network_types.length, 'network type'],
    [t.device_price_ranges.length / 2, 'device price range'],
    [t.audience_ids?.length ?? 0, 'included audience'],
    [t.excluded_audience_ids?.length ?? 0, 'excluded audience'],
  ] as const
  const shown = parts.filter(([n]) => n > 0).map(([n, word]) => `${n} ${word}${n === 1 ? '' : 's'}`)
  return shown.length ? `Also kept and applied as loaded: ${shown.join(', ')}.` : null
}

/** "Load from ad group…" and "Apply to ad group": the playground tried out on a real ad group of the open account. */
export function AdGroupLink() {
  const options = useAdGroupOptions()
  const loading = useAccountStore((s) => s.loading)
  const { source, targeting } = usePlaygroundStore()
  // Re-read on every account change, so a reason follows an edit made elsewhere (or its undo).
  useAccountStore((s) => s.version)
  const account = useAccountStore.getState()
  const loaded = sourceGroup(account, source)
  const reason = applyReason(account, source, targeting)
  const dirty = hasUnapplied(loaded, targeting)
  const [query, setQuery] = useState('')
  const [choice, setChoice] = useState('')
  const [busy, setBusy] = useState(false)
  const reasonId = useId()
  const q = query.trim().toLowerCase()
  const matching = q ? options.filter((o) => `${o.campaign} ${o.label}`.toLowerCase().includes(q)) : options
  const listed = matching.slice(0, LISTED)
  // The list shows the loaded ad group until another is chosen, so it never names one that is not loaded.
  const loadedValue = source ? `${source.kind}:${source.id}` : ''
  const picked = [choice, loadedValue].find((v) => v && listed.some((o) => o.value === v)) ?? listed[0]?.value ?? ''

  const load = () => {
    const [kind, id] = picked.split(/:(.*)/s) as [PlaygroundSource['kind'], string]
    if (id) loadAdGroup(kind, id)
  }
  const apply = async () => {
    setBusy(true)
    await applyToAdGroup()
    setBusy(false)
  }

  return (
    <section className="adgroup-link" aria-labelledby="adgroup-link-title">
      <h3 id="adgroup-link-title">Load from ad group…</h3>
      {options.length === 0 ? (
        <p className="hint">{loading ? 'Opening the account…' : 'This account has no ad groups to load yet.'}</p>
      ) : (
        <>
          {options.length > LISTED && (
            <input
              type="search"
              aria-label="Find an ad group"
              placeholder="Find an ad group"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
            />
          )}
          <div className="adgroup-link-row">
            <select aria-label="Load from ad group" value={picked} onChange={(e) => setChoice(e.target.value)}>
              {byCampaign(listed).map(([campaign, items]) => (
                <optgroup key={campaign} label={campaign}>
                  {items.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
            <button type="button" className="button" disabled={!picked} onClick={load}>
              Load
            </button>
          </div>
          {matching.length > LISTED && <p className="hint">{`The first ${LISTED} of ${matching.length}: type to narrow the list.`}</p>}
        </>
      )}
      <p className="hint" aria-live="polite">
        {loaded &&
          (dirty
            ? `Loaded from “${loaded.name}”, with changes not yet applied (Load again replaces them).`
            : `Loaded from “${loaded.name}”. Changes stay here until you apply them.`)}
      </p>
      {loaded && keptNote(targeting) && <p className="hint">{keptNote(targeting)}</p>}
      <div className="adgroup-link-row">
        <button
          type="button"
          className="button button-primary"
          disabled={!!reason || busy}
          aria-describedby={reason ? reasonId : undefined}
          onClick={() => void apply()}
        >
          Apply to ad group
        </button>
      </div>
      <Toast />
      {reason && (
        <p className="hint" id={reasonId}>
          {reason}
        </p>
      )}
    </section>
  )
}
