/**
 * Conformance, part 3: what every request meets before its endpoint's rules —
 * tokens, QPS, the body's shape, the unknown-field mode — and the rules of the
 * read endpoints (tools, pixels, reports), over plain HTTP.
 */
import { describe, expect, it } from 'vitest'
import { SANDBOX_DEMO_TOKEN } from '#backend/sandbox/server'
import { call, campaignBody, CONFORMANCE_ADVERTISER as ADV, conformanceRows, useConformanceSandbox } from '#test/helpers/sandbox-http'
import type { SandboxRule as Row } from '#test/helpers/sandbox-http'
import { dayAfter } from '#test/helpers/clock'
import { fakeClock, useSandbox } from '#test/helpers/sandbox'

const env = useConformanceSandbox()
const sandbox = useSandbox()
const ERRORS = 'notes tiktok-api.md §2 "Error codes" ([SDK] tiktok_code.py)'
const REPORT = 'notes tiktok-api.md §4 "report/integrated/get" (DOC 1740302848100353)'
const report = (o: Record<string, unknown> = {}) => ({
  advertiser_id: ADV,
  report_type: 'BASIC',
  data_level: 'AUCTION_CAMPAIGN',
  dimensions: ['campaign_id', 'stat_time_day'],
  start_date: dayAfter(-6),
  end_date: dayAfter(0),
  ...o,
})

describe('tokens and the envelope', () => {
  it(`answers a missing token 40104, an unknown one 40105 and an expired one 40102 (${ERRORS})`, async () => {
    const { baseUrl, server } = env()
    const body = { advertiser_id: ADV }
    expect(await call(baseUrl, 'GET', '/campaign/get/', body)).toMatchObject({ code: 0 })
    expect(await call(baseUrl, 'GET', '/campaign/get/', body, '')).toMatchObject({ code: 40104 })
    expect(await call(baseUrl, 'GET', '/campaign/get/', body, 'not-a-token')).toMatchObject({ code: 40105 })
    server.faults.expireTokens()
    try {
      expect(await call(baseUrl, 'GET', '/campaign/get/', body, SANDBOX_DEMO_TOKEN)).toMatchObject({ code: 40102 })
    } finally {
      server.faults.restoreTokens()
    }
  })

  it('answers 40100 past the Basic tier: 10 QPS per endpoint, 5 on /ad/create/ (notes tiktok-api.md §2 "Rate limits")', async () => {
    const server = await sandbox({ clock: fakeClock(), seedDemo: false })
    const codes = async (path: string, n: number) => {
      const out: number[] = []
      for (let i = 0; i < n; i++) out.push((await call(server.baseUrl, path.endsWith('get/') ? 'GET' : 'POST', path, { advertiser_id: ADV })).code)
      return out
    }
    expect(await codes('/campaign/get/', 11)).toEqual([...Array<number>(10).fill(0), 40100])
    // Refused by QPS before its body is looked at: five 40002s (no creatives), then 40100.
    expect(await codes('/ad/create/', 6)).toEqual([...Array<number>(5).fill(40002), 40100])
  })

  it('refuses a body that is not a JSON object, and a GET parameter that is not valid JSON, with 40002', async () => {
    const { baseUrl } = env()
    const res = await fetch(`${baseUrl}/campaign/create/`, { method: 'POST', headers: { 'Access-Token': SANDBOX_DEMO_TOKEN }, body: '[1,2]' })
    expect(await res.json()).toMatchObject({ code: 40002 })
    const get = await fetch(`${baseUrl}/campaign/get/?advertiser_id=${ADV}&filtering=%7Bbroken`, { headers: { 'Access-Token': SANDBOX_DEMO_TOKEN } })
    expect(await get.json()).toMatchObject({ code: 40002, message: expect.stringMatching(/^filtering:/) })
  })

  it('in unknownFields "ignore" mode accepts a parameter TikTok does not list (the undocumented alternative)', async () => {
    const server = await sandbox({ seedDemo: false, unknownFields: 'ignore' })
    const body = campaignBody({ campaign_automation_type: 'MANUAL' })
    expect(await call(server.baseUrl, 'POST', '/campaign/create/', body)).toMatchObject({ code: 0 })
    expect(await call(env().baseUrl, 'POST', '/campaign/create/', body)).toMatchObject({ code: 40002 })
  })
})

