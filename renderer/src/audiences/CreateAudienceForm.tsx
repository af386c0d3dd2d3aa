import { useState, type FormEvent } from 'react'
import { describeHashing } from '#shared/audiences/customer-file'
import { CALCULATE_TYPES, LOOKALIKE_OS, LOOKALIKE_SIZES, type AudienceType, type CalculateType } from '#shared/audiences/kinds'
import { AudienceSchema, type Audience } from '#shared/audiences/schemas'
import { ESTIMATED_MARKETS } from '#shared/markets/markets'
import { geo } from '#shared/targeting/geo'
import { EXAMPLE_LOCATION } from '../reach/MarketComparison'
import { useAudienceStore } from './use-audience-store'
import { useFileHashing } from './use-file-hashing'

const KINDS: Array<{ type: AudienceType; label: string }> = [
  { type: 'CUSTOMER_FILE', label: 'Customer file (emails, phones, ad ids)' },
  { type: 'WEBSITE_TRAFFIC', label: 'Website visitors (Pixel)' },
  { type: 'APP_ACTIVITY', label: 'App activity' },
  { type: 'ENGAGEMENT', label: 'Engagement on TikTok' },
  { type: 'LOOKALIKE', label: 'Lookalike' },
]

/**
 * Engagement audiences by what people did on TikTok. TikTok's rule filter codes for these are not in
 * the notes, so the rule carries Adwright's names for them; the rule's shape is TikTok's (rule_create.yml).
 */
const ENGAGEMENTS = ['VIDEO_VIEWERS', 'PROFILE_VISITORS', 'AD_ENGAGERS'] as const
const ENGAGEMENT_LABELS: Record<(typeof ENGAGEMENTS)[number], string> = {
  VIDEO_VIEWERS: 'Video viewers',
  PROFILE_VISITORS: 'Profile visitors',
  AD_ENGAGERS: 'People who engaged with your ads',
}

/** A local id for a draft, from its name, unique among the advertiser's audiences. */
function localIdFor(name: string, taken: ReadonlyMap<string, Audience>): string {
  const slug =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'audience'
  let id = `local-${slug}`
  for (let n = 2; taken.has(id); n++) id = `local-${slug}-${n}`
  return id
}

const rule = (source: string[], retention: number, value: string) => ({
  inclusion_rule_set: {
    operator: 'OR' as const,
    rules: [
      {
        event_source_ids: source,
        retention_days: retention,
        filter_set: { operator: 'OR' as const, filters: [{ field: 'EVENT', operator: 'EQ' as const, value }] },
      },
    ],
  },
})

