import type { Targeting } from '../domain/entities'
import type { Placement } from '../domain/enums'
import { resolveConsent, type ConsentOverrides, type ResolvedConsent } from '../markets/consent'
import { MARKETS, type Market } from '../markets/markets'
import { geo, resolveLocation, withoutCovered, type ResolvedLocation } from '../targeting/geo'
import { PLACEMENT_INFO, deliversIn, effectivePlacements } from '../targeting/placements'
import {
  GENDER_SHARE,
  adultAgeShare,
  languageShare,
  networkShare,
  osShare,
  priceShare,
  teensFor,
} from './demographics'
import { interestCoverage, type InterestCoverage } from './interest-union'
import { explainMarket } from './reasons'
import { describeStep } from './step-labels'
import { toRange } from './stage'
import type { MarketEstimate, ReachEstimate, Reason, StepKey, WaterfallStep } from './types'

export type ReachInput = Pick<
  Targeting,
  | 'placement_type'
  | 'placements'
  | 'location_ids'
  | 'age_groups'
  | 'gender'
  | 'languages'
  | 'interest_category_ids'
  | 'interest_keyword_ids'
  | 'actions'
  | 'operating_systems'
  | 'network_types'
  | 'device_price_ranges'
>

const STEP_ORDER: StepKey[] = ['base', 'age', 'gender', 'language', 'devices', 'interests', 'consent', 'placements']

/** The running audience of one location, split by age because consent treats minors differently. */
interface Slice {
  adults: number
  teens: number
}

/** Extra people cross-app placements add per TikTok user in a country (0 if none deliver there). */
function placementFactor(placements: Placement[], iso: string, personalised: boolean, consent: ResolvedConsent, minors: boolean) {
  let f = placements.includes('PLACEMENT_TIKTOK') ? 1 : 0
  for (const p of placements) {
    if (p === 'PLACEMENT_TIKTOK' || !deliversIn(p, iso)) continue
    // Broad targeting runs contextually in other apps; personalised delivery needs a device-id match and consent,
    // and publisher apps do not know a user's age, so minors get none of it.
    f += PLACEMENT_INFO[p].extraReach * (personalised ? (minors ? 0 : consent.crossApp.value) : 1)
  }
  return f
}

function estimateMarket(market: Market, locations: ResolvedLocation[], t: ReachInput, overrides: ConsentOverrides): { estimate: MarketEstimate; reasons: Reason[] } {
  const consent = resolveConsent(market, overrides)
  const coverage: InterestCoverage = interestCoverage(t, market)
  const placements = effectivePlacements(t)
  const ages = new Set(t.age_groups)
  const totals = new Map<StepKey, number>()
  const tally = (key: StepKey, slices: Slice[]) => totals.set(key, slices.reduce((s, x) => s + x.adults + x.teens, 0))

  let slices: Slice[] = locations.map((l) => {
    const adults = l.country.adults * 1e6 * l.share
    return { adults, teens: teensFor(adults, market) }
  })
  tally('base', slices)
  const adultShare = adultAgeShare(t.age_groups)
  slices = slices.map((s) => ({ adults: s.adults * adultShare, teens: ages.has('AGE_13_17') ? s.teens : 0 }))
  tally('age', slices)
  const scale = (f: (s: Slice, l: ResolvedLocation) => number, key: StepKey) => {
    slices = slices.map((s, i) => {
      const k = f(s, locations[i]!)
      return { adults: s.adults * k, teens: s.teens * k }
    })
    tally(key, slices)
  }
  scale(() => GENDER_SHARE[t.gender], 'gender')
  scale((_, l) => languageShare(l.country, t.languages), 'language')
  scale(
    (_, l) => osShare(l.country, market, t.operating_systems) * networkShare(market, t.network_types) * priceShare(market, t.device_price_ranges),
    'devices',
  )
  scale(() => coverage.share, 'interests')
  slices = slices.map((s) =>
    coverage.personalised
      ? { adults: s.adults * consent.interests.value, teens: s.teens * consent.minors.value }
      : { adults: s.adults * consent.broad.value, teens: s.teens * consent.broad.value },
  )
  tally('consent', slices)
  slices = slices.map((s, i) => {
    const iso = locations[i]!.country.iso
    return {
      adults: s.adults * placementFactor(placements, iso, coverage.personalised, consent, false),
      teens: s.teens * placementFactor(placements, iso, coverage.personalised, consent, true),
    }
  })
  tally('placements', slices)

  const waterfall: WaterfallStep[] = []
  let before = 0
  for (const key of STEP_ORDER) {
    const remaining = totals.get(key) ?? 0
    const factor = key === 'base' ? 1 : before > 0 ? remaining / before : 1
    waterfall.push({ key, factor, remaining, ...describeStep(key, { market, t, locations, coverage, consent, placements }) })
    before = remaining
  }
  const base = totals.get('base') ?? 0
  // The point estimate is the product of the steps, so the waterfall always adds up to what is shown.
  const audience = waterfall.reduce((n, s) => (s.key === 'base' ? s.remaining : n * s.factor), 0)
  const estimate: MarketEstimate = { market, locationNames: locations.map((l) => l.name), waterfall, ...toRange(audience, base) }
  const countries = [...new Set(locations.map((l) => l.country))]
  return { estimate, reasons: explainMarket(estimate, t, { consent, coverage, countries }) }
}

/**
 * Estimates an ad group's reach per market from its targeting and placements,
 * with the advertiser's consent overrides. Pure and deterministic.
 */
export function estimateReach(t: ReachInput, overrides: ConsentOverrides = {}): ReachEstimate {
  const byMarket = new Map<Market, ResolvedLocation[]>()
  const unsupported: Array<{ id: string; name: string }> = []
  for (const id of withoutCovered(t.location_ids)) {
    const loc = resolveLocation(id)
    const market = loc?.country.market
    if (!loc || !market) unsupported.push({ id, name: geo.name(id) })
    else byMarket.set(market, [...(byMarket.get(market) ?? []), loc])
  }
  const results = MARKETS.filter((m) => byMarket.has(m)).map((m) => estimateMarket(m, byMarket.get(m)!, t, overrides))
  const markets = results.map((r) => r.estimate)
  const audience = markets.reduce((n, m) => n + m.audience, 0)
  const possible = markets.reduce((n, m) => n + m.possible, 0)
  return {
    markets,
    total: toRange(audience, possible),
    unsupported,
    reasons: [...results.flatMap((r) => r.reasons), ...unsupported.map(unsupportedReason)],
    modelled: true,
    tiktok: null,
  }
}

const unsupportedReason = (u: { id: string; name: string }): Reason => ({
  market: null,
  text: `${u.name}: not estimated — Adwright covers East Asia (cross-app test), the US and the EU/EEA only.`,
  source: 'adwright-model',
})