const readRows: Row[] = [
  {
    rule: 'tool/region needs placements and objective_type',
    source: 'notes tiktok-api.md §3 ([SDK] ToolApi.md tool_region)',
    path: '/tool/region/',
    accepted: () => ({ advertiser_id: ADV, placements: ['PLACEMENT_TIKTOK'], objective_type: 'TRAFFIC' }),
    refused: () => ({ advertiser_id: ADV, placements: ['PLACEMENT_TIKTOK'] }),
    code: 40002,
    field: 'objective_type',
  },
  {
    rule: 'tool/interest_category version is 1 or 2',
    source: 'notes tiktok-api.md §3 ([BUB])',
    path: '/tool/interest_category/',
    accepted: () => ({ advertiser_id: ADV, version: 1 }),
    refused: () => ({ advertiser_id: ADV, version: 3 }),
    code: 40002,
    field: 'version',
  },
  {
    rule: 'audience size estimate needs objective_type and optimization_goal',
    source: 'notes tiktok-api.md §3 "Audience size estimate" (DOC 1740302379236353)',
    path: '/ad/audience_size/estimate/',
    accepted: () => ({ advertiser_id: ADV, objective_type: 'TRAFFIC', optimization_goal: 'CLICK', location_ids: ['6252001'] }),
    refused: () => ({ advertiser_id: ADV, objective_type: 'TRAFFIC', location_ids: ['6252001'] }),
    code: 40002,
    field: 'optimization_goal',
  },
  {
    rule: 'pixel/list pages at most 20 pixels',
    source: 'notes tiktok-api.md §2 "Pagination" ([SDK] yml_files/pixel_list.yml)',
    path: '/pixel/list/',
    accepted: () => ({ advertiser_id: ADV, page_size: 20 }),
    refused: () => ({ advertiser_id: ADV, page_size: 21 }),
    code: 40002,
    field: 'page_size',
  },
  {
    rule: 'reports need dimensions',
    source: REPORT,
    path: '/report/integrated/get/',
    accepted: () => report(),
    refused: () => report({ dimensions: undefined }),
    code: 40002,
    field: 'dimensions',
  },
  {
    rule: 'report dates are YYYY-MM-DD',
    source: REPORT,
    path: '/report/integrated/get/',
    accepted: () => report(),
    refused: () => report({ start_date: `${dayAfter(-6)} 00:00:00` }),
    code: 40002,
    field: 'start_date',
  },
  {
    rule: 'at most 30 days with stat_time_day',
    source: REPORT,
    path: '/report/integrated/get/',
    accepted: () => report({ start_date: dayAfter(-29) }),
    refused: () => report({ start_date: dayAfter(-30) }),
    code: 40002,
    field: 'end_date',
  },
  {
    rule: 'at most 365 days without a time dimension',
    source: REPORT,
    path: '/report/integrated/get/',
    accepted: () => report({ dimensions: ['campaign_id'], start_date: dayAfter(-364) }),
    refused: () => report({ dimensions: ['campaign_id'], start_date: dayAfter(-365) }),
    code: 40002,
    field: 'end_date',
  },
  {
    rule: 'query_lifetime cannot be combined with stat_time_day',
    source: REPORT,
    path: '/report/integrated/get/',
    accepted: () => report({ dimensions: ['campaign_id'], start_date: undefined, end_date: undefined, query_lifetime: true }),
    refused: () => report({ start_date: undefined, end_date: undefined, query_lifetime: true }),
    code: 40002,
    field: 'query_lifetime',
  },
  {
    rule: 'report filtering is a list of {field_name, filter_type, filter_value} with filter_value a JSON string for IN',
    source: REPORT,
    path: '/report/integrated/get/',
    accepted: (ids) => report({ filtering: [{ field_name: 'campaign_ids', filter_type: 'IN', filter_value: JSON.stringify([ids.campaign]) }] }),
    refused: (ids) => report({ filtering: [{ field_name: 'campaign_ids', filter_type: 'IN', filter_value: ids.campaign }] }),
    code: 40002,
    field: 'filtering',
  },
]

describe('read endpoints', () => conformanceRows(readRows, env))
