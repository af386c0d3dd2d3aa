import type { Audience } from '../audiences/schemas'
import type { Targeting } from '../domain/entities'
import type { Placement } from '../domain/enums'
import { resolveConsent, type ConsentOverrides, type ResolvedConsent } from '../markets/consent'
import { ESTIMATED_MARKETS, isEstimated, type EstimatedMarket } from '../markets/markets'
import { geo, resolveLocation, withoutCovered, type ResolvedLocation } from '../targeting/geo'
import { PLACEMENT_INFO, deliversIn, effectivePlacements } from '../targeting/placements'
import { GENDER_SHARE, adultAgeShare, languageShare, networkShare, osShare, priceShare, teensFor } from './demographics'
import { audienceSteps } from './audience-steps'
import { interestCoverage, type InterestCoverage } from './interest-union'
import { explainMarket } from './reasons'
import { describeStep } from './step-labels'
import { toRange } from './stage'
import type { MarketEstimate, ReachEstimate, Reason, StepKey, TargetingStepKey, WaterfallStep } from './types'

/** An ad group's targeting as reach reads it, its included and excluded audiences too. */
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
  | 'audience_ids'
  | 'excluded_audience_ids'
>

/** The advertiser's audiences, by id, that `audience_ids` and `excluded_audience_ids` refer to. */
export type AudienceCatalogue = ReadonlyMap<string, Audience>
const NO_AUDIENCES: AudienceCatalogue = new Map()

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
  audiences: ResolvedAudiences,
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
  const extra = audienceSteps({
    market,
    locations,
    consent,
    totalBase: audiences.totalBase,
    operating_systems: t.operating_systems,
    included: audiences.included,
    excluded: audiences.excluded,
    unknownIncluded: audiences.unknownIncluded,
    byId: audiences.catalogue,
    interestsTargeted: coverage.personalised,
  })
  const [first] = extra
  if (first?.key === 'audiences')
    scale(
      'audiences',
      (i) => first.adult[i]!,
      (i) => first.teen[i]!,
    )
  // Audiences are personalised delivery: in-app consent applies to them as to interests, once.
  const personalised = coverage.personalised || first?.key === 'audiences'
  const adultConsent = personalised ? consent.interests.value : consent.broad.value
  const teenConsent = personalised ? consent.minors.value : consent.broad.value
  scale(
    'consent',
    () => adultConsent,
    () => teenConsent,
  )
  for (const s of extra)
    if (s.key !== 'audiences')
      scale(
        s.key,
        (i) => s.adult[i]!,
        (i) => s.teen[i]!,
      )
  // Cross-app delivery of an audience needs its people matched in the publisher app: the personalised path.
  scale(
    'placements',
    (i) => placementFactor(placements, locations[i]!.country.iso, personalised, consent, false),
    (i) => placementFactor(placements, locations[i]!.country.iso, personalised, consent, true),
  )

  const waterfall: WaterfallStep[] = []
  const audienceText = new Map(extra.map((s) => [s.key as StepKey, { label: s.label, detail: s.detail, sources: s.sources }]))
  const ctx = { market, t, locations, coverage, consent, placements, personalised }
  let before = 0
  // Steps in the order they were applied (a Map keeps insertion order).
  for (const [key, remaining] of totals) {
    const factor = key === 'base' ? 1 : before > 0 ? remaining / before : 1
    waterfall.push({ key, factor, remaining, ...(audienceText.get(key) ?? describeStep(key as TargetingStepKey, ctx)) })
    before = remaining
  }
  const base = totals.get('base') ?? 0
  // The point estimate is the product of the steps, so the waterfall always adds up to what is shown.
  const audience = waterfall.reduce((n, s) => (s.key === 'base' ? s.remaining : n * s.factor), 0)
  const estimate: MarketEstimate = { market, locationNames: locations.map((l) => l.name), waterfall, ...toRange(audience, base) }
  const countries = [...new Set(locations.map((l) => l.country))]
  return { estimate, reasons: explainMarket(estimate, t, { consent, coverage, countries, audiencesIncluded: first?.key === 'audiences' }) }
}

/**
 * Estimates an ad group's reach per market from its targeting and placements,
 * with the advertiser's consent overrides. Pure and deterministic.
 */
export function estimateReach(t: ReachInput, overrides: ConsentOverrides = {}, catalogue: AudienceCatalogue = NO_AUDIENCES): ReachEstimate {
  const byMarket = new Map<EstimatedMarket, ResolvedLocation[]>()
  const unsupported: Array<{ id: string; name: string }> = []
  for (const id of withoutCovered(t.location_ids)) {
    const loc = resolveLocation(id)
    const market = loc?.country.market
    if (!loc || !market || !isEstimated(market)) unsupported.push({ id, name: geo.name(id) })
    else byMarket.set(market, [...(byMarket.get(market) ?? []), loc])
  }
  const audiences = resolveAudiences(t, catalogue, byMarket)
  const results = ESTIMATED_MARKETS.filter((m) => byMarket.has(m)).map((m) => estimateMarket(m, byMarket.get(m)!, t, overrides, audiences))
  const markets = results.map((r) => r.estimate)
  const audience = markets.reduce((n, m) => n + m.audience, 0)
  const possible = markets.reduce((n, m) => n + m.possible, 0)
  return {
    markets,
    total: toRange(audience, possible),
    unsupported,
    reasons: [...results.flatMap((r) => r.reasons), ...unsupported.map(unsupportedReason), ...audiences.unknown.map(unknownAudienceReason)],
    modelled: true,
    tiktok: null,
  }
}

const unsupportedReason = (u: { id: string; name: string }): Reason => ({
  market: null,
  text: `${u.name}: not estimated — Adwright covers East Asia (cross-app test), the US and the EU/EEA only.`,
  source: 'adwright-model',
})

/** The ad group's audiences from the catalogue, and everyone 13+ its matched people are spread over. */
interface ResolvedAudiences {
  catalogue: AudienceCatalogue
  included: Audience[]
  excluded: Audience[]
  unknownIncluded: string[]
  unknown: string[]
  totalBase: number
}

function resolveAudiences(t: ReachInput, catalogue: AudienceCatalogue, byMarket: Map<EstimatedMarket, ResolvedLocation[]>): ResolvedAudiences {
  const unknown: string[] = []
  const pick = (ids: readonly string[] = []) =>
    [...new Set(ids)].flatMap((id) => {
      const a = catalogue.get(id)
      if (!a) unknown.push(id)
      return a ? [a] : []
    })
  const included = pick(t.audience_ids)
  const unknownIncluded = [...unknown]
  const excluded = pick(t.excluded_audience_ids)
  let totalBase = 0
  if (included.length || excluded.length)
    for (const [market, locs] of byMarket)
      for (const l of locs) {
        const adults = l.country.adults * 1e6 * l.share
        totalBase += adults + teensFor(adults, market)
      }
  return { catalogue, included, excluded, unknownIncluded, unknown, totalBase }
}

const unknownAudienceReason = (id: string): Reason => ({
  market: null,
  text: `Audience ${id} is not among this advertiser’s audiences: included, it counts as no one; excluded, it removes no one. Download audiences again or remove it.`,
  source: 'tiktok-custom-audience-api',
})