export function CreateAudienceForm({ onDone }: { onDone(): void }) {
  const byId = useAudienceStore((s) => s.byId)
  const audiences = useAudienceStore((s) => s.audiences)
  const [type, setType] = useState<AudienceType>('CUSTOMER_FILE')
  const [name, setName] = useState('')
  const [calc, setCalc] = useState<CalculateType>('MULTIPLE_TYPES')
  const [retention, setRetention] = useState(180)
  const [sourceId, setSourceId] = useState('')
  const [event, setEvent] = useState('')
  const [engagement, setEngagement] = useState<(typeof ENGAGEMENTS)[number]>('VIDEO_VIEWERS')
  const [seed, setSeed] = useState('')
  const [size, setSize] = useState<(typeof LOOKALIKE_SIZES)[number]>('BALANCED')
  const [os, setOs] = useState<(typeof LOOKALIKE_OS)[number]>('ALL')
  const [markets, setMarkets] = useState<string[]>([EXAMPLE_LOCATION.US])
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const hashing = useFileHashing()
  const seeds = audiences.filter((a) => a.audience_type !== 'LOOKALIKE')

  function draft(): Audience {
    const base = { audience_id: localIdFor(name, byId), custom_audience_name: name, cover_num: null }
    switch (type) {
      case 'CUSTOMER_FILE': {
        const r = hashing.status.state === 'done' ? hashing.status.report : null
        return {
          ...base,
          audience_type: 'CUSTOMER_FILE',
          calculate_type: calc,
          file_paths: [],
          retention_in_days: retention,
          hashing: r ? { rows: r.rows, valid: { ...r.valid }, bad: r.badRows } : undefined,
        }
      }
      case 'WEBSITE_TRAFFIC':
      case 'APP_ACTIVITY':
        return { ...base, audience_type: type, retention_in_days: retention, rule_spec: rule(sourceId ? [sourceId] : [], retention, event) }
      case 'ENGAGEMENT':
        return { ...base, audience_type: 'ENGAGEMENT', retention_in_days: retention, rule_spec: rule([], retention, engagement) }
      case 'LOOKALIKE':
        return {
          ...base,
          audience_type: 'LOOKALIKE',
          lookalike_spec: {
            source_audience_id: seed,
            audience_size: size,
            include_source: false,
            location_ids: markets,
            mobile_os: os,
            placements: ['TikTok'],
          },
        }
    }
  }

  async function submit(e: FormEvent) {
    e.preventDefault()
    setError(null)
    if (type === 'CUSTOMER_FILE' && hashing.status.state !== 'done')
      return setError('Choose the customer file first and wait for its hashing summary.')
    const parsed = AudienceSchema.safeParse(draft())
    if (!parsed.success) return setError(parsed.error.issues.map((i) => i.message).join(' '))
    setSaving(true)
    try {
      const store = useAudienceStore.getState()
      if (parsed.data.audience_type === 'CUSTOMER_FILE' && hashing.status.state === 'done')
        await store.saveCustomerFile(parsed.data, hashing.status.hashed)
      else await store.save(parsed.data)
      hashing.reset()
      onDone()
    } catch (err) {
      setError((err as Error).message)
    } finally {
      setSaving(false)
    }
  }

  const s = hashing.status
  return (
    <form className="card form-card audience-form" aria-label="New audience" onSubmit={submit}>
      <h3>New audience</h3>
      <label className="field">
        <span>Kind</span>
        <select value={type} onChange={(e) => setType(e.currentTarget.value as AudienceType)}>
          {KINDS.map((k) => (
            <option key={k.type} value={k.type}>
              {k.label}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Name</span>
        <input value={name} maxLength={128} onChange={(e) => setName(e.currentTarget.value)} />
      </label>
      {type !== 'LOOKALIKE' && (
        <label className="field">
          <span>Keep people for (days, 1–365)</span>
          <input type="number" min={1} max={365} value={retention} onChange={(e) => setRetention(Number(e.currentTarget.value))} />
        </label>
      )}
      {type === 'CUSTOMER_FILE' && (
        <>
          <label className="field">
            <span>Identifiers (calculate_type)</span>
            <select value={calc} onChange={(e) => setCalc(e.currentTarget.value as CalculateType)}>
              {CALCULATE_TYPES.map((c) => (
                <option key={c}>{c}</option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>Customer file (CSV)</span>
            <input
              type="file"
              accept=".csv,.txt,text/csv,text/plain"
              onChange={(e) => {
                const f = e.currentTarget.files?.[0]
                if (f) hashing.start(f, calc)
              }}
            />
            <span className="hint">Hashed with SHA-256 on this computer; the file itself is never stored or sent.</span>
          </label>
          {s.state === 'hashing' && (
            <p role="status" className="hashing-progress">
              Hashing {s.fileName}… {Math.round(s.progress * 100)}%
              <progress max={1} value={s.progress} />
            </p>
          )}
          {s.state === 'failed' && <p className="field-msg error">{s.message}</p>}
          {s.state === 'done' && (
            <div className="hashing-summary" data-testid="hashing-summary" role="status">
              <p>{describeHashing(s.report)}</p>
              {s.report.badRows > 0 && (
                <p className="muted small">
                  Bad rows (line numbers):{' '}
                  {s.report.badRowSamples.map((b) => `${b.line} (${b.reason === 'EMPTY' ? 'empty' : 'not usable'})`).join(', ')}
                  {s.report.badRows > s.report.badRowSamples.length ? ', …' : ''}
                </p>
              )}
            </div>
          )}
        </>
      )}
      {(type === 'WEBSITE_TRAFFIC' || type === 'APP_ACTIVITY') && (
        <>
          <label className="field">
            <span>{type === 'WEBSITE_TRAFFIC' ? 'Pixel id' : 'App id'}</span>
            <input value={sourceId} onChange={(e) => setSourceId(e.currentTarget.value)} />
          </label>
          <label className="field">
            <span>Event</span>
            <input
              value={event}
              placeholder={type === 'WEBSITE_TRAFFIC' ? 'e.g. ViewContent' : 'e.g. Purchase'}
              onChange={(e) => setEvent(e.currentTarget.value)}
            />
          </label>
        </>
      )}
      {type === 'ENGAGEMENT' && (
        <label className="field">
          <span>People who</span>
          <select value={engagement} onChange={(e) => setEngagement(e.currentTarget.value as (typeof ENGAGEMENTS)[number])}>
            {ENGAGEMENTS.map((x) => (
              <option key={x} value={x}>
                {ENGAGEMENT_LABELS[x]}
              </option>
            ))}
          </select>
        </label>
      )}
      {type === 'LOOKALIKE' && (
        <>
          <label className="field">
            <span>Source audience (at least 100 people)</span>
            <select value={seed} onChange={(e) => setSeed(e.currentTarget.value)}>
              <option value="">Choose…</option>
              {seeds.map((a) => (
                <option key={a.audience_id} value={a.audience_id}>
                  {a.custom_audience_name}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>Size</span>
            <select value={size} onChange={(e) => setSize(e.currentTarget.value as (typeof LOOKALIKE_SIZES)[number])}>
              {LOOKALIKE_SIZES.map((x) => (
                <option key={x}>{x}</option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>Operating system</span>
            <select value={os} onChange={(e) => setOs(e.currentTarget.value as (typeof LOOKALIKE_OS)[number])}>
              {LOOKALIKE_OS.map((x) => (
                <option key={x}>{x}</option>
              ))}
            </select>
          </label>
          <fieldset className="radio-row">
            <legend>Locations</legend>
            {ESTIMATED_MARKETS.map((m) => (
              <label key={m} className="checkbox">
                <input
                  type="checkbox"
                  checked={markets.includes(EXAMPLE_LOCATION[m])}
                  onChange={(e) => {
                    const id = EXAMPLE_LOCATION[m]
                    const on = e.currentTarget.checked
                    setMarkets((xs) => (on ? [...xs, id] : xs.filter((x) => x !== id)))
                  }}
                />
                {geo.name(EXAMPLE_LOCATION[m])}
              </label>
            ))}
          </fieldset>
        </>
      )}
      {error && <p className="field-msg error">{error}</p>}
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={saving || s.state === 'hashing'}>
          Save audience
        </button>
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  )
}
