/** Readable names for the placements TikTok reports by. (Markets come from shared/markets.) */
const PLACEMENT_LABELS: Record<string, string> = {
  PLACEMENT_TIKTOK: 'TikTok',
  PLACEMENT_PANGLE: 'Pangle',
  PLACEMENT_GLOBAL_APP_BUNDLE: 'Global App Bundle',
}

export const placementLabel = (placement: string) => PLACEMENT_LABELS[placement] ?? placement
