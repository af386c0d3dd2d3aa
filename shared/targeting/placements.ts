import type { Placement, PlacementType } from '../domain/enums'
import type { SourceId } from '../markets/sources'

/**
 * Where each placement delivers. TikTok delivers in every supported country;
 * Pangle (TikTok Ad Network) and the Global App Bundle (CapCut, Fizzo) only in
 * their listed countries — never the US or the EU/EEA.
 */
export interface PlacementInfo {
  label: string
  /** ISO codes where it delivers; 'all' for TikTok itself. */
  countries: 'all' | ReadonlySet<string>
  source: SourceId
  /**
   * Extra people a cross-app placement adds on top of TikTok in a country where
   * it delivers, as a share of the TikTok audience (modelled: no published figure).
   */
  extraReach: number
}

export const PLACEMENT_INFO: Record<Placement, PlacementInfo> = {
  PLACEMENT_TIKTOK: { label: 'TikTok', countries: 'all', source: 'tiktok-audience-size', extraReach: 0 },
  PLACEMENT_PANGLE: {
    label: 'Pangle (TikTok Ad Network)',
    // APAC list from TikTok's help page; its MEA, LatAm, CA, AU/NZ entries that Adwright knows of are included.
    countries: new Set(['KH', 'ID', 'JP', 'KR', 'MY', 'PH', 'SG', 'LK', 'TW', 'TH', 'VN', 'CA', 'AU', 'BR', 'MX', 'SA']),
    source: 'tiktok-pangle-locations',
    extraReach: 0.35,
  },
  PLACEMENT_GLOBAL_APP_BUNDLE: {
    label: 'Global App Bundle (CapCut, Fizzo)',
    countries: new Set(['BR', 'ID', 'VN', 'PH', 'TH', 'MY', 'MX', 'SA', 'JP']),
    source: 'tiktok-gab-locations',
    extraReach: 0.12,
  },
}

export const deliversIn = (placement: Placement, iso: string): boolean => {
  const c = PLACEMENT_INFO[placement].countries
  return c === 'all' || c.has(iso)
}

/** The placements an ad group asks for: automatic means every placement, wherever it delivers. */
export function effectivePlacements(t: { placement_type: PlacementType; placements: readonly Placement[] }): Placement[] {
  if (t.placement_type === 'PLACEMENT_TYPE_AUTOMATIC') return ['PLACEMENT_TIKTOK', 'PLACEMENT_PANGLE', 'PLACEMENT_GLOBAL_APP_BUNDLE']
  return [...new Set(t.placements)]
}
