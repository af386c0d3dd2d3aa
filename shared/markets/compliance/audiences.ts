import type { Audience } from '#shared/audiences/schemas'
import { originIsOffTikTok } from '#shared/audiences/origin'
import type { ResolvedLocation } from '#shared/targeting/geo'
import { MARKET_LABELS } from '../markets'
import { locationsByMarket, namesOf, type ComplianceContext, type ComplianceRule, type ComplianceSubject } from './rule'

/** Market rules on the audiences an ad group includes or excludes. */

const NONE: ReadonlyMap<string, Audience> = new Map()
const catalogueOf = (ctx: ComplianceContext) => ctx.audiences ?? NONE
const nameOf = (id: string, ctx: ComplianceContext) => catalogueOf(ctx).get(id)?.custom_audience_name ?? id
const list = (ids: readonly string[], ctx: ComplianceContext) => ids.map((id) => `“${nameOf(id, ctx)}”`).join(', ')

export const AUDIENCE_MINORS: ComplianceRule = {
  id: 'compliance.audiences.minors',
  severity: 'error',
  summary: 'No custom audiences for ages 13–17 in the US or the EU/EEA (off-TikTok data, and no personalisation of minors).',
  source: 'tiktok-teens-off-app',
  check(a, ctx) {
    const ids = a.audience_ids ?? []
    if (!ids.length || !a.age_groups.includes('AGE_13_17')) return []
    const byMarket = locationsByMarket(a, ctx)
    const byId = catalogueOf(ctx)
    // An audience we cannot see (not downloaded) is taken as off-TikTok: the stricter reading.
    const offTikTok = ids.filter((id) => {
      const x = byId.get(id)
      return !x || originIsOffTikTok(x, byId)
    })
    const inApp = ids.filter((id) => !offTikTok.includes(id))
    return (['US', 'EU'] as const).flatMap((m) => {
      const locs = byMarket.get(m)
      if (!locs) return []
      const why = offTikTok.length
        ? `${list(offTikTok, ctx)} ${offTikTok.length === 1 ? 'is' : 'are'} built from data outside TikTok, which TikTok never uses for teens there`
        : `${list(inApp, ctx)} personalise${inApp.length === 1 ? 's' : ''} delivery, and teens there may only be reached by location, language and device`
      return [
        {
          field: 'audience_ids',
          message: `Ages 13–17 in ${namesOf(locs)} (${MARKET_LABELS[m]}) cannot be targeted with custom audiences: ${why}. Remove 13–17, or put the audiences in an 18+ ad group.`,
        },
      ]
    })
  },
}

/** True when the audience, or a lookalike's seed, was built from special-category events. */
function specialOf(a: Audience | undefined, byId: ReadonlyMap<string, Audience>, depth = 0): string | null {
  if (!a) return null
  if (a.special_category) return a.special_category
  return a.audience_type === 'LOOKALIKE' && depth < 4 ? specialOf(byId.get(a.lookalike_spec.source_audience_id), byId, depth + 1) : null
}

export const EU_SPECIAL_CATEGORY_AUDIENCES: ComplianceRule = {
  id: 'compliance.eu.special-category-audiences',
  severity: 'error',
  summary: 'No audiences built from health, religion, politics or sexuality events in the EU/EEA, included or excluded.',
  source: 'dsa-art-26',
  check(a, ctx) {
    const eu = locationsByMarket(a, ctx).get('EU')
    if (!eu) return []
    const byId = catalogueOf(ctx)
    // Excluding people on such data is still selecting ads by profiling on it.
    return (['audience_ids', 'excluded_audience_ids'] as const).flatMap((field) =>
      (a[field] ?? []).flatMap((id) => {
        const special = specialOf(byId.get(id), byId)
        return special
          ? [
              {
                field,
                message: `“${nameOf(id, ctx)}” is built from ${special} events. In ${namesOf(eu)} ads may not be selected by profiling on such data, even with consent (EU Digital Services Act Art. 26(3)). Remove it, or use it outside the EU only.`,
              },
            ]
          : []
      }),
    )
  },
}

/**
 * The US states with their own privacy laws that Limited Data Use serves; TikTok publishes no
 * list, so the notes take Meta's (markets-and-consent.md §1.2 [25]) as the proxy.
 */
export const LDU_STATES = [
  'California',
  'Colorado',
  'Connecticut',
  'Delaware',
  'Florida',
  'Montana',
  'Nebraska',
  'New Hampshire',
  'New Jersey',
  'Oregon',
  'Texas',
] as const

const ldu = new Set<string>(LDU_STATES)
const eventBased = (a: Audience | undefined, byId: ReadonlyMap<string, Audience>): boolean =>
  !!a &&
  (a.audience_type === 'WEBSITE_TRAFFIC' ||
    a.audience_type === 'APP_ACTIVITY' ||
    (a.audience_type === 'LOOKALIKE' && eventBased(byId.get(a.lookalike_spec.source_audience_id), byId)))

function lduPlaces(locs: readonly ResolvedLocation[]): string | null {
  // The whole country includes every LDU state; a state counts when it is one of them.
  if (locs.some((l) => l.share === 1)) return `the US (${LDU_STATES.join(', ')})`
  const states = locs.filter((l) => ldu.has(l.name)).map((l) => l.name)
  return states.length ? states.join(', ') : null
}

export const US_LIMITED_DATA_USE: ComplianceRule = {
  id: 'compliance.us.limited-data-use',
  severity: 'warning',
  summary: 'Pixel and app-event audiences in US states with privacy laws: events sent with Limited Data Use shrink them.',
  source: 'tiktok-ldu-2023',
  check(a: ComplianceSubject, ctx) {
    const us = locationsByMarket(a, ctx).get('US')
    if (!us) return []
    const places = lduPlaces(us)
    const byId = catalogueOf(ctx)
    const ids = [...(a.audience_ids ?? []), ...(a.excluded_audience_ids ?? [])].filter((id) => eventBased(byId.get(id), byId))
    if (!places || !ids.length) return []
    return [
      {
        field: 'audience_ids',
        message: `${list(ids, ctx)} come${ids.length === 1 ? 's' : ''} from Pixel or app events. In ${places} events from people who opted out are sent with Limited Data Use (limited_data_use: true) and are not used to build audiences, so expect fewer matched people there. Make sure your site and app set it when the user opts out.`,
      },
    ]
  },
}
