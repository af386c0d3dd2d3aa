/**
 * What adgroup/create and adgroup/update check of the audiences and Pangle packages an ad group
 * names. Fields: audience_ids, excluded_audience_ids, included_/excluded_pangle_audience_package_ids
 * ([SDK] java_sdk/docs/AdgroupCreateBody.md, AdgroupUpdateBody.md; notes tiktok-api-2026.md §4).
 */
import { ApiFailure, paramError, stringArray } from './handler-kit'
import { audiencesOf, PANGLE_PACKAGES } from './audience-store'
import type { SandboxState } from './sandbox-state'

/**
 * An included audience needs at least 1,000 matched people (notes editor-anchors.md, Audience [T9]).
 * Excluding a smaller one is not refused: nothing documents a floor for exclusions.
 */
export const MIN_INCLUDED_AUDIENCE = 1000

export function checkAdGroupAudiences(p: Record<string, unknown>, state: SandboxState, advertiserId: string) {
  const own = new Map(audiencesOf(state, advertiserId).map((a) => [a.audience_id, a]))
  for (const field of ['audience_ids', 'excluded_audience_ids'] as const) {
    for (const id of stringArray(p, field) ?? []) {
      // The ids come from the advertiser's own /dmp/custom_audience/list/ (notes tiktok-api-2026.md §4).
      const a = own.get(id)
      if (!a) throw new ApiFailure(40002, `${field}: Audience ${id} does not exist for this advertiser.`)
      if (field === 'audience_ids' && a.cover_num < MIN_INCLUDED_AUDIENCE)
        throw paramError(field, `Audience ${id} has ${a.cover_num} matched users; at least ${MIN_INCLUDED_AUDIENCE} are needed.`)
    }
  }
  // Each package's bind_type says which list takes it (pangle_audience_package_get.yml; notes tiktok-api-2026.md §4).
  // No Pangle placement is not refused: a package "will not affect traffic for other placements" (the same yml).
  for (const [field, bind] of [
    ['included_pangle_audience_package_ids', 'INCLUDE'],
    ['excluded_pangle_audience_package_ids', 'EXCLUDE'],
  ] as const) {
    for (const id of stringArray(p, field) ?? []) {
      const pkg = PANGLE_PACKAGES.find((x) => x.package_id === id)
      if (!pkg) throw new ApiFailure(40002, `${field}: Pangle audience package ${id} does not exist.`)
      if (pkg.bind_type !== bind) throw paramError(field, `Package ${id} has bind_type ${pkg.bind_type}; only ${bind} packages go here.`)
    }
  }
}
