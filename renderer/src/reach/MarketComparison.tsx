import { useMemo } from 'react'
import { checkCompliance, COMPLIANCE_RULES } from '#shared/markets/compliance/check'
import { DEFAULT_COMPLIANCE_CONTEXT } from '#shared/markets/compliance/rule'
import type { ConsentOverrides } from '#shared/markets/consent'
import { ESTIMATED_MARKETS, MARKET_LABELS, type EstimatedMarket } from '#shared/markets/markets'
import { estimateReach, type ReachInput } from '#shared/reach/estimate'
import { STAGE_LABELS } from '#shared/reach/stage'
import { geo, marketOfLocation } from '#shared/targeting/geo'
import { factorWords, rangeText } from './format'
import { useAudienceStore } from '../audiences/use-audience-store'
import './reach.css'

/** Where a market has no selected location, the comparison uses its largest-known example country. */
export const EXAMPLE_LOCATION: Record<EstimatedMarket, string> = { EAST_ASIA_TEST: '1861060', US: '6252001', EU: '2921044' }

function inMarket(t: ReachInput, market: EstimatedMarket): { targeting: ReachInput; example: boolean } {
  const own = t.location_ids.filter((id) => marketOfLocation(id) === market)
  return own.length
    ? { targeting: { ...t, location_ids: own }, example: false }
    : { targeting: { ...t, location_ids: [EXAMPLE_LOCATION[market]] }, example: true }
}

const SUMMARY = new Map(COMPLIANCE_RULES.map((r) => [r.id, r.summary]))

/** The same targeting in each of the three markets, side by side. */
export function MarketComparison({ targeting, overrides }: { targeting: ReachInput; overrides?: ConsentOverrides }) {
  const catalogue = useAudienceStore((s) => s.byId)
  const columns = useMemo(
    () =>
      ESTIMATED_MARKETS.map((market) => {
        const { targeting: t, example } = inMarket(targeting, market)
        const m = estimateReach(t, overrides, catalogue).markets[0]!
        const problems = checkCompliance(
          { adgroup_id: 'local-compare', adgroup_name: 'Comparison', ...t },
          { ...DEFAULT_COMPLIANCE_CONTEXT, audiences: catalogue },
        )
        const step = (key: string) => m.waterfall.find((s) => s.key === key)!.factor
        return { market, example, m, problems, consent: step('consent'), placements: step('placements') }
      }),
    [targeting, overrides, catalogue],
  )
  return (
    <section className="card market-comparison" aria-labelledby="compare-h" data-testid="market-comparison">
      <h2 id="compare-h">Same targeting in each market</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Market</th>
            <th scope="col">Reach</th>
            <th scope="col">Size</th>
            <th scope="col">Consent & law</th>
            <th scope="col">Placements</th>
            <th scope="col">Rule problems</th>
          </tr>
        </thead>
        <tbody>
          {columns.map((c) => (
            <tr key={c.market} data-testid={`compare-${c.market}`}>
              <th scope="row">
                {MARKET_LABELS[c.market]}
                <span className="muted small">{c.example ? `e.g. ${geo.name(EXAMPLE_LOCATION[c.market])}` : c.m.locationNames.join(', ')}</span>
              </th>
              <td className="num">{rangeText(c.m.lower_end, c.m.upper_end)}</td>
              <td>
                <span className={`stage-pill stage-${c.m.stage}`}>{STAGE_LABELS[c.m.stage]}</span>
              </td>
              <td>{factorWords(c.consent)}</td>
              <td>{factorWords(c.placements)}</td>
              <td className={c.problems.some((p) => p.severity === 'error') ? 'bad' : ''}>
                {c.problems.length ? [...new Set(c.problems.map((p) => SUMMARY.get(p.ruleId)))].join(' ') : 'None'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
