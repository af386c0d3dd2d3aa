import type { Targeting } from '../domain/entities'
import type { Placement } from '../domain/enums'
import { resolveConsent, type ConsentOverrides, type ResolvedConsent } from '../markets/consent'
import { ESTIMATED_MARKETS, isEstimated, type EstimatedMarket } from '../markets/markets'
import { geo, resolveLocation, withoutCovered, type ResolvedLocation } from '../targeting/geo'
import { PLACEMENT_INFO, deliversIn, effectivePlacements } from '../targeting/placements'
import { GENDER_SHARE, adultAgeShare, languageShare, networkShare, osShare, priceShare, teensFor } from './demographics'
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

function estimateMarket(
  market: EstimatedMarket,
  locations: ResolvedLocation[],
  t: ReachInput,
  overrides: ConsentOverrides,
): { estimate: MarketEstimate; reasons: Reason[] } {
  const consent = resolveConsent(market, overrides)
  const coverage: InterestCoverage = interestCoverage(t, market)
  const placements = effectivePlacements(t)
  const totals = new Map<StepKey, number>()
  // One running audience per location, split by age because consent treats minors differently.
  // Updated in place: an estimate runs on every keystroke, so it allocates as little as it can.
  const adults = locations.map((l) => l.country.adults * 1e6 * l.share)
  const teens = adults.map((a) => teensFor(a, market))
  const tally = (key: StepKey) => {
    let sum = 0
    for (let i = 0; i < adults.length; i++) sum += adults[i]! + teens[i]!
    totals.set(key, sum)
  }
  const scale = (key: StepKey, adultFactor: (i: number) => number, teenFactor: (i: number) => number = adultFactor) => {
    for (let i = 0; i < adults.length; i++) {
      adults[i]! *= adultFactor(i)
      teens[i]! *= teenFactor(i)
    }
    tally(key)
  }

  tally('base')
  const adultShare = adultAgeShare(t.age_groups)
  const teenShare = t.age_groups.includes('AGE_13_17') ? 1 : 0
  scale(
    'age',
    () => adultShare,
    () => teenShare,
  )
  const gender = GENDER_SHARE[t.gender]
  scale('gender', () => gender)
  scale('language', (i) => languageShare(locations[i]!.country, t.languages))
  const sharedDevices = networkShare(market, t.network_types) * priceShare(market, t.device_price_ranges)
  scale('devices', (i) => osShare(locations[i]!.country, market, t.operating_systems) * sharedDevices)
  scale('interests', () => coverage.share)
  const adultConsent = coverage.personalised ? consent.interests.value : consent.broad.value
  const teenConsent = coverage.personalised ? consent.minors.value : consent.broad.value
  scale(
    'consent',
    () => adultConsent,
    () => teenConsent,
  )
  scale(
    'placements',
    (i) => placementFactor(placements, locations[i]!.country.iso, coverage.personalised, consent, false),
    (i) => placementFactor(placements, locations[i]!.country.iso, coverage.personalised, consent, true),
  )

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
  const byMarket = new Map<EstimatedMarket, ResolvedLocation[]>()
  const unsupported: Array<{ id: string; name: string }> = []
  for (const id of withoutCovered(t.location_ids)) {
    const loc = resolveLocation(id)
    const market = loc?.country.market
    if (!loc || !market || !isEstimated(market)) unsupported.push({ id, name: geo.name(id) })
    else byMarket.set(market, [...(byMarket.get(market) ?? []), loc])
  }
  const results = ESTIMATED_MARKETS.filter((m) => byMarket.has(m)).map((m) => estimateMarket(m, byMarket.get(m)!, t, overrides))
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
