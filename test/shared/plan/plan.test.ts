import { apiTimeAfter } from '#test/helpers/clock'
import { emptyEntitySet, entitySetOf } from '#shared/domain/entity-kinds'
import { smartPlusDraft } from '#test/helpers/sync'
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { createDemoAccount, generateAccount } from '#shared/domain/demo/index'
import { exportPlan, parsePlan } from '#shared/domain/plan/index'
import { openTargeting } from '#shared/domain/entities'

const ADV = '7301000000000000001'
const now = new Date('2026-11-23T18:00:00Z')
const ids = () => {
  let n = 0
  return () => `local-t${++n}`
}
const opts = () => ({ advertiserId: ADV, newId: ids() })
const plan = (campaigns: unknown[], extra: object = {}) => JSON.stringify({ advertiser_id: ADV, campaigns, ...extra })

const campaign = { campaign_name: 'Winter', objective_type: 'TRAFFIC', budget_mode: 'BUDGET_MODE_DAY', budget: 100, operation_status: 'ENABLE' }
const adgroup = {
  adgroup_name: 'Winter US',
  operation_status: 'ENABLE',
  placement_type: 'PLACEMENT_TYPE_NORMAL',
  placements: ['PLACEMENT_TIKTOK'],
  location_ids: ['6252001'],
  age_groups: ['AGE_25_34'],
  ...openTargeting(),
  budget_mode: 'BUDGET_MODE_DAY',
  budget: 40,
  schedule_type: 'SCHEDULE_FROM_NOW',
  schedule_start_time: apiTimeAfter(8),
  optimization_goal: 'CLICK',
  billing_event: 'CPC',
  bid_type: 'BID_TYPE_NO_BID',
  pacing: 'PACING_MODE_SMOOTH',
}
const ad = {
  ad_name: 'Winter ad',
  operation_status: 'ENABLE',
  ad_format: 'SINGLE_VIDEO',
  ad_text: 'Warm jackets.',
  call_to_action: 'SHOP_NOW',
  landing_page_url: 'https://example.com',
  identity_type: 'CUSTOMIZED_USER',
  video_id: 'v1',
  image_ids: [],
}

describe('exportPlan', () => {
  it('nests ad groups and ads under their parents without repeating parent ids', () => {
    const demo = createDemoAccount(ADV, now)
    const json = JSON.parse(exportPlan(demo, ADV))
    expect(Object.keys(json)).toEqual(['advertiser_id', 'campaigns'])
    expect(json.campaigns).toHaveLength(demo.campaigns.length)
    const first = json.campaigns[0]
    expect(Object.keys(first).slice(0, 3)).toEqual(['campaign_id', 'campaign_name', 'objective_type'])
    expect(Object.keys(first).at(-1)).toBe('adgroups')
    expect(first).not.toHaveProperty('advertiser_id')
    expect(first.adgroups[0]).not.toHaveProperty('campaign_id')
    expect(first.adgroups[0].ads[0]).not.toHaveProperty('adgroup_id')
  })

  it('is stable: the same account gives the same text, whatever the key order of the entities', () => {
    const demo = createDemoAccount(ADV, now)
    const shuffled = { ...demo, campaigns: demo.campaigns.map((c) => Object.fromEntries(Object.entries(c).reverse()) as typeof c) }
    expect(exportPlan(shuffled, ADV)).toBe(exportPlan(demo, ADV))
  })
})

