/** `/dmp/custom_audience/rule/create/` over real HTTP, with TikTok's rules ([SDK] dmp_custom_audience_rule_create.yml). */
import { describe, expect, it } from 'vitest'
import { useSandbox, ADVERTISER } from '#test/helpers/sandbox'
import { api } from './smart-plus-http'
import { FAST_QPS } from '#test/helpers/sync'

const sandbox = useSandbox()

const rule = (over: Record<string, unknown> = {}) => ({
  event_source_ids: [] as string[],
  retention_days: 30,
  filter_set: { operator: 'OR', filters: [{ field: 'EVENT', operator: 'EQ', value: 'PIXEL COMPLETE PAYMENT' }] },
  ...over,
})
const body = (audience_type: string, rules: unknown[], over: Record<string, unknown> = {}) => ({
  custom_audience_name: `${audience_type} audience`,
  audience_type,
  rule_spec: { inclusion_rule_set: { operator: 'OR', rules } },
  ...over,
})

describe('sandbox rule-based audiences', () => {
  it('creates website, app and engagement audiences from their event sources and lists them with a size', async () => {
    const server = await sandbox({ qps: FAST_QPS })
    const call = api(server)
    const pixel = server.state.data.pixels.find((p) => p.advertiser_id === ADVERTISER)!.pixel_id
    const adgroup = server.state.list('adgroup', ADVERTISER)[0]!.adgroup_id as string
    const site = await call.post(
      '/dmp/custom_audience/rule/create/',
      body('PIXEL', [rule({ event_source_ids: [pixel] })], {
        retention_in_days: 90,
        rule_spec: {
          inclusion_rule_set: { operator: 'OR', rules: [rule({ event_source_ids: [pixel] })] },
          exclusion_rule_set: { operator: 'OR', rules: [rule({ event_source_ids: [pixel], retention_days: 7 })] },
        },
      }),
    )
    expect(site).toMatchObject({ code: 0, data: { custom_audience_id: expect.stringMatching(/^\d{19}$/) } })
    const app = await call.post('/dmp/custom_audience/rule/create/', body('APP', [rule({ event_source_ids: ['1234567890'] })]))
    expect(app.code).toBe(0)
    // ENGAGEMENT may leave event_source_ids out ("all available event source IDs will be used"), or name ad groups.
    const viewers = await call.post('/dmp/custom_audience/rule/create/', body('ENGAGEMENT', [rule(), rule({ event_source_ids: [adgroup] })]))
    expect(viewers.code).toBe(0)
    const listed = await call.get('/dmp/custom_audience/list/', { page_size: 100 })
    const byId = new Map(listed.data.list!.map((a) => [a.audience_id, a]))
    expect(byId.get(site.data.custom_audience_id)).toMatchObject({ name: 'PIXEL audience', audience_type: 'PIXEL', is_valid: true })
    expect(byId.get(site.data.custom_audience_id)!.expired_time).toMatch(/^\d{4}-\d{2}-\d{2} /)
    // Two inclusion rules: twice the sandbox's fixed size per rule.
    expect(byId.get(viewers.data.custom_audience_id)!.cover_num).toBe(120_000)
  })

  it('refuses bad rules with TikTok’s param error naming the field', async () => {
    const server = await sandbox({ qps: FAST_QPS })
    const create = (b: Record<string, unknown>) => api(server).post('/dmp/custom_audience/rule/create/', b)
    const pixel = server.state.data.pixels.find((p) => p.advertiser_id === ADVERTISER)!.pixel_id
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [body('PIXEL', [rule()]), /^rule_spec\.inclusion_rule_set\.rules\[0\]\.event_source_ids: Missing data/],
      [
        body('PIXEL', [rule({ event_source_ids: ['999'] })]),
        /^rule_spec\.inclusion_rule_set\.rules\[0\]\.event_source_ids: Pixel 999 does not exist/,
      ],
      [body('ENGAGEMENT', [rule({ event_source_ids: ['42'] })]), /event_source_ids: Ad group 42 does not exist/],
      [body('ENGAGEMENT', []), /^rule_spec\.inclusion_rule_set\.rules: Missing data/],
      [body('ENGAGEMENT', Array(6).fill(rule())), /^rule_spec\.inclusion_rule_set\.rules: .*up to 5 rules/],
      [body('ENGAGEMENT', [rule({ retention_days: 400 })]), /retention_days: Must be an integer between 1 and 365/],
      [body('ENGAGEMENT', [rule({ filter_set: { operator: 'OR', filters: [] } })]), /filter_set\.filters: Missing data/],
      [
        body('ENGAGEMENT', [
          rule({
            filter_set: {
              operator: 'OR',
              filters: [
                { field: 'EVENT', operator: 'EQ', value: 'a' },
                { field: 'EVENT', operator: 'EQ', value: 'b' },
              ],
            },
          }),
        ]),
        /filter_set\.filters: Max size: 1/,
      ],
      [
        body('PIXEL', [
          rule({
            event_source_ids: [pixel],
            filter_set: {
              operator: 'OR',
              filters: [
                { field: 'EVENT', operator: 'EQ', value: 'a', parameter_filters: [{ field: 'URL', operator: 'IS_LESS_THAN', values: ['x'] }] },
              ],
            },
          }),
        ]),
        /parameter_filters\[0\]\.operator: With field URL/,
      ],
      [body('ENGAGEMENT', [rule()], { retention_in_days: 0 }), /^retention_in_days:/],
      [body('ENGAGEMENT', [rule()], { custom_audience_name: '' }), /^custom_audience_name: Missing/],
      [body('SHOPPERS', [rule()]), /^audience_type: Invalid value/],
      [body('ENGAGEMENT_LIVE_VIDEO', [rule({ retention_days: 30 })]), /^identity_id: Missing/],
      [body('ENGAGEMENT_LIVE_VIDEO', [rule({ retention_days: 60 })], { identity_id: '1', identity_type: 'TT_USER' }), /must be 7, 14 or 30/],
      [{ ...body('ENGAGEMENT', [rule()]), rule_spec: undefined }, /^rule_spec: Missing/],
    ]
    for (const [b, message] of cases)
      expect(await create(b), JSON.stringify(b).slice(0, 120)).toMatchObject({ code: 40002, message: expect.stringMatching(message) })
    expect(Object.keys(server.state.data.audiences?.audiences ?? {})).toHaveLength(0)
  })
})
