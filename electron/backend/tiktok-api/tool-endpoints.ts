/**
 * Read-only endpoints: authorized advertisers, targeting helpers, audience size,
 * pixels and the synchronous report.
 */
import { z } from 'zod'
import type { Targeting } from '#shared/domain/entities'
import type { ReportType } from '#shared/results/report-types'
import { paginate } from './pagination'
import {
  AdvertiserListSchema,
  AudienceSizeSchema,
  InterestCategorySchema,
  LanguageSchema,
  PixelPageSchema,
  RegionSchema,
  ReportRowSchema,
  pageOf,
} from './response-schemas'
import type { Transport } from './transport'

/** pixel/list allows at most 20 per page. */
export const PIXEL_PAGE_SIZE = 20

export interface ReportQuery {
  advertiser_id: string
  /** BASIC unless given; which breakdown needs which report: shared/results/report-types.ts. */
  report_type?: ReportType
  data_level: 'AUCTION_ADVERTISER' | 'AUCTION_CAMPAIGN' | 'AUCTION_ADGROUP' | 'AUCTION_AD'
  dimensions: string[]
  metrics?: string[]
  /** `YYYY-MM-DD`; at most 30 days apart when grouping by stat_time_day. */
  start_date: string
  end_date: string
  filtering?: Array<{ field_name: string; filter_type: string; filter_value: string }>
  page_size?: number
}

export interface AudienceQuery extends Partial<Targeting> {
  objective_type: string
  optimization_goal: string
}

export function toolEndpoints(t: Transport) {
  return {
    /** The advertisers this token may act for. TikTok requires the app's id and secret here; the embedded sandbox does not. */
    getAdvertisers: (app?: { appId: string; secret: string }) =>
      t.request({
        method: 'GET',
        path: '/oauth2/advertiser/get/',
        params: app ? { app_id: app.appId, secret: app.secret } : {},
        data: AdvertiserListSchema,
        idempotent: true,
      }),
    interestCategories: (advertiserId: string, options: { language?: string; placements?: string[] } = {}) =>
      t.request({
        method: 'GET',
        path: '/tool/interest_category/',
        params: { advertiser_id: advertiserId, version: 2, ...options },
        data: z.object({ interest_categories: z.array(InterestCategorySchema) }),
        idempotent: true,
      }),
    regions: (advertiserId: string, query: { placements: string[]; objective_type: string; level_range?: string; language?: string }) =>
      t.request({
        method: 'GET',
        path: '/tool/region/',
        params: { advertiser_id: advertiserId, ...query },
        data: z.object({ region_info: z.array(RegionSchema) }),
        idempotent: true,
      }),
    languages: (advertiserId: string) =>
      t.request({
        method: 'GET',
        path: '/tool/language/',
        params: { advertiser_id: advertiserId },
        data: z.object({ languages: z.array(LanguageSchema) }),
        idempotent: true,
      }),
    audienceSize: (advertiserId: string, query: AudienceQuery) =>
      t.request({
        method: 'POST',
        path: '/ad/audience_size/estimate/',
        params: { ...query, advertiser_id: advertiserId },
        data: AudienceSizeSchema,
        idempotent: true,
      }),
    pixelPages: (advertiserId: string) =>
      paginate('/pixel/list/', async (page) => {
        const data = await t.request({
          method: 'GET',
          path: '/pixel/list/',
          params: { advertiser_id: advertiserId, page, page_size: PIXEL_PAGE_SIZE },
          data: PixelPageSchema,
          idempotent: true,
        })
        return { items: data.pixels, page_info: data.page_info }
      }),
    reportPages: (query: ReportQuery) =>
      paginate('/report/integrated/get/', async (page) => {
        const data = await t.request({
          method: 'GET',
          path: '/report/integrated/get/',
          params: { report_type: 'BASIC', ...query, page, page_size: query.page_size ?? 1000 },
          data: pageOf(ReportRowSchema),
          idempotent: true,
        })
        return { items: data.list, page_info: data.page_info }
      }),
  }
}
