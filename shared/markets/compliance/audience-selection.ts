import type { Audience } from '#shared/audiences/schemas'
import type { ComplianceContext, ComplianceRule, Finding } from './rule'

/**
 * TikTok's own rules on the audiences and Pangle packages an ad group selects
 * ([SDK] dmp_custom_audience_lookalike_create.yml, pangle_audience_package_get.yml;
 * notes tiktok-api-2026.md §4). Checked here so they block posting before TikTok refuses.
 */

/** A lookalike's source needs at least 100 people (dmp_custom_audience_lookalike_create.yml, source_audience_id). */
export const LOOKALIKE_MIN_SOURCE = 100

/**
 * An included audience needs at least 1,000 matched people before TikTok delivers to it (notes
 * editor-anchors.md, Audience [T9]: a third-party destination's documentation; no API text found).
 */
export const AUDIENCE_MIN_MATCHED = 1000

const NONE: ReadonlyMap<string, Audience> = new Map()
const nameOf = (id: string, ctx: ComplianceContext) => ctx.audiences?.get(id)?.custom_audience_name ?? id

export const AUDIENCE_CONFLICTS: ComplianceRule = {
  id: 'compliance.audiences.include-exclude-conflict',
  severity: 'error',
  summary: 'An audience or Pangle package cannot be both included and excluded.',
  source: 'tiktok-custom-audience-api',
  check(a, ctx) {
    const both = (inc: readonly string[] = [], exc: readonly string[] = []) => inc.filter((id) => exc.includes(id))
    const audiences = both(a.audience_ids, a.excluded_audience_ids).map((id): Finding => ({
      field: 'excluded_audience_ids',
      message: `“${nameOf(id, ctx)}” is both included and excluded, so the ad group would reach no one in it. Keep it in one list only.`,
    }))
    const packages = both(a.included_pangle_audience_package_ids, a.excluded_pangle_audience_package_ids).map((id): Finding => ({
      field: 'excluded_pangle_audience_package_ids',
      message: `Pangle package ${id} is both included and excluded. Keep it in one list only.`,
    }))
    return [...audiences, ...packages]
  },
}

export const AUDIENCE_MINIMUM_SIZE: ComplianceRule = {
  id: 'compliance.audiences.minimum-size',
  severity: 'error',
  summary: `An included custom audience needs at least ${AUDIENCE_MIN_MATCHED.toLocaleString('en-US')} matched people.`,
  source: 'tiktok-audience-minimum-size',
  check(a, ctx) {
    const byId = ctx.audiences ?? NONE
    return (a.audience_ids ?? []).flatMap((id): Finding[] => {
      const x = byId.get(id)
      // A lookalike's size is TikTok's to find; a size not matched yet (null) is TikTok's to decide when it matches.
      if (!x || x.audience_type === 'LOOKALIKE' || x.cover_num === null || x.cover_num >= AUDIENCE_MIN_MATCHED) return []
      return [
        {
          field: 'audience_ids',
          message: `“${x.custom_audience_name}” has ${x.cover_num.toLocaleString('en-US')} matched people; TikTok needs at least ${AUDIENCE_MIN_MATCHED.toLocaleString('en-US')} to deliver to an audience. Add people to it, or remove it.`,
        },
      ]
    })
  },
}

export const LOOKALIKE_SOURCE: ComplianceRule = {
  id: 'compliance.audiences.lookalike-source',
  severity: 'error',
  summary: `A lookalike needs a source audience of at least ${LOOKALIKE_MIN_SOURCE} people that is not itself a lookalike.`,
  source: 'tiktok-custom-audience-api',
  check(a, ctx) {
    const byId = ctx.audiences ?? NONE
    return (['audience_ids', 'excluded_audience_ids'] as const).flatMap((field) =>
      (a[field] ?? []).flatMap((id): Finding[] => {
        const x = byId.get(id)
        if (x?.audience_type !== 'LOOKALIKE') return []
        const seed = byId.get(x.lookalike_spec.source_audience_id)
        if (seed?.audience_type === 'LOOKALIKE')
          return [
            {
              field,
              message: `Lookalike “${x.custom_audience_name}” is built on another lookalike; TikTok refuses that. Build it on the original audience.`,
            },
          ]
        // cover_num null = not matched yet: TikTok decides when it matches.
        if (seed && seed.cover_num !== null && seed.cover_num < LOOKALIKE_MIN_SOURCE)
          return [
            {
              field,
              message: `Lookalike “${x.custom_audience_name}” comes from “${seed.custom_audience_name}”, which has ${seed.cover_num} matched people; TikTok needs at least ${LOOKALIKE_MIN_SOURCE}. Use a larger source audience.`,
            },
          ]
        return []
      }),
    )
  },
}

export const PANGLE_PACKAGES_NEED_PANGLE: ComplianceRule = {
  id: 'compliance.audiences.pangle-packages',
  severity: 'error',
  summary: 'Pangle audience packages apply only when Pangle is a placement.',
  source: 'tiktok-pangle-audience-package',
  check(a) {
    const ids = [...(a.included_pangle_audience_package_ids ?? []), ...(a.excluded_pangle_audience_package_ids ?? [])]
    // Automatic placement may deliver on Pangle, so the package can apply there.
    if (!ids.length || a.placement_type !== 'PLACEMENT_TYPE_NORMAL' || a.placements.includes('PLACEMENT_PANGLE')) return []
    return [
      {
        field: a.included_pangle_audience_package_ids?.length ? 'included_pangle_audience_package_ids' : 'excluded_pangle_audience_package_ids',
        message: `Pangle audience packages (${ids.join(', ')}) only affect the Pangle placement, which this ad group does not use. Add Pangle, or remove the packages.`,
      },
    ]
  },
}
