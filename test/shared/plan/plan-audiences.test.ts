/** The plan file's `audiences` list (docs/plan-format.md, issue 15 item 7): read with the audience schemas, written back by export. */
import { describe, expect, it } from 'vitest'
import { exportPlan, parsePlan } from '#shared/domain/plan/index'
import { checkPlanAudienceReferences } from '#shared/domain/plan/plan-audience-checks'
import { draftTree, SYNC_ADVERTISER as ADV } from '#test/helpers/sync'
import { planAudiences } from '#test/helpers/plan-audiences'

const ids = () => {
  let n = 0
  return () => `local-t${++n}`
}
const opts = (advertiserId = ADV) => ({ advertiserId, newId: ids() })
const withAudiences = (audiences: unknown, advertiser_id = ADV) => JSON.stringify({ advertiser_id, audiences, campaigns: [] })

describe('plan audiences', () => {
  it('round-trips every kind through export and import, with the ad groups’ references, and writes no raw file', () => {
    const tree = draftTree('aud', 1, 2, 0)
    tree.adgroups[0] = { ...tree.adgroups[0]!, audience_ids: ['local-vip-lal', 'local-buyers'], excluded_audience_ids: ['local-vip'] }
    tree.adgroups[1] = { ...tree.adgroups[1]!, audience_ids: ['local-engaged', '7390000000000000001'] }
    const audiences = [
      ...planAudiences(),
      { ...planAudiences()[1]!, audience_id: '7390000000000000001', custom_audience_name: 'On TikTok', cover_num: 52_000, is_valid: true },
    ]
    const text = exportPlan(tree, ADV, audiences)
    const json = JSON.parse(text) as { audiences: Array<Record<string, unknown>> }
    // Named first, then the kind's fields; nothing TikTok has not said (no null size, no empty file list).
    expect(Object.keys(json.audiences[0]!)).toEqual([
      'audience_id',
      'custom_audience_name',
      'audience_type',
      'retention_in_days',
      'calculate_type',
      'hashing',
    ])
    expect(text).not.toContain('file_path')
    const back = parsePlan(text, opts())
    expect(back.errors).toEqual([])
    expect(back.audiences!.map((a) => a.audience)).toEqual(audiences)
    expect(back.adgroups.map((g) => [g.audience_ids, g.excluded_audience_ids])).toEqual([
      [['local-vip-lal', 'local-buyers'], ['local-vip']],
      [['local-engaged', '7390000000000000001'], undefined],
    ])
    expect(
      exportPlan(
        back,
        ADV,
        back.audiences!.map((a) => a.audience),
      ),
    ).toBe(text)
    // No audiences, no list: plans without them are written as before.
    expect(exportPlan(tree, ADV)).not.toContain('"audiences"')
  })

  it('reads a customer file’s file_path and calculate_type, and a plan without an audiences list', () => {
    const r = parsePlan(
      withAudiences([
        {
          audience_id: 'local-crm',
          custom_audience_name: 'CRM',
          audience_type: 'CUSTOMER_FILE',
          calculate_type: 'PHONE_SHA256',
          file_path: 'crm/phones.csv',
        },
      ]),
      opts(),
    )
    expect(r.errors).toEqual([])
    expect(r.audiences).toEqual([
      {
        path: 'audiences[0]',
        file_path: 'crm/phones.csv',
        audience: {
          audience_id: 'local-crm',
          custom_audience_name: 'CRM',
          audience_type: 'CUSTOMER_FILE',
          calculate_type: 'PHONE_SHA256',
          file_paths: [],
          cover_num: null,
        },
      },
    ])
    expect(parsePlan(JSON.stringify({ campaigns: [] }), opts()).audiences).toEqual([])
  })

  it('names the entry and the field of each problem', () => {
    const [vip, buyers, , , lal] = planAudiences()
    const r = parsePlan(
      withAudiences([
        { ...buyers, retention_in_days: 400 },
        { ...buyers, audience_id: 'local-b2', file_path: 'x.csv' },
        { ...vip, calculate_type: 'EMAIL', colour: 'red' },
        { ...vip, audience_id: undefined, custom_audience_name: 'No id' },
        { ...buyers, audience_id: 'local-b2' },
        { ...buyers, audience_id: 'local-b3', audience_type: 'PIXEL' },
        { ...lal, lookalike_spec: { ...(lal as { lookalike_spec: object }).lookalike_spec, source_audience_id: 'local-missing' } },
        { ...buyers, audience_id: 'local-b4', rule_spec: { inclusion_rule_set: { rules: [] } } },
      ]),
      opts(),
    )
    const at = (row: string) => r.errors.filter((e) => e.row === row).map((e) => e.message)
    expect(at('audiences[0].retention_in_days')).toEqual(['Audience “Site buyers” (audiences[0]): retention_in_days must be at most 365.'])
    expect(at('audiences[1].file_path')[0]).toMatch(/file_path names a customer file's CSV; a WEBSITE_TRAFFIC audience has none/)
    expect(at('audiences[2].calculate_type')[0]).toMatch(/^Audience “VIP customers” \(audiences\[2\]\): calculate_type must be one of EMAIL_SHA256, /)
    expect(at('audiences[2].colour')[0]).toMatch(/colour is not a field Adwright knows here/)
    expect(at('audiences[3].audience_id')).toEqual([expect.stringMatching(/“No id” \(audiences\[3\]\): audience_id is required/)])
    expect(at('audiences[4].audience_id')[0]).toMatch(/audience_id local-b2 appears more than once/)
    expect(at('audiences[5].audience_type')[0]).toMatch(
      /audience_type must be one of CUSTOMER_FILE, WEBSITE_TRAFFIC, APP_ACTIVITY, ENGAGEMENT, LOOKALIKE \(it is "PIXEL"\)/,
    )
    expect(at('audiences[6].lookalike_spec.source_audience_id')[0]).toMatch(/local-missing is not in the audiences list/)
    expect(at('audiences[7].rule_spec.inclusion_rule_set.rules')[0]).toMatch(/rule_spec\.inclusion_rule_set\.rules must be at least 1/)
    // Only the valid entries come back.
    expect(r.audiences).toEqual([])
    expect(parsePlan(JSON.stringify({ audiences: {}, campaigns: [] }), opts()).errors[0]).toMatchObject({
      field: 'audiences',
      message: 'audiences must be a list of audience entries.',
    })
  })

  it('a template from another advertiser keeps local audiences and refuses that advertiser’s TikTok ids', () => {
    const other = '7301000000000000999'
    const r = parsePlan(withAudiences([planAudiences()[3], { ...planAudiences()[3], audience_id: '7390000000000000001' }], other), opts())
    expect(r.audiences!.map((a) => a.audience.audience_id)).toEqual(['local-engaged'])
    expect(r.errors).toEqual([
      expect.objectContaining({
        row: 'audiences[1].audience_id',
        message: expect.stringMatching(/is an audience of the plan's advertiser, not this one's/),
      }),
    ])
  })

  it('finds ad group references to audiences the plan does not list: local ids are errors, TikTok ids warnings', () => {
    const tree = draftTree('ref', 1, 1, 0)
    tree.adgroups[0] = { ...tree.adgroups[0]!, audience_ids: ['local-vip', 'local-nope'], excluded_audience_ids: ['7390000000000000002'] }
    const map = new Map(planAudiences().map((a) => [a.audience_id, a]))
    expect(checkPlanAudienceReferences(tree, map).map((p) => [p.severity, p.field, p.ruleId, p.message.slice(0, 30)])).toEqual([
      ['error', 'audience_ids', 'plan.audiences.unknown', 'Audience local-nope is not in '],
      ['warning', 'excluded_audience_ids', 'plan.audiences.unknown', 'Audience 7390000000000000002 i'],
    ])
  })
})
