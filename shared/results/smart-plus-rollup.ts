/**
 * Upgraded Smart+ ads in Results. TikTok reports a Smart+ ad one row per creative under `ad_id` (the creative's
 * `ad_material_id`) and as one row under `ad_id_v2` (notes tiktok-api-2026.md §2 "Reports"). Adwright shows ads, so
 * when it has to read the per-creative rows — a report that leaves `ad_id_v2` blank for some ads — it rolls each
 * creative's rows into its ad here. Pure, so the fetcher, the CLI and the tests share it.
 */
import { METRIC_KEYS, type ResultRow } from './report-rows'

/** Creative id (`ad_material_id`) → its Smart+ ad's id, from the Smart+ ads' creative lists. */
export type CreativeAdMap = ReadonlyMap<string, string>

/** Smart+ ad id → the `ad_material_id` of each of its creatives. */
export type SmartPlusCreatives = Record<string, string[]>

export function creativeAdMap(ads: SmartPlusCreatives): CreativeAdMap {
  const map = new Map<string, string>()
  for (const [adId, creatives] of Object.entries(ads)) for (const c of creatives) map.set(c, adId)
  return map
}

/**
 * The rows with each creative's figures summed into its ad: one row per ad, day, breakdown and key. Rows of other
 * ads pass through unchanged, in their order.
 */
export function rollUpCreatives(rows: readonly ResultRow[], creatives: CreativeAdMap): ResultRow[] {
  const out: ResultRow[] = []
  const merged = new Map<string, ResultRow>()
  for (const row of rows) {
    const adId = creatives.get(row.entityId)
    if (adId === undefined) {
      out.push(row)
      continue
    }
    const key = JSON.stringify([adId, row.day, row.dimension, row.key])
    const into = merged.get(key)
    if (into) {
      for (const m of METRIC_KEYS) into.metrics[m] += row.metrics[m]
    } else {
      const copy: ResultRow = { ...row, entityId: adId, metrics: { ...row.metrics } }
      merged.set(key, copy)
      out.push(copy)
    }
  }
  return out
}
