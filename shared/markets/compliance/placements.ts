import type { Placement } from '#shared/domain/enums'
import type { Country } from '#shared/targeting/geo-data'
import { PLACEMENT_INFO, deliversIn } from '#shared/targeting/placements'
import { MARKET_LABELS } from '../markets'
import { locationsByMarket, type ComplianceRule } from './rule'

const CROSS_APP: Placement[] = ['PLACEMENT_PANGLE', 'PLACEMENT_GLOBAL_APP_BUNDLE']

/** Chosen by hand (NORMAL); automatic placement simply skips where a placement does not deliver. */
const chosenCrossApp = (a: { placement_type: string; placements: Placement[] }) =>
  a.placement_type === 'PLACEMENT_TYPE_NORMAL' ? CROSS_APP.filter((p) => a.placements.includes(p)) : []

const deliversAnywhere = (p: Placement, countries: readonly Country[]) => countries.some((c) => deliversIn(p, c.iso))

export const CROSS_APP_US_EU: ComplianceRule = {
  id: 'compliance.cross-app.us-eu',
  severity: 'warning',
  summary: 'Pangle and the Global App Bundle do not deliver in the US or the EU/EEA.',
  source: 'tiktok-pangle-locations',
  check(a, ctx) {
    const byMarket = locationsByMarket(a, ctx)
    const blocked = (['US', 'EU'] as const).filter((m) => byMarket.has(m))
    if (!blocked.length) return []
    const countries = [...byMarket.values()].flat().map((l) => l.country)
    const where = blocked.map((m) => MARKET_LABELS[m]).join(' and ')
    return chosenCrossApp(a).map((p) =>
      deliversAnywhere(p, countries)
        ? {
            field: 'placements',
            message: `${PLACEMENT_INFO[p].label} is unavailable in ${where}: it adds no one there, only in the ad group’s other countries.`,
          }
        : {
            field: 'placements',
            severity: 'error' as const,
            message: `${PLACEMENT_INFO[p].label} is unavailable in ${where}, and this ad group has no location where it delivers. Remove it, or move the cross-app countries into their own ad group.`,
          },
    )
  },
}

export const CROSS_APP_LISTED_COUNTRIES: ComplianceRule = {
  id: 'compliance.cross-app.listed-countries',
  severity: 'error',
  summary: 'A cross-app placement needs at least one location where it delivers (Global App Bundle: BR, ID, VN, PH, TH, MY, MX, SA, JP).',
  source: 'tiktok-gab-locations',
  check(a, ctx) {
    const countries = a.location_ids.map((id) => ctx.resolveLocation(id)?.country).filter((c) => c !== undefined)
    // US and EU locations are the rule above's to report.
    if (!countries.length || countries.some((c) => c.market === 'US' || c.market === 'EU')) return []
    return chosenCrossApp(a)
      .filter((p) => !deliversAnywhere(p, countries))
      .map((p) => ({
        field: 'placements',
        message: `${PLACEMENT_INFO[p].label} delivers in none of this ad group’s locations (${countries.map((c) => c.name).join(', ')}); TikTok will refuse it. Remove it or add a country where it runs.`,
      }))
  },
}

export const ACTIONS_TIKTOK_ONLY: ComplianceRule = {
  id: 'compliance.actions.tiktok-only',
  severity: 'error',
  summary: 'Behaviour (action) targeting needs TikTok as the only placement.',
  source: 'tiktok-actions-placement',
  check(a) {
    if (!a.actions.length) return []
    const only = a.placement_type === 'PLACEMENT_TYPE_NORMAL' && a.placements.length > 0 && a.placements.every((p) => p === 'PLACEMENT_TIKTOK')
    if (only) return []
    return [
      {
        field: 'actions',
        message:
          'Video, creator and hashtag interactions can be targeted only when TikTok is the sole placement. Choose “TikTok” alone, or remove the behaviours.',
      },
    ]
  },
}
