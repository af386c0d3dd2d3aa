/**
 * Read-only sandbox endpoints: targeting tools, audience size and pixels. Parameters each takes:
 * endpoint-params.ts; the rules below name their notes section.
 */
import { estimateAudience } from './audience-model'
import { advertiserOf, pageSlice, paramError, requireFields, stringArray, type Handler } from './handler-kit'
import { reportIntegratedGet } from './report-route'
import { INTEREST_CATEGORIES, LANGUAGES, REGIONS } from './tool-datasets'

/** version 1 | 2 (default 2), placements filter version 2 (notes tiktok-api.md §3 "Targeting helpers", [BUB]). */
const interestCategories: Handler = (ctx) => {
  advertiserOf(ctx)
  const version = String(ctx.params.version ?? '2')
  if (version !== '1' && version !== '2') throw paramError('version', 'Must be 1 or 2.')
  const placements = stringArray(ctx.params, 'placements')
  return {
    interest_categories: INTEREST_CATEGORIES.filter((c) => !placements || placements.some((p) => c.placements.includes(p))),
  }
}

/** placements and objective_type required, level_range ALL | TO_COUNTRY | …, the region_info fields (notes tiktok-api.md §3, [SDK] ToolApi.md). */
const regions: Handler = (ctx) => {
  advertiserOf(ctx)
  requireFields(ctx.params, ['placements', 'objective_type'])
  stringArray(ctx.params, 'placements')
  const level = String(ctx.params.level_range ?? 'ALL')
  if (level !== 'ALL' && level !== 'TO_COUNTRY' && level !== 'TO_PROVINCE') throw paramError('level_range', `Unsupported value ${level}.`)
  return {
    region_info: REGIONS.filter((r) => level !== 'TO_COUNTRY' || r.level === 'COUNTRY').map((r) => ({
      location_id: r.location_id,
      name: r.name,
      parent_id: r.parent_id,
      region_code: r.region_code,
      next_level_ids: REGIONS.filter((c) => c.parent_id === r.location_id).map((c) => c.location_id),
      area_type: 'ADMIN',
      level: r.level,
      support_below_18: r.support_below_18,
    })),
  }
}

/** `languages[{code, name}]` (notes tiktok-api.md §3). */
const languages: Handler = (ctx) => {
  advertiserOf(ctx)
  return { languages: LANGUAGES }
}

/** objective_type and optimization_goal required (notes tiktok-api.md §3 "Audience size estimate", DOC 1740302379236353). */
const audience: Handler = (ctx) => {
  advertiserOf(ctx)
  requireFields(ctx.params, ['objective_type', 'optimization_goal'])
  return estimateAudience(ctx.params)
}

/** pixel/list pages at most 20 pixels, order_by EARLIEST_CREATE | LATEST_CREATE (notes tiktok-api.md §2, §4 "Pixel"; [SDK] pixel_list.yml). */
const pixels: Handler = (ctx) => {
  const advertiserId = advertiserOf(ctx)
  const order = ctx.params.order_by ?? 'EARLIEST_CREATE'
  const mine = ctx.state.data.pixels.filter((px) => px.advertiser_id === advertiserId)
  if (order === 'LATEST_CREATE') mine.reverse()
  const { list, page_info } = pageSlice(ctx.params, mine, 20, 20)
  // The sandbox's own switch (sandbox-state.ts) is not part of TikTok's answer.
  return { pixels: list.map(({ advertiser_id: _a, sandbox_quiet_since: _q, ...px }) => px), page_info }
}

export const INFO_ROUTES: Record<string, { method: 'GET' | 'POST'; handler: Handler; write: boolean }> = {
  '/tool/interest_category/': { method: 'GET', handler: interestCategories, write: false },
  '/tool/region/': { method: 'GET', handler: regions, write: false },
  '/tool/language/': { method: 'GET', handler: languages, write: false },
  '/ad/audience_size/estimate/': { method: 'POST', handler: audience, write: false },
  '/pixel/list/': { method: 'GET', handler: pixels, write: false },
  '/report/integrated/get/': { method: 'GET', handler: reportIntegratedGet, write: false },
}
