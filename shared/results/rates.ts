/**
 * Rates from summed figures. A rate over several rows is always the ratio of
 * the sums (total spend ÷ total conversions), never the average of per-row
 * rates, which would weigh a day with one click like a day with a thousand.
 */
import { FUNNEL_EVENTS, type PixelEvent } from './pixel-events'
import type { MetricKey } from './report-rows'

export type Sums = Record<MetricKey, number>

export interface Rates {
  /** clicks ÷ impressions */
  ctr: number | null
  /** spend ÷ clicks */
  cpc: number | null
  /** spend ÷ impressions × 1000 */
  cpm: number | null
  /** spend ÷ conversions */
  cpa: number | null
  /** purchase value ÷ spend */
  roas: number | null
  /** conversions ÷ clicks */
  cvr: number | null
}

/** null where the denominator is 0: "no data" must not read as 0 % or ∞. */
const ratio = (a: number, b: number) => (b === 0 ? null : a / b)

export function ratesOf(s: Sums): Rates {
  return {
    ctr: ratio(s.clicks, s.impressions),
    cpc: ratio(s.spend, s.clicks),
    cpm: s.impressions === 0 ? null : (s.spend / s.impressions) * 1000,
    cpa: ratio(s.spend, s.conversions),
    roas: ratio(s.value, s.spend),
    cvr: ratio(s.conversions, s.clicks),
  }
}

export interface FunnelStep {
  event: PixelEvent
  count: number
  /** Share of the previous step that reached this one; null for the first step or after a step with none. */
  fromPrevious: number | null
  /** Share of the first step. */
  fromFirst: number | null
}

export function funnelOf(s: Sums): FunnelStep[] {
  const first = s[FUNNEL_EVENTS[0]]
  return FUNNEL_EVENTS.map((event, i) => ({
    event,
    count: s[event],
    fromPrevious: i === 0 ? null : ratio(s[event], s[FUNNEL_EVENTS[i - 1]!]),
    fromFirst: ratio(s[event], first),
  }))
}
