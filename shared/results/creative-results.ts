/**
 * The per-creative view of an Upgraded Smart+ ad: its figures per creative from /smart_plus/material_report/overview/
 * (notes tiktok-api-2026.md §2 "Reports"), asked for by Smart+ ad and main material. Pure, so the back end, the CLI
 * and the tests share it.
 */
import { parseMetric, ReportFormatError, type ApiReportRow } from './report-rows'

/** The overview's dimensions: the Smart+ ad and the creative's main material (video, image or post id). */
export const CREATIVE_DIMENSIONS = ['smart_plus_ad_id', 'main_material_id'] as const

/** The figures asked for, by TikTok's metric names ([SDK] SppReportMetrics lists each). */
const SOURCE = {
  spend: 'spend',
  impressions: 'impressions',
  clicks: 'clicks',
  conversions: 'conversion',
  purchases: 'complete_payment',
  // TikTok's total purchase value, despite the name (as in report-rows.ts).
  value: 'total_complete_payment_rate',
} as const
export const CREATIVE_METRICS = Object.values(SOURCE)
export type CreativeFigure = keyof typeof SOURCE

export interface CreativeResult {
  /** The creative's main material id as TikTok reports it (a video id, an image's web_uri, a post's item id). */
  materialId: string
  figures: Record<CreativeFigure, number>
}

export interface CreativeResults {
  adId: string
  rows: CreativeResult[]
  /** Metrics TikTok left blank in some rows (counted as 0). */
  missingMetrics: string[]
}

export function parseCreativeRows(adId: string, rows: readonly ApiReportRow[]): CreativeResults {
  const missing = new Set<string>()
  const parsed = rows
    .filter((r) => r.dimensions.smart_plus_ad_id === undefined || r.dimensions.smart_plus_ad_id === adId)
    .map((r): CreativeResult => {
      const materialId = r.dimensions.main_material_id
      if (!materialId) throw new ReportFormatError('A creative row has no main_material_id')
      const figures = {} as Record<CreativeFigure, number>
      for (const [key, metric] of Object.entries(SOURCE) as Array<[CreativeFigure, string]>) {
        let n: number | null
        try {
          n = parseMetric(r.metrics[metric])
        } catch (error) {
          throw new ReportFormatError(`${metric}: ${(error as Error).message}`)
        }
        if (n === null) missing.add(metric)
        figures[key] = n ?? 0
      }
      return { materialId, figures }
    })
  return { adId, rows: parsed, missingMetrics: [...missing].sort() }
}
