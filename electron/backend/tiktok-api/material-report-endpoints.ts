/**
 * `/smart_plus/material_report/overview/`: an Upgraded Smart+ ad's figures per creative (notes tiktok-api-2026.md §2
 * "Reports"; [SDK] yml_files/smart_plus_material_report_overview.yml: exactly two dimensions, page_size ≤ 100,
 * `filtering` an object with `smart_plus_ad_ids` ≤ 200). The spec does not describe a row: one may come as
 * report/integrated/get's `{dimensions, metrics}` or with every field at the top, so both are read, into the first.
 */
import { z } from 'zod'
import { paginate } from './pagination'
import { pageOf, ReportRowSchema, type ReportRow } from './response-schemas'
import type { Transport } from './transport'

export const MATERIAL_PAGE_SIZE = 100

export interface MaterialOverviewQuery {
  advertiser_id: string
  /** Two of TikTok's overview dimensions, e.g. `smart_plus_ad_id` and `main_material_id`. */
  dimensions: [string, string]
  metrics: string[]
  start_date: string
  end_date: string
  filtering?: { campaign_ids?: string[]; adgroup_ids?: string[]; smart_plus_ad_ids?: string[]; main_material_ids?: string[] }
}

const value = z.union([z.string(), z.number()]).transform(String)
const MaterialRowSchema = z.union([ReportRowSchema, z.record(z.string(), value)])

/** A row in report/integrated/get's shape, whichever shape it came in. */
export function asReportRow(row: z.infer<typeof MaterialRowSchema>, dimensions: readonly string[]): ReportRow {
  if ('dimensions' in row && typeof row.dimensions === 'object') return row as ReportRow
  const flat = row as Record<string, string>
  const dims = Object.fromEntries(dimensions.filter((d) => d in flat).map((d) => [d, flat[d]!]))
  const metrics = Object.fromEntries(Object.entries(flat).filter(([k]) => !dimensions.includes(k)))
  return { dimensions: dims, metrics }
}

export function materialReportEndpoints(t: Transport) {
  return {
    materialOverviewPages: (query: MaterialOverviewQuery) =>
      paginate('/smart_plus/material_report/overview/', async (page) => {
        const data = await t.request({
          method: 'GET',
          path: '/smart_plus/material_report/overview/',
          params: { ...query, page, page_size: MATERIAL_PAGE_SIZE },
          data: pageOf(MaterialRowSchema),
          idempotent: true,
        })
        return { items: data.list.map((r) => asReportRow(r, query.dimensions)), page_info: data.page_info }
      }),
  }
}
