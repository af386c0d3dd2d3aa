/**
 * Downloads Results from the Marketing API: report/integrated/get split into
 * the 30-day windows TikTok allows with stat_time_day and paged through
 * page_info, the entities' names, and the advertiser's pixels.
 */
import { splitRange, type DateRange } from '#shared/results/date-range'
import { summarizePixel, type PixelSummary } from '#shared/results/pixel-events'
import { LEVEL_QUERY, parseReportRows, REPORT_METRICS, type ResultLevel, type ResultRow } from '#shared/results/report-rows'
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
  plan: { advertiserId: string; level: ResultLevel; range: DateRange; pageSize?: number },
  onProgress: (done: number, total: number) => void = () => {},
): Promise<FetchedResults> {
  const windows = splitRange(plan.range)
  const total = windows.length + 2
  let done = 0
  const step = () => onProgress(++done, total)
  const { dataLevel, idDimension } = LEVEL_QUERY[plan.level]

  const rows: ResultRow[] = []
  const missing = new Set<string>()
  // One window at a time: the client's rate limiter paces requests anyway, and a failure stops early.
  for (const w of windows) {
    const apiRows = await fetchAll(
      client.reportPages({
        advertiser_id: plan.advertiserId,
        data_level: dataLevel,
        dimensions: [idDimension, 'stat_time_day', 'country_code', 'placement'],
        metrics: REPORT_METRICS,
        start_date: w.from,
        end_date: w.to,
        page_size: plan.pageSize,
      }),
    )
    const parsed = parseReportRows(apiRows, plan.level)
    rows.push(...parsed.rows)
    for (const m of parsed.missingMetrics) missing.add(m)
    step()
  }
  const entityNames = await namesOf(client, plan.advertiserId, plan.level)
  step()
  const pixels = (await fetchAll(client.pixelPages(plan.advertiserId))).map(summarizePixel)
  step()
  return { rows, missingMetrics: [...missing].sort(), entityNames, pixels }
}
