import type { AdGroup } from '../entities'
import type { GeoLookup, ValidationContext } from './context'
import type { Reporter } from './report'

export const MAX_LOCATIONS = 3000
/** Guards the ancestor walk against a cyclic or very deep geo dataset. */
const MAX_GEO_DEPTH = 16

/** The first selected location that is an ancestor of `id`, if any. */
function selectedAncestor(id: string, selected: ReadonlySet<string>, geo: GeoLookup): string | undefined {
  let current = geo.parentOf(id)
  for (let depth = 0; current !== undefined && current !== id && depth < MAX_GEO_DEPTH; depth++) {
    if (selected.has(current)) return current
    current = geo.parentOf(current)
  }
  return undefined
}

export function checkLocations(report: Reporter, ag: AdGroup, ctx: ValidationContext): void {
  const ids = ag.location_ids
  if (ids.length === 0) {
    report.error('adgroup.locations.required', 'location_ids', 'select at least one location.')
    return
  }
  if (ids.length > MAX_LOCATIONS)
    report.error(
      'adgroup.locations.too-many',
      'location_ids',
      `TikTok takes at most ${MAX_LOCATIONS.toLocaleString('en-US')} locations (there are ${ids.length.toLocaleString('en-US')}). Split it into several ad groups.`,
    )
  const selected = new Set(ids)
  for (const id of selected) {
    const ancestor = selectedAncestor(id, selected, ctx.geo)
    if (ancestor !== undefined)
      report.error(
        'adgroup.locations.overlap',
        'location_ids',
        `location ${id} lies inside location ${ancestor}, which is also selected. Keep only one of them.`,
      )
  }
}

const isTikTokOnly = (ag: AdGroup) =>
  ag.placement_type === 'PLACEMENT_TYPE_NORMAL' && ag.placements.length === 1 && ag.placements[0] === 'PLACEMENT_TIKTOK'

export function checkPlacements(report: Reporter, ag: AdGroup, ctx: ValidationContext): void {
  if (ag.placement_type === 'PLACEMENT_TYPE_NORMAL' && ag.placements.length === 0)
    report.error('adgroup.placements.required', 'placements', 'with selected placements, choose at least one placement (e.g. TikTok).')

  const before = ctx.downloaded?.adgroup(ag.adgroup_id)
  if (before && before.placement_type !== ag.placement_type)
    report.error(
      'adgroup.placement-type.immutable',
      'placement_type',
      'TikTok does not allow changing between automatic and selected placements after an ad group is created. Undo the change, or duplicate the ad group and change the copy.',
    )

  if (ag.actions.length > 0 && !isTikTokOnly(ag))
    report.error(
      'adgroup.actions.tiktok-only',
      'actions',
      'behaviour targeting works only when TikTok is the sole placement. Select only the TikTok placement, or remove the behaviour targeting.',
    )
}

export function checkDevices(report: Reporter, ag: AdGroup, appPromotion: boolean): void {
  const os = ag.operating_systems.length
  if (appPromotion && os !== 1)
    report.error(
      'adgroup.operating-systems.app-promotion',
      'operating_systems',
      'app promotion needs exactly one operating system (Android or iOS). Use one ad group per platform.',
    )
  else if (os > 1)
    report.error('adgroup.operating-systems.at-most-one', 'operating_systems', 'choose at most one operating system; leave it empty to reach both.')

  const prices = ag.device_price_ranges
  if (prices.length % 2 !== 0 || prices.some((p) => p % 50 !== 0))
    report.error('adgroup.device-price.format', 'device_price_ranges', 'device prices are ranges of a minimum and a maximum, each a multiple of $50.')
}
