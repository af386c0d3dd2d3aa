import { useMemo } from 'react'
import { dataSourceOf, DATA_SOURCE_LABELS } from '#shared/audiences/kinds'
import { isEstimatedSize, matchedSize, originIsOffTikTok } from '#shared/audiences/origin'
import type { Audience } from '#shared/audiences/schemas'
import { ESTIMATED_MARKETS, MARKET_LABELS } from '#shared/markets/markets'
import { percent, peopleShort } from '../reach/format'
import { useActiveConsentOverrides } from '../reach/use-active-consent-overrides'
import { consentShares } from './consent-badges'
import { useAudienceStore } from './use-audience-store'

const TYPE_LABELS: Record<Audience['audience_type'], string> = {
  CUSTOMER_FILE: 'Customer file',
  WEBSITE_TRAFFIC: 'Website visitors',
  APP_ACTIVITY: 'App activity',
  ENGAGEMENT: 'Engagement',
  LOOKALIKE: 'Lookalike',
}

function sourceOf(a: Audience, byId: ReadonlyMap<string, Audience>): string {
  if (a.audience_type !== 'LOOKALIKE') return DATA_SOURCE_LABELS[dataSourceOf(a.audience_type)]
  return `TikTok in-app signals, seeded from ${originIsOffTikTok(a, byId) ? 'off-TikTok data' : 'TikTok in-app activity'}`
}

function sizeOf(a: Audience): string {
  if (a.audience_type === 'LOOKALIKE' && a.cover_num === null) return `${a.lookalike_spec.audience_size.toLowerCase()} (TikTok sizes it)`
  const n = matchedSize(a)
  if (!n) return a.cover_num === null ? 'not matched yet' : '0'
  return isEstimatedSize(a) ? `about ${peopleShort(n)} (estimate)` : peopleShort(n)
}

function statusOf(a: Audience): string {
  if (/^local-/.test(a.audience_id)) return 'Draft: not posted'
  if (a.is_valid === false) return 'Not valid'
  if (a.is_expiring) return `Expiring${a.expired_time ? ` ${a.expired_time.slice(0, 10)}` : ''}`
  return 'Valid'
}

/** Every audience of the advertiser: kind, data source, matched size, a consent badge per market and TikTok's status. */
export function AudienceList() {
  const audiences = useAudienceStore((s) => s.audiences)
  const byId = useAudienceStore((s) => s.byId)
  const overrides = useActiveConsentOverrides()
  const shares = useMemo(() => new Map(audiences.map((a) => [a.audience_id, consentShares(a, byId, overrides)])), [audiences, byId, overrides])
  if (!audiences.length) return <p className="muted">No audiences yet. Create one below, or get recent changes from TikTok.</p>
  return (
    <table className="audience-table" data-testid="audience-list">
      <thead>
        <tr>
          <th scope="col">Audience</th>
          <th scope="col">Kind</th>
          <th scope="col">Data source</th>
          <th scope="col">Matched</th>
          <th scope="col">Reachable with consent (adults)</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {audiences.map((a) => {
          const s = shares.get(a.audience_id)!
          return (
            <tr key={a.audience_id} data-testid={`audience-${a.audience_id}`}>
              <th scope="row">
                {a.custom_audience_name}
                {a.audience_type === 'CUSTOMER_FILE' && a.hashing && (
                  <span className="muted small">
                    {a.hashing.rows.toLocaleString('en-US')} rows hashed here, {a.hashing.bad.toLocaleString('en-US')} bad
                  </span>
                )}
              </th>
              <td>{TYPE_LABELS[a.audience_type]}</td>
              <td>{sourceOf(a, byId)}</td>
              <td className="num">{sizeOf(a)}</td>
              <td>
                <span className="consent-badges">
                  {ESTIMATED_MARKETS.map((m) => (
                    <span key={m} className="consent-badge" title={`${MARKET_LABELS[m]}: share of matched adults the consent steps keep`}>
                      {MARKET_LABELS[m]} {percent(s[m])}
                    </span>
                  ))}
                </span>
              </td>
              <td>{statusOf(a)}</td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
