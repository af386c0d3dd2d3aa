import type { Audience } from '../audiences/schemas'
import type { ResolvedConsent } from '../markets/consent'
import type { EstimatedMarket } from '../markets/markets'
import type { SourceId } from '../markets/sources'
import type { ResolvedLocation } from '../targeting/geo'
import type { OperatingSystem } from '../domain/enums'
import { isEstimatedSize, matchedSize } from '../audiences/origin'
import { consentPaths, partsOf, type AudiencePart, type ConsentPath } from './audience-paths'
import type { AudienceStepKey, WaterfallStep } from './types'

/**
 * The waterfall steps custom audiences add to one market. Including audiences narrows the
 * audience to their union (people in any of them), taken as independent of the other
 * targeting; each consent limit on off-TikTok data is then its own step, applied to the
 * off-TikTok parts only, so an in-app engagement audience is never cut by them. Excluding
 * removes the excluded audiences' consented, matched people. Step factors telescope: their
 * product is exactly the consented union's share, whatever the mix of audiences.
 */
export interface AudienceStep extends Pick<WaterfallStep, 'label' | 'detail' | 'sources'> {
  key: AudienceStepKey
  /** Factor per location, adults and 13–17. */
  adult: number[]
  teen: number[]
}

export interface AudienceStepContext {
  market: EstimatedMarket
  locations: readonly ResolvedLocation[]
  consent: ResolvedConsent
  totalBase: number
  operating_systems: readonly OperatingSystem[]
  included: readonly Audience[]
  excluded: readonly Audience[]
  /** Included ids the catalogue does not know: they count as no one (TikTok would refuse them). */
  unknownIncluded: readonly string[]
  byId: ReadonlyMap<string, Audience>
  /** Interests or behaviours are targeted too, so the Consent & law step applies in-app consent anyway. */
  interestsTargeted: boolean
}

function union(parts: readonly AudiencePart[], teen: boolean, n: number): number[] {
  const out: number[] = []
  for (let i = 0; i < n; i++) {
    let none = 1
    for (const p of parts) none *= 1 - (teen ? p.teenShare[i]! : p.share[i]!)
    out.push(1 - none)
  }
  return out
}

const ratio = (after: number[], before: number[]) => after.map((a, i) => (before[i]! > 0 ? a / before[i]! : 1))

/** In place (this runs per keystroke); a part whose teen shares are its adult shares (one array) is scaled once. */
function applyPath(parts: AudiencePart[], path: ConsentPath) {
  const f = path.factor
  for (const p of parts) {
    if (!p.offTikTok) continue
    const { share, teenShare } = p
    for (let i = 0; i < share.length; i++) share[i]! *= f[i]!
    if (teenShare !== share) for (let i = 0; i < teenShare.length; i++) teenShare[i]! *= f[i]!
  }
}

const pct = (n: number) => `${Math.round(n * 1000) / 10}%`
const range = (xs: number[]) => {
  const lo = Math.min(...xs)
  const hi = Math.max(...xs)
  return lo === hi ? pct(lo) : `${pct(lo)}–${pct(hi)}`
}
// Intl (toLocaleString) costs microseconds a call, and this runs on every keystroke for every audience.
const people = (n: number) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')

/** Audiences are the catalogue's own objects, the same on every estimate: each is described once. */
const described = new WeakMap<Audience, string>()
function describeAudience(a: Audience): string {
  let text = described.get(a)
  if (text === undefined) described.set(a, (text = describeOnce(a)))
  return text
}

function describeOnce(a: Audience): string {
  if (a.audience_type === 'LOOKALIKE') return `${a.custom_audience_name} (lookalike, ${a.lookalike_spec.audience_size.toLowerCase()})`
  const size = matchedSize(a)
  const matched = !size ? 'not matched yet' : isEstimatedSize(a) ? `about ${people(size)} matched, estimated` : `${people(size)} matched`
  return `${a.custom_audience_name} (${a.audience_type.toLowerCase().replace('_', ' ')}, ${matched})`
}

