import type { Placement } from '../domain/enums'
import type { ResolvedConsent } from '../markets/consent'
import { MARKET_PROFILES, type EstimatedMarket } from '../markets/markets'
import type { SourceId } from '../markets/sources'
import type { ResolvedLocation } from '../targeting/geo'
import { PLACEMENT_INFO } from '../targeting/placements'
import { AGE_LABELS, AGE_SOURCES } from './demographics'
import type { ReachInput } from './estimate'
import type { InterestCoverage } from './interest-union'
import type { TargetingStepKey, WaterfallStep } from './types'

export interface StepContext {
  market: EstimatedMarket
  t: ReachInput
  locations: ResolvedLocation[]
  coverage: InterestCoverage
  consent: ResolvedConsent
  placements: Placement[]
  /** Interests, behaviours or included audiences: delivery is personalised, so in-app consent applies. */
  personalised: boolean
}

const GENDER_WORDS = { GENDER_UNLIMITED: 'All genders', GENDER_FEMALE: 'Women', GENDER_MALE: 'Men' } as const

const unique = (ids: SourceId[]) => [...new Set(ids)]

function ageDetail(t: ReachInput): string {
  if (!t.age_groups.length) return '18+ (TikTok’s default when no age is chosen)'
  const list = [...new Set(t.age_groups)]
    .sort()
    .map((g) => AGE_LABELS[g])
    .join(', ')
  return t.age_groups.includes('AGE_13_17') ? list : `${list} (13–17 left out)`
}

function deviceDetail(t: ReachInput): string {
  const parts: string[] = []
  if (new Set(t.operating_systems).size === 1) parts.push(t.operating_systems[0] === 'IOS' ? 'iOS only' : 'Android only')
  if (t.network_types.length) parts.push(t.network_types.join('/'))
  if (t.device_price_ranges.length >= 2) parts.push(`priced ${t.device_price_ranges.join('–')} USD`)
  return parts.length ? parts.join(', ') : 'Any device'
}

type Described = Pick<WaterfallStep, 'label' | 'detail' | 'sources'>

export function describeStep(key: TargetingStepKey, c: StepContext): Described {
  const { t } = c
  switch (key) {
    case 'base':
      return {
        label: 'Base audience',
        detail: `TikTok users 13+ in ${c.locations.map((l) => l.name).join(', ')}`,
        sources: unique([...c.locations.map((l) => l.country.adultsSource), MARKET_PROFILES[c.market].teenShareSource]),
      }
    case 'age':
      return { label: 'Age', detail: ageDetail(t), sources: AGE_SOURCES }
    case 'gender':
      return { label: 'Gender', detail: GENDER_WORDS[t.gender], sources: ['datareportal-age-gender-2025'] }
    case 'language':
      return { label: 'Language', detail: t.languages.length ? t.languages.join(', ') : 'Any language', sources: ['adwright-model'] }
    case 'devices': {
      const ios = new Set(t.operating_systems).size === 1
      const sources: SourceId[] = ios ? c.locations.map((l) => l.country.ios?.source ?? MARKET_PROFILES[c.market].iosShareSource) : []
      if (t.network_types.length || t.device_price_ranges.length) sources.push('adwright-model')
      return { label: 'Devices', detail: deviceDetail(t), sources: unique(sources) }
    }
    case 'interests': {
      const n = t.interest_category_ids.length + t.interest_keyword_ids.length + t.actions.reduce((s, a) => s + a.action_category_ids.length, 0)
      return {
        label: 'Interests & behaviours',
        detail: c.coverage.personalised ? `${n} selected, overlap counted once (modelled)` : 'None: broad targeting',
        sources: c.coverage.personalised ? ['adwright-model'] : [],
      }
    }
    case 'consent': {
      const v = c.personalised ? c.consent.interests : c.consent.broad
      const pct = Math.round(v.value * 100)
      return {
        label: 'Consent & law',
        detail: c.personalised
          ? `Personalised: ${pct}% of adults${v.overridden ? ' (your override)' : ''}` +
            (t.age_groups.includes('AGE_13_17') ? `; 13–17: ${Math.round(c.consent.minors.value * 100)}%` : '')
          : `Broad targeting: ${pct}% reachable`,
        sources: unique([v.source, ...(c.personalised && t.age_groups.includes('AGE_13_17') ? [c.consent.minors.source] : [])]),
      }
    }
    case 'placements':
      return {
        label: 'Placements',
        detail: c.placements.map((p) => PLACEMENT_INFO[p].label).join(' + ') || 'None',
        // TikTok itself changes nothing; only cross-app placements have a number to source.
        sources: unique(c.placements.filter((p) => p !== 'PLACEMENT_TIKTOK').map((p) => PLACEMENT_INFO[p].source)),
      }
  }
}