describe('parsePlan', () => {
  it('gives back exactly what was exported (demo and generated accounts)', () => {
    for (const account of [
      createDemoAccount(ADV, now),
      generateAccount({ advertiserId: ADV, campaigns: 12, adgroupsPerCampaign: 4, adsPerAdgroup: 3, seed: 42 }),
    ]) {
      const r = parsePlan(exportPlan(account, ADV), opts())
      expect(r.errors).toEqual([])
      expect(entitySetOf(r)).toEqual(account)
      const total = account.campaigns.length + account.adgroups.length + account.ads.length
      expect([r.totalRows, r.validRows]).toEqual([total, total])
    }
  })

  it('round-trips an Upgraded Smart+ campaign: marked on the campaign only, with the Smart+ bodies’ field names', () => {
    const account = { ...emptyEntitySet(), ...smartPlusDraft('rt', 2) }
    const text = exportPlan(account, ADV)
    const json = JSON.parse(text) as { campaigns: Array<Record<string, unknown> & { adgroups: Array<Record<string, unknown>> }> }
    expect(json.campaigns[0]).toMatchObject({ campaign_automation_type: 'UPGRADED_SMART_PLUS', budget_optimize_on: true })
    expect(json.campaigns[0]!.adgroups[0]).not.toHaveProperty('campaign_automation_type')
    expect(json.campaigns[0]!.adgroups[0]).toMatchObject({ targeting_optimization_mode: 'AUTOMATIC', targeting_spec: { location_ids: ['6252001'] } })
    const r = parsePlan(text, opts())
    expect(r.errors).toEqual([])
    expect(entitySetOf(r)).toEqual(account)
    expect(r.campaigns).toEqual([])
  })

  it('reads and writes a Spark "pull" ad\'s TikTok post (tiktok_item_id) in place of its video', () => {
    const pull = { ...ad, identity_type: 'TT_USER', identity_id: '7304000000000000101', video_id: undefined, tiktok_item_id: '7305101000000000001' }
    const r = parsePlan(plan([{ ...campaign, adgroups: [{ ...adgroup, ads: [pull] }] }]), opts())
    expect(r.errors).toEqual([])
    expect(r.ads[0]).toMatchObject({ tiktok_item_id: '7305101000000000001', identity_type: 'TT_USER' })
    const written = JSON.parse(exportPlan(entitySetOf(r), ADV)) as { campaigns: [{ adgroups: [{ ads: [Record<string, unknown>] }] }] }
    expect(written.campaigns[0].adgroups[0].ads[0]).toMatchObject({ tiktok_item_id: '7305101000000000001' })
  })

  it('gives entries without ids new local ids and links children through nesting', () => {
    const r = parsePlan(plan([{ ...campaign, adgroups: [{ ...adgroup, ads: [ad] }] }]), opts())
    expect(r.errors).toEqual([])
    expect(r.campaigns[0]).toMatchObject({ campaign_id: 'local-t1', advertiser_id: ADV })
    expect(r.adgroups[0]).toMatchObject({ adgroup_id: 'local-t2', campaign_id: 'local-t1', advertiser_id: ADV })
    expect(r.ads[0]).toMatchObject({ ad_id: 'local-t3', adgroup_id: 'local-t2' })
  })

  it('takes left-out list fields as empty lists', () => {
    const { languages: _l, actions: _a, device_price_ranges: _d, ...lean } = adgroup
    const { image_ids: _i, ...leanAd } = ad
    const r = parsePlan(plan([{ ...campaign, adgroups: [{ ...lean, ads: [leanAd] }] }]), opts())
    expect(r.errors).toEqual([])
    expect(r.adgroups[0]).toMatchObject({ languages: [], actions: [], device_price_ranges: [] })
    expect(r.ads[0]!.image_ids).toEqual([])
  })

  it('treats a plan from another advertiser as a template: TikTok ids become new local ids', () => {
    const text = JSON.stringify({
      advertiser_id: '7399999999999999999',
      // The ad group may repeat its campaign's id from the other account.
      campaigns: [{ ...campaign, campaign_id: '1800000000000000101', adgroups: [{ ...adgroup, campaign_id: '1800000000000000101' }] }],
    })
    const r = parsePlan(text, opts())
    expect(r.errors).toEqual([])
    expect(r.campaigns[0]!.campaign_id).toBe('local-t1')
    expect(r.adgroups[0]!.campaign_id).toBe('local-t1')
    expect(r.campaigns[0]!.advertiser_id).toBe(ADV)
  })

  it('reports a field error with its path and skips the entry and its children, keeping valid siblings', () => {
    const bad = { ...adgroup, budget: 'forty', ads: [ad, ad] }
    const r = parsePlan(plan([{ ...campaign, adgroups: [adgroup, bad] }]), opts())
    expect(r.errors).toContainEqual({
      row: 'campaigns[0].adgroups[1].budget',
      field: 'budget',
      message: 'Ad group “Winter US” (campaigns[0].adgroups[1]): budget must be a number (it is “forty”).',
    })
    expect(r.errors.find((e) => e.row === 'campaigns[0].adgroups[1]')?.message).toContain('the 2 entries nested in it are skipped')
    expect(r.campaigns).toHaveLength(1)
    expect(r.adgroups).toHaveLength(1)
    expect([r.totalRows, r.validRows]).toEqual([5, 2])
  })

  it('explains missing fields, bad enum values, unknown fields and nested paths', () => {
    const { objective_type: _, ...noObjective } = campaign
    const r = parsePlan(
      plan([
        noObjective,
        { ...campaign, budget_mode: 'DAILY' },
        { ...campaign, colour: 'red' },
        { ...campaign, adgroups: [{ ...adgroup, placements: ['PLACEMENT_TIKTOK', 'INSTAGRAM'] }] },
      ]),
      opts(),
    )
    const byRow = Object.fromEntries(r.errors.map((e) => [e.row, e.message]))
    expect(byRow['campaigns[0].objective_type']).toContain('objective_type is required.')
    expect(byRow['campaigns[1].budget_mode']).toContain('budget_mode must be one of BUDGET_MODE_INFINITE, BUDGET_MODE_DAY')
    expect(byRow['campaigns[1].budget_mode']).toContain('(it is “DAILY”)')
    expect(byRow['campaigns[2].colour']).toContain('colour is not a field Adwright knows here')
    expect(byRow['campaigns[3].adgroups[0].placements[1]']).toContain('placements[1] must be one of PLACEMENT_TIKTOK')
    expect(r.campaigns).toHaveLength(1)
  })

  it('applies TikTok’s documented defaults to fields a plan leaves out, and keeps values it gives', () => {
    const { operation_status: _c, ...bareCampaign } = campaign
    const { operation_status: _g, placement_type: _p, ...bareGroup } = adgroup
    const { operation_status: _a, ...bareAd } = ad
    const r = parsePlan(
      plan([
        { ...bareCampaign, adgroups: [{ ...bareGroup, ads: [bareAd] }] },
        { ...campaign, operation_status: 'DISABLE' },
      ]),
      opts(),
    )
    expect(r.errors).toEqual([])
    expect(r.campaigns.map((c) => c.operation_status)).toEqual(['ENABLE', 'DISABLE'])
    expect(r.adgroups[0]).toMatchObject({ operation_status: 'ENABLE', placement_type: 'PLACEMENT_TYPE_NORMAL' })
    expect(r.ads[0]!.operation_status).toBe('ENABLE')
    // A wrong value is not papered over by the default.
    const bad = parsePlan(plan([{ ...campaign, operation_status: 'PAUSED' }]), opts())
    expect(bad.errors.map((e) => e.row)).toEqual(['campaigns[0].operation_status'])
  })

  it('rejects a child whose own parent id contradicts its nesting, and duplicate ids', () => {
    const r = parsePlan(
      plan([
        { ...campaign, campaign_id: '11', adgroups: [{ ...adgroup, campaign_id: '12' }] },
        { ...campaign, campaign_id: '11' },
      ]),
      opts(),
    )
    expect(r.errors.map((e) => e.row)).toEqual(['campaigns[0].adgroups[0].campaign_id', 'campaigns[1].campaign_id'])
    expect(r.errors[1]!.message).toContain('appears more than once')
  })

  it('answers one clear error for a file that is not a plan', () => {
    const notJson = parsePlan('campaign_id,campaign_name\n1,x', opts())
    expect(notJson.errors).toHaveLength(1)
    expect(notJson.errors[0]!.message).toMatch(/^This is not a plan file: it is not valid JSON/)
    expect(notJson.totalRows).toBe(0)
    expect(parsePlan('[1,2]', opts()).errors[0]!.message).toContain('“campaigns” list')
    expect(parsePlan(plan([], { version: 2 }), opts()).errors).toEqual([
      { row: '(file)', field: 'version', message: '“version” is not a plan field; a plan has only advertiser_id, audiences and campaigns.' },
    ])
  })

  it('reads a file that starts with a byte order mark, and rejects a non-object entry', () => {
    expect(parsePlan(`\uFEFF${plan([campaign])}`, opts()).campaigns).toHaveLength(1)
    const r = parsePlan(plan([42]), opts())
    expect(r.errors[0]).toMatchObject({ row: 'campaigns[0]' })
    expect(r.totalRows).toBe(1)
  })
})

