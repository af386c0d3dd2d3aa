import { MARKET_LABELS } from '#shared/markets/markets'
import { STAGE_LABELS } from '#shared/reach/stage'
import type { MarketEstimate } from '#shared/reach/types'
import { peopleShort, rangeText } from './format'

/** One bar per market, scaled to the largest, so the buyer sees where the people are. */
export function MarketBars({ markets }: { markets: MarketEstimate[] }) {
  const max = Math.max(1, ...markets.map((m) => m.audience))
  return (
    <ul className="market-bars" aria-label="Reach by market">
      {markets.map((m) => (
        <li key={m.market} data-testid={`market-${m.market}`}>
          <div className="market-bar-head">
            <strong>{MARKET_LABELS[m.market]}</strong>
            <span className="muted">{m.locationNames.join(', ')}</span>
          </div>
          <div className="market-bar-track" aria-hidden="true">
            <span className="market-bar-fill" style={{ width: `${(m.audience / max) * 100}%` }} />
          </div>
          <div className="market-bar-figures">
            <span className="market-range">{rangeText(m.lower_end, m.upper_end)} people</span>
            <span className={`stage-pill stage-${m.stage}`}>{STAGE_LABELS[m.stage]}</span>
            <span className="muted">about {peopleShort(m.audience)}</span>
          </div>
        </li>
      ))}
    </ul>
  )
}
