import type { GeoLookup } from '../domain/validation/context'
import type { Market } from '../markets/markets'
import { COUNTRIES, REGIONS, type Country } from './geo-data'

/** Validation's interface (shared/domain/validation takes one injected); `geo` below implements it with this dataset. */
export type { GeoLookup }

export interface ResolvedLocation {
  id: string
  name: string
  country: Country
  /** Share of the country's users this location holds (1 for the country itself). */
  share: number
}

const countryById = new Map(COUNTRIES.map((c) => [c.id, c]))
const regionById = new Map(REGIONS.map((r) => [r.id, r]))

export const geo: GeoLookup & { name(id: string): string } = {
  parentOf: (id) => regionById.get(id)?.parentId,
  name: (id) => countryById.get(id)?.name ?? regionById.get(id)?.name ?? `unknown location ${id}`,
}

/** Walks up to the country; undefined when the id is not in Adwright's list. */
export function resolveLocation(id: string): ResolvedLocation | undefined {
  let share = 1
  let cur = id
  for (let depth = 0; depth < 8; depth++) {
    const country = countryById.get(cur)
    if (country) return { id, name: geo.name(id), country, share }
    const region = regionById.get(cur)
    if (!region) return undefined
    share *= region.share
    cur = region.parentId
  }
  return undefined
}

/** Market of a country by GeoNames id (decided in shared/markets/market-of.ts); null if the id is unknown. */
export function marketOfCountry(countryId: string): Market | null {
  return countryById.get(countryId)?.market ?? null
}

/** Market of any known location (region → its country's); null if the id is unknown. */
export function marketOfLocation(id: string): Market | null {
  return resolveLocation(id)?.country.market ?? null
}

/** Drops locations already covered by a selected ancestor (US + California counts the US once). */
export function withoutCovered(ids: readonly string[], lookup: GeoLookup = geo): string[] {
  const selected = new Set(ids)
  const out: string[] = []
  for (const id of selected) {
    let covered = false
    for (let p = lookup.parentOf(id), depth = 0; p !== undefined && depth < 8 && !covered; p = lookup.parentOf(p), depth++) {
      covered = selected.has(p)
    }
    if (!covered) out.push(id)
  }
  return out
}

export const ALL_LOCATIONS: ReadonlyArray<{ id: string; name: string; parentId: string | null }> = [
  ...COUNTRIES.map((c) => ({ id: c.id, name: c.name, parentId: null })),
  ...REGIONS.map((r) => ({ id: r.id, name: r.name, parentId: r.parentId })),
]

/**
 * The locations an ad group targets, wherever TikTok put them: manual ad groups
 * carry `location_ids` at the top level; Upgraded Smart+ ad groups nest them in
 * `targeting_spec`, and zip-code-only targeting has none (notes tiktok-api-2026.md
 * §2 and §3). Downloaded read-only objects are stored as TikTok sent them, so
 * their shape is not the draft schema's.
 */
export function targetedLocationIds(adgroup: object): string[] {
  const g = adgroup as { location_ids?: unknown; targeting_spec?: { location_ids?: unknown } }
  const ids = Array.isArray(g.location_ids) ? g.location_ids : Array.isArray(g.targeting_spec?.location_ids) ? g.targeting_spec.location_ids : []
  return ids.filter((id): id is string => typeof id === 'string')
}
