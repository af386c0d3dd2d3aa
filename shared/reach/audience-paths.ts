import type { LookalikeSize } from '../audiences/kinds'
import { matchedSize, originIsOffTikTok } from '../audiences/origin'
import type { Audience } from '../audiences/schemas'
import type { ResolvedConsent } from '../markets/consent'
import type { EstimatedMarket } from '../markets/markets'
import type { SourceId } from '../markets/sources'
import type { ResolvedLocation } from '../targeting/geo'
import type { OperatingSystem } from '../domain/enums'
import { iosShareOf } from './demographics'

/**
 * The people of one audience, per location of a market, and the consent path their data
 * takes. A lookalike has two parts: the people TikTok finds with its in-app signals, and
 * (with include_source) its seed, which keeps the seed's own path.
 */
export interface AudiencePart {
  audienceId: string
  /** Share of each location's base (13+) in this part, before consent. */
  share: number[]
  /** The same for 13–17-year-olds, once TikTok's teen rules are applied. */
  teenShare: number[]
  /** Off-TikTok data: partner opt-out, ATT, the advertiser's consent and Korea's rule apply. */
  offTikTok: boolean
}

/**
 * Lookalike sizes as a share of a country's base. TikTok publishes no figures for NARROW,
 * BALANCED and BROAD; these are Adwright's estimates, labelled so wherever they show.
 */
export const LOOKALIKE_SHARE: Record<LookalikeSize, number> = { NARROW: 0.02, BALANCED: 0.05, BROAD: 0.1 }

export interface PartContext {
  market: EstimatedMarket
  locations: readonly ResolvedLocation[]
  /** Everyone 13+ in all the ad group's estimated locations: a matched audience is spread over them. */
  totalBase: number
  operating_systems: readonly OperatingSystem[]
  byId: ReadonlyMap<string, Audience>
}

function teenShares(share: number[], offTikTokOrigin: boolean, market: EstimatedMarket): number[] {
  // No ads from off-TikTok data to 13–17 in the US and the EU (tiktok-teens-off-app); East Asia has no such rule.
  return offTikTokOrigin && market !== 'EAST_ASIA_TEST' ? share.map(() => 0) : share
}

function osFactor(os: 'ALL' | 'ANDROID' | 'IOS', l: ResolvedLocation, market: EstimatedMarket): number {
  if (os === 'ALL') return 1
  const ios = iosShareOf(l.country, market).share
  return os === 'IOS' ? ios : 1 - ios
}

export function partsOf(a: Audience, c: PartContext): AudiencePart[] {
  const origin = originIsOffTikTok(a, c.byId)
  if (a.audience_type !== 'LOOKALIKE') {
    const s = c.totalBase > 0 ? Math.min(1, matchedSize(a) / c.totalBase) : 0
    const share = c.locations.map(() => s)
    return [{ audienceId: a.audience_id, share, teenShare: teenShares(share, origin, c.market), offTikTok: origin }]
  }
  const spec = a.lookalike_spec
  const share = c.locations.map((l) =>
    spec.location_ids.includes(l.country.id) ? LOOKALIKE_SHARE[spec.audience_size] * osFactor(spec.mobile_os, l, c.market) : 0,
  )
  const parts: AudiencePart[] = [{ audienceId: a.audience_id, share, teenShare: teenShares(share, origin, c.market), offTikTok: false }]
  const seed = c.byId.get(spec.source_audience_id)
  if (spec.include_source && seed && seed.audience_type !== 'LOOKALIKE')
    parts.push(...partsOf(seed, c).map((p) => ({ ...p, audienceId: a.audience_id })))
  return parts
}

/** One consent limit on off-TikTok parts: its factor per location, and its source. */
export interface ConsentPath {
  key: 'partner-data' | 'att' | 'advertiser-consent' | 'korea-identity'
  factor: number[]
  sources: SourceId[]
}

export interface PathContext {
  market: EstimatedMarket
  locations: readonly ResolvedLocation[]
  consent: ResolvedConsent
  operating_systems: readonly OperatingSystem[]
  /** The Consent & law step already applied in-app (GDPR) consent, so the EU's is not counted again. */
  inAppConsentApplied: boolean
}

const isKorea = (l: ResolvedLocation) => l.country.iso === 'KR'

/** Share of this location's remaining audience on iOS, given the ad group's OS targeting. */
function iosOfAudience(l: ResolvedLocation, market: EstimatedMarket, os: readonly OperatingSystem[]): number {
  const set = new Set(os)
  if (set.size === 1) return set.has('IOS') ? 1 : 0
  return iosShareOf(l.country, market).share
}

/**
 * The off-app formula of the notes (markets-and-consent.md §5), one factor per step:
 * (1 − optout_partner) × [(1 − p_iOS) + p_iOS × ATT_tt] × adv_consent, with Korea's
 * prior consent in place of adv_consent for Korean users. An advertiser's own off-app
 * figure (Settings) replaces all four with itself.
 */
export function consentPaths(c: PathContext): ConsentPath[] {
  const { consent, locations, market } = c
  if (consent.offApp.overridden) return [{ key: 'partner-data', factor: locations.map(() => consent.offApp.value), sources: [consent.offApp.source] }]
  // In the EU partner data needs the same consent as personalised ads: when that step already counted it,
  // only those who consent to one but not the other (if the advertiser set them apart) are lost here.
  const partner =
    market === 'EU' && c.inAppConsentApplied
      ? Math.min(1, consent.interests.value > 0 ? consent.partnerData.value / consent.interests.value : 0)
      : consent.partnerData.value
  const paths: ConsentPath[] = [
    { key: 'partner-data', factor: locations.map(() => partner), sources: [consent.partnerData.source] },
    {
      key: 'att',
      factor: locations.map((l) => {
        const p = iosOfAudience(l, market, c.operating_systems)
        return 1 - p + p * consent.attTikTok.value
      }),
      sources: [...new Set([...locations.map((l) => iosShareOf(l.country, market).source), consent.attTikTok.source])],
    },
    {
      key: 'advertiser-consent',
      factor: locations.map((l) => (isKorea(l) ? 1 : consent.advertiserConsent.value)),
      sources: [consent.advertiserConsent.source],
    },
  ]
  if (locations.some(isKorea))
    paths.push({
      key: 'korea-identity',
      factor: locations.map((l) => (isKorea(l) ? consent.identityConsent.value : 1)),
      sources: [consent.identityConsent.source],
    })
  return paths
}