describe('the documented example', () => {
  const root = resolve(import.meta.dirname, '../../..')
  const example = readFileSync(resolve(root, 'docs/examples/demo-plan.adwright.json'), 'utf8')

  it('imports with no errors', () => {
    const r = parsePlan(example, opts())
    expect(r.errors).toEqual([])
    expect(r.validRows).toBe(r.totalRows)
    expect(r.campaigns.map((c) => c.campaign_name)).toContain('Trail Shoes – Web Sales')
  })

  it('is the demo account exported, and the same text as in docs/plan-format.md', () => {
    // Regenerate both if the demo account changes: exportPlan(createDemoAccount(ADV, new Date('2026-11-23T00:00:00Z')), ADV).
    expect(example).toBe(exportPlan(createDemoAccount(ADV, new Date('2026-11-23T00:00:00Z')), ADV))
    const doc = readFileSync(resolve(root, 'docs/plan-format.md'), 'utf8')
    expect(doc).toContain(`\`\`\`json\n${example}\`\`\``)
  })
})

describe('promotion fields and retired spellings', () => {
  it('carries what is promoted: the app type, promotion type and app id of the demo app campaign', () => {
    const json = JSON.parse(exportPlan(createDemoAccount(ADV, now), ADV))
    const app = json.campaigns.find((c: { objective_type: string }) => c.objective_type === 'APP_PROMOTION')
    expect(app.app_promotion_type).toBe('APP_INSTALL')
    expect(app.adgroups[0]).toMatchObject({ promotion_type: 'APP_IOS', app_id: expect.stringMatching(/^\d+$/) })
    const leads = json.campaigns.find((c: { objective_type: string }) => c.objective_type === 'LEAD_GENERATION')
    expect(leads.adgroups[0]).toMatchObject({ promotion_type: 'LEAD_GENERATION', promotion_target_type: 'INSTANT_PAGE' })
  })

  it('reads PAGE_VISITS from an older plan as PAGE_VISIT, and refuses other unknown goals', () => {
    const engagement = { ...campaign, objective_type: 'ENGAGEMENT' }
    const old = parsePlan(plan([{ ...engagement, adgroups: [{ ...adgroup, optimization_goal: 'PAGE_VISITS', billing_event: 'OCPM' }] }]), opts())
    expect(old.errors).toEqual([])
    expect(old.adgroups[0]!.optimization_goal).toBe('PAGE_VISIT')
    const bad = parsePlan(plan([{ ...engagement, adgroups: [{ ...adgroup, optimization_goal: 'PAGE_VIEWS' }] }]), opts())
    expect(bad.errors[0]).toMatchObject({ row: 'campaigns[0].adgroups[0].optimization_goal', field: 'optimization_goal' })
  })

  it('carries an ad group’s audiences and Pangle packages, and names a bad audience id', () => {
    const withAudiences = { ...adgroup, audience_ids: ['7101', 'local-vip'], excluded_pangle_audience_package_ids: ['7100000000000000002'] }
    const r = parsePlan(plan([{ ...campaign, adgroups: [withAudiences] }]), opts())
    expect(r.errors).toEqual([])
    expect(r.adgroups[0]).toMatchObject({ audience_ids: ['7101', 'local-vip'], excluded_pangle_audience_package_ids: ['7100000000000000002'] })
    const back = JSON.parse(exportPlan(entitySetOf(r), ADV))
    expect(back.campaigns[0].adgroups[0].audience_ids).toEqual(['7101', 'local-vip'])
    const bad = parsePlan(plan([{ ...campaign, adgroups: [{ ...adgroup, excluded_audience_ids: ['VIP list'] }] }]), opts())
    expect(bad.errors[0]).toMatchObject({ row: 'campaigns[0].adgroups[0].excluded_audience_ids[0]', field: 'excluded_audience_ids' })
  })

  it('refuses a promotion type TikTok does not know, naming the field', () => {
    const r = parsePlan(plan([{ ...campaign, adgroups: [{ ...adgroup, promotion_type: 'WEB' }] }]), opts())
    expect(r.errors[0]).toMatchObject({ row: 'campaigns[0].adgroups[0].promotion_type', field: 'promotion_type' })
  })
})

