import type { ResolvedConsent } from '../markets/consent'
import { MARKET_LABELS } from '../markets/markets'
import type { Country } from '../targeting/geo-data'
import { PLACEMENT_INFO, deliversIn, effectivePlacements } from '../targeting/placements'
import { MODELLED_NOTE } from '../targeting/taxonomy'
import { iosShareOf } from './demographics'
import type { ReachInput } from './estimate'
import type { InterestCoverage } from './interest-union'
import type { MarketEstimate, Reason } from './types'

const pct = (n: number) => `${Math.round(n * 100)}%`
const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1)

/** Plain-language reasons for one market's figure, each with the source of its number. */
export function explainMarket(
  m: MarketEstimate,
  t: ReachInput,
  c: { consent: ResolvedConsent; coverage: InterestCoverage; countries: readonly Country[]; audiencesIncluded?: boolean },
): Reason[] {
  const { consent, coverage, countries } = c
  const market = m.market
  const name = MARKET_LABELS[market]
  const out: Reason[] = []
  const say = (text: string, source: Reason['source']) => out.push({ market, text: `${name}: ${text}`, source })
  const yours = (v: { overridden: boolean; defaultValue: number }) => (v.overridden ? ` (your setting; default ${pct(v.defaultValue)})` : '')

  if (coverage.personalised) {
    const c = consent.interests
    if (c.value < 1) say(`interest targeting reaches ${pct(c.value)} of adults${yours(c)} — ${lower(c.why)}`, c.source)
    say(`interests and behaviours cover ${pct(coverage.share)} of people here. ${MODELLED_NOTE}`, 'adwright-model')
    if (coverage.unknownIds.length) {
      say(`${coverage.unknownIds.join(', ')} not in Adwright’s interest list, counted as no one.`, 'adwright-model')
    }
    if (t.age_groups.includes('AGE_13_17') && consent.minors.value < 1) {
      const c2 = consent.minors
      say(`13–17-year-olds count ${pct(c2.value)} with interest targeting${yours(c2)} — ${lower(c2.why)}`, c2.source)
    }
  } else if (consent.broad.value < 1) {
    say(`broad targeting reaches ${pct(consent.broad.value)}${yours(consent.broad)} — ${lower(consent.broad.why)}`, consent.broad.source)
  }

  if (c.audiencesIncluded) {
    const off = m.waterfall.filter((s) => ['partner-data', 'att', 'advertiser-consent', 'korea-identity'].includes(s.key))
    if (!coverage.personalised && consent.interests.value < 1)
      say(
        `custom audiences are personalised delivery: ${pct(consent.interests.value)} of adults consent${yours(consent.interests)}.`,
        consent.interests.source,
      )
    if (off.length) {
      const kept = off.reduce((n, s) => n * s.factor, 1)
      say(
        `of the audiences’ matched people, consent for off-TikTok data keeps ${pct(kept)} (each limit is its own step above).`,
        off[0]!.sources[0] ?? 'adwright-model',
      )
    }
  }

  // Only when teens actually count here (they do not with interest targeting in the US and EU).
  if (t.age_groups.includes('AGE_13_17') && (!coverage.personalised || consent.minors.value > 0)) {
    say('ages 13–17 are included here; TikTok’s own estimate counts 18+ only, so it will show fewer people.', 'tiktok-audience-size')
  }

  if (new Set(t.operating_systems).size === 1) {
    const os = t.operating_systems[0] === 'IOS' ? 'iOS' : 'Android'
    for (const c of countries) {
      const ios = iosShareOf(c, market)
      say(`${os} is ${pct(os === 'iOS' ? ios.share : 1 - ios.share)} of smartphones in ${c.name}.`, ios.source)
    }
  }

  for (const p of effectivePlacements(t)) {
    if (p === 'PLACEMENT_TIKTOK') continue
    const info = PLACEMENT_INFO[p]
    const where = countries.filter((c) => deliversIn(p, c.iso)).map((c) => c.name)
    if (!where.length) {
      say(`${info.label} adds no one — it does not deliver here.`, info.source)
      continue
    }
    const personal =
      coverage.personalised || c.audiencesIncluded
        ? `, of whom ${pct(consent.crossApp.value)} can get personalised ads there${yours(consent.crossApp)}`
        : ''
    say(`${info.label} adds up to ${pct(info.extraReach)} more people in ${where.join(', ')} (modelled)${personal}.`, info.source)
  }
  return out
}