function pathText(path: ConsentPath, c: AudienceStepContext): Pick<AudienceStep, 'label' | 'detail'> {
  const v = c.consent
  const yours = (o: { overridden: boolean }) => (o.overridden ? ' (your setting)' : '')
  switch (path.key) {
    case 'partner-data':
      if (v.offApp.overridden)
        return { label: 'Off-app data (your figure)', detail: `${pct(v.offApp.value)} of off-TikTok audiences, replacing the modelled factors` }
      if (c.market === 'EU' && (c.interestsTargeted || c.included.length + c.unknownIncluded.length > 0))
        return { label: 'Partner-data consent', detail: `EU consent counted once, in Consent & law; ${pct(path.factor[0]!)} kept here` }
      return { label: 'Partner-data opt-out', detail: `${pct(v.partnerData.value)} have not opted out of partner data${yours(v.partnerData)}` }
    case 'att':
      return {
        label: 'iOS tracking (ATT)',
        detail: `iOS users who allow tracking in TikTok: ${pct(v.attTikTok.value)}${yours(v.attTikTok)}; kept ${range(path.factor)}`,
      }
    case 'advertiser-consent': {
      const cookies = c.included.some((a) => a.audience_type === 'WEBSITE_TRAFFIC')
      return {
        label: cookies ? 'Site consent (cookies)' : 'Advertiser consent',
        detail: `${pct(v.advertiserConsent.value)} consent on your site or app${cookies ? ', cookies included (one consent, counted once)' : ''}${yours(v.advertiserConsent)}`,
      }
    }
    case 'korea-identity':
      return {
        label: 'Korea: identity-linked consent',
        detail: `${pct(v.identityConsent.value)} gave prior consent (Korean users only)${yours(v.identityConsent)}`,
      }
  }
}

export function audienceSteps(c: AudienceStepContext): AudienceStep[] {
  const including = c.included.length + c.unknownIncluded.length > 0
  if (!including && !c.excluded.length) return []
  const n = c.locations.length
  const excludedIds = new Set(c.excluded.map((a) => a.audience_id))
  const partCtx = { market: c.market, locations: c.locations, totalBase: c.totalBase, operating_systems: c.operating_systems, byId: c.byId }
  // An audience both included and excluded delivers to no one (and the conflict rule says so).
  const inc = c.included.filter((a) => !excludedIds.has(a.audience_id)).flatMap((a) => partsOf(a, partCtx))
  const exc = c.excluded.flatMap((a) => partsOf(a, partCtx))
  const steps: AudienceStep[] = []
  const pathCtx = {
    market: c.market,
    locations: c.locations,
    consent: c.consent,
    operating_systems: c.operating_systems,
    inAppConsentApplied: c.interestsTargeted || including,
  }
  const paths = consentPaths(pathCtx)
  if (including) {
    let adult = union(inc, false, n)
    let teen = union(inc, true, n)
    steps.push({
      key: 'audiences',
      adult,
      teen,
      label: 'Custom audiences',
      detail: `In any of: ${[...c.included.map(describeAudience), ...c.unknownIncluded.map((id) => `${id} (unknown: no one)`)].join('; ')}. Matched people spread over the ad group’s locations (modelled)`,
      sources: c.included.some((a) => a.audience_type === 'LOOKALIKE' || isEstimatedSize(a))
        ? ['tiktok-custom-audience-api', 'adwright-model']
        : ['tiktok-custom-audience-api'],
    })
    if (inc.some((p) => p.offTikTok)) {
      for (const path of paths) {
        applyPath(inc, path)
        const a2 = union(inc, false, n)
        const t2 = union(inc, true, n)
        steps.push({ key: path.key, adult: ratio(a2, adult), teen: ratio(t2, teen), sources: path.sources, ...pathText(path, c) })
        adult = a2
        teen = t2
      }
    }
  }
  if (c.excluded.length) {
    for (const path of paths) applyPath(exc, path)
    const sources: SourceId[] = ['tiktok-custom-audience-api', ...(exc.some((p) => p.offTikTok) ? paths.flatMap((p) => p.sources) : [])]
    steps.push({
      key: 'excluded',
      adult: union(exc, false, n).map((u) => 1 - u),
      teen: union(exc, true, n).map((u) => 1 - u),
      label: 'Excluded audiences',
      detail: `Not in: ${c.excluded.map(describeAudience).join('; ')} (their consented, matched people)`,
      sources: [...new Set(sources)],
    })
  }
  return steps
}