describe('Spark identities in plans', () => {
  it('carries identity_type, identity_id and identity_authorized_bc_id both ways, and refuses an unknown identity type', () => {
    const spark = { ...ad, identity_type: 'BC_AUTH_TT', identity_id: '7304000000000000202', identity_authorized_bc_id: '7303000000000000042' }
    const r = parsePlan(plan([{ ...campaign, adgroups: [{ ...adgroup, ads: [spark] }] }]), opts())
    expect(r.errors).toEqual([])
    expect(r.ads[0]).toMatchObject({
      identity_type: 'BC_AUTH_TT',
      identity_id: '7304000000000000202',
      identity_authorized_bc_id: '7303000000000000042',
    })
    const again = JSON.parse(exportPlan(r, ADV))
    expect(again.campaigns[0].adgroups[0].ads[0]).toMatchObject({ identity_authorized_bc_id: '7303000000000000042' })
    const bad = parsePlan(plan([{ ...campaign, adgroups: [{ ...adgroup, ads: [{ ...ad, identity_type: 'SPARK' }] }] }]), opts())
    expect(bad.errors[0]).toMatchObject({ field: 'identity_type' })
  })

  it('exports the demo account with Spark Ads for its videos', () => {
    const json = JSON.parse(exportPlan(createDemoAccount(ADV, now), ADV))
    const ads = json.campaigns.flatMap((c: any) => c.adgroups.flatMap((g: any) => g.ads))
    expect(ads.filter((a: any) => a.ad_format === 'SINGLE_VIDEO').every((a: any) => a.identity_type === 'TT_USER' && a.identity_id)).toBe(true)
  })
})

describe('plan advertiser_id', () => {
  it.each([[7301000000000000001], [{ id: ADV }], ['abc'], [null]])('refuses %j as the advertiser, instead of ignoring it', (value) => {
    const r = parsePlan(plan([], { advertiser_id: value }), opts())
    expect(r.errors).toEqual([
      { row: '(file)', field: 'advertiser_id', message: expect.stringContaining('advertiser_id must be a string of digits') },
    ])
  })
})
