/**
 * Downloads Results from the Marketing API: report/integrated/get split into
 * the 30-day windows TikTok allows with stat_time_day and paged through
 * page_info — per window the BASIC report by country and one AUDIENCE report
 * per audience breakdown (placement, age, gender, platform), as
 * shared/results/report-types.ts says — then the entities' names and the
 * advertiser's pixels.
 */
import { splitRange, type DateRange } from '#shared/results/date-range'
import { summarizePixel, type PixelSummary } from '#shared/results/pixel-events'
import { LEVEL_QUERY, parseReportRows, type ResultLevel, type ResultRow } from '#shared/results/report-rows'
import { BREAKDOWN_REPORT, REPORT_TYPE_SPECS, RESULT_DIMENSIONS, type ResultDimension } from '#shared/results/report-types'
import { fetchAll, type TikTokClient } from '../tiktok-api/client'

export type ResultsClient = Pick<TikTokClient, 'reportPages' | 'pixelPages' | 'campaignPages' | 'adgroupPages' | 'adPages'>

export interface FetchedResults {
  rows: ResultRow[]
  missingMetrics: string[]
  entityNames: Record<string, string>
  pixels: PixelSummary[]
}

async function namesOf(client: ResultsClient, advertiserId: string, level: ResultLevel): Promise<Record<string, string>> {
  if (level === 'campaign')
    return Object.fromEntries((await fetchAll(client.campaignPages(advertiserId))).map((c) => [c.campaign_id, c.campaign_name]))
  if (level === 'adgroup') return Object.fromEntries((await fetchAll(client.adgroupPages(advertiserId))).map((g) => [g.adgroup_id, g.adgroup_name]))
  return Object.fromEntries((await fetchAll(client.adPages(advertiserId))).map((a) => [a.ad_id, a.ad_name]))
}

export async function fetchResults(
  client: ResultsClient,
  plan: {
    advertiserId: string
    level: ResultLevel
    range: DateRange
    pageSize?: number
    /** The breakdowns to download (all by default); the CLI asks for one. */
    dimensions?: readonly ResultDimension[]
  },
  onProgress: (done: number, total: number) => void = () => {},
): Promise<FetchedResults> {
  const windows = splitRange(plan.range)
  const dimensions = plan.dimensions ?? RESULT_DIMENSIONS
  const total = windows.length * dimensions.length + 2
  let done = 0
  const step = () => onProgress(++done, total)
  const { dataLevel, idDimension } = LEVEL_QUERY[plan.level]

  const rows: ResultRow[] = []
  const missing = new Set<string>()
  // One request at a time: the client's rate limiter paces requests anyway, and a failure stops early.
  for (const w of windows) {
    for (const dimension of dimensions) {
      const { reportType, apiDimension } = BREAKDOWN_REPORT[dimension]
      const apiRows = await fetchAll(
        client.reportPages({
          advertiser_id: plan.advertiserId,
          report_type: reportType,
          data_level: dataLevel,
          dimensions: [idDimension, 'stat_time_day', apiDimension],
          metrics: [...REPORT_TYPE_SPECS[reportType].metrics],
          start_date: w.from,
          end_date: w.to,
          page_size: plan.pageSize,
        }),
      )
      const parsed = parseReportRows(apiRows, plan.level, dimension)
      rows.push(...parsed.rows)
      for (const m of parsed.missingMetrics) missing.add(m)
      step()
    }
  }
  const entityNames = await namesOf(client, plan.advertiserId, plan.level)
  step()
  const pixels = (await fetchAll(client.pixelPages(plan.advertiserId))).map(summarizePixel)
  step()
  return { rows, missingMetrics: [...missing].sort(), entityNames, pixels }
}
