import { describe, expect, it } from 'vitest'
import { billingEventFor, newAd, newAdGroup, newCampaign, nextWholeHour, toApiTime } from '#shared/domain/defaults'
import { AdGroupSchema, AdSchema, CampaignSchema } from '#shared/domain/entity-schemas'
import { defaultSparkIdentity } from '#shared/domain/identities'
import { DEFAULT_GEO } from '#shared/domain/validation/index'
import { entityProblems } from '#renderer/campaigns/model/entity-problems'
import { TEST_NOW } from '../helpers/clock'

const ADV = '7301000000000000001'

describe('new drafts', () => {
  it('are valid entities linked to their parents', () => {
    const c = newCampaign(ADV, 'local-1')
    const g = newAdGroup(c, 'local-2', new Date('2026-11-23T10:15:30.500Z'))
    const ad = newAd(g, 'local-3')
    expect(CampaignSchema.parse(c).campaign_id).toBe('local-1')
    expect(AdGroupSchema.parse(g)).toMatchObject({ campaign_id: 'local-1', schedule_start_time: '2026-11-23 11:00:00' })
    expect(AdSchema.parse(ad)).toMatchObject({ adgroup_id: 'local-2', advertiser_id: ADV })
  })

  it('pick the goal and billing event that fit the objective, adults only', () => {
    const reach = newAdGroup({ ...newCampaign(ADV, 'local-1'), objective_type: 'REACH' }, 'local-2', TEST_NOW)
    expect(reach).toMatchObject({ optimization_goal: 'REACH', billing_event: 'CPM' })
    expect(reach.age_groups).not.toContain('AGE_13_17')
    expect(billingEventFor('CONVERT')).toBe('OCPM')
    expect(billingEventFor('CLICK')).toBe('CPC')
  })

  it('leave the ad group budget to the campaign under CBO', () => {
    const cbo = { ...newCampaign(ADV, 'local-1'), budget_optimize_on: true }
    const g = newAdGroup(cbo, 'local-2', TEST_NOW)
    expect(g.budget).toBeUndefined()
    expect(g.budget_mode).toBe('BUDGET_MODE_DAY')
  })

  it('start at the next whole hour, across midnight too', () => {
    expect(toApiTime(nextWholeHour(new Date('2026-12-31T23:00:00Z')))).toBe('2027-01-01 00:00:00')
  })

  it('format times as the API takes them, in UTC', () => {
    expect(toApiTime(new Date('2026-01-02T03:04:05Z'))).toBe('2026-01-02 03:04:05')
  })
})

describe('entity problems', () => {
  it('apply the business rules with the parents looked up, so a new draft asks only for what it lacks', () => {
    const c = newCampaign(ADV, 'local-1')
    const g = newAdGroup(c, 'local-2', TEST_NOW)
    const ad = newAd(g, 'local-3')
    const parents = { campaign: () => c, adgroup: () => g, entity: () => undefined, children: () => [] }
    const ctx = { currency: 'USD', now: TEST_NOW, geo: DEFAULT_GEO }
    expect(entityProblems('campaign', c, parents, ctx)).toEqual([])
    expect(entityProblems('adgroup', g, parents, ctx).map((p) => p.field)).toEqual(['location_ids'])
    expect(entityProblems('adgroup', { ...g, location_ids: ['6252001'] }, parents, ctx)).toEqual([])
    const adFields = entityProblems('ad', ad, parents, ctx).map((p) => p.field)
    expect(adFields).toContain('ad_text')
    expect(adFields).toContain('landing_page_url')
  })
})

describe('a new ad’s identity', () => {
  const c = newCampaign(ADV, 'local-1')
  const onTikTok = newAdGroup(c, 'local-2', TEST_NOW)
  const pangle = { ...onTikTok, placement_type: 'PLACEMENT_TYPE_NORMAL' as const, placements: ['PLACEMENT_PANGLE' as const] }
  const identities = [
    { identity_id: '9', identity_type: 'CUSTOMIZED_USER' as const, display_name: 'Brand' },
    { identity_id: '5', identity_type: 'AUTH_CODE' as const, display_name: '@creator' },
    { identity_id: '7', identity_type: 'BC_AUTH_TT' as const, display_name: '@team', identity_authorized_bc_id: '42' },
    { identity_id: '8', identity_type: 'TT_USER' as const, display_name: '@gone', available_status: 'UNAVAILABLE' },
  ]

  it('is the first usable Spark identity cached, own account before Business Center before authorized posts', () => {
    expect(defaultSparkIdentity(identities)?.identity_id).toBe('7')
    expect(defaultSparkIdentity([...identities, { identity_id: '6', identity_type: 'TT_USER', display_name: '@own' }])?.identity_id).toBe('6')
    expect(defaultSparkIdentity(identities.slice(0, 1))).toBeUndefined()
  })

  it('is that Spark identity on TikTok placements, with the Business Center for BC_AUTH_TT; else a Custom Identity', () => {
    const spark = defaultSparkIdentity(identities)
    expect(AdSchema.parse(newAd(onTikTok, 'local-3', spark))).toMatchObject({
      identity_type: 'BC_AUTH_TT',
      identity_id: '7',
      identity_authorized_bc_id: '42',
    })
    expect(newAd(pangle, 'local-3', spark).identity_type).toBe('CUSTOMIZED_USER')
    expect(newAd(onTikTok, 'local-3').identity_type).toBe('CUSTOMIZED_USER')
    const own = newAd(onTikTok, 'local-4', { identity_id: '6', identity_type: 'TT_USER', display_name: '@own' })
    expect(own).toMatchObject({ identity_type: 'TT_USER', identity_id: '6' })
    expect(own).not.toHaveProperty('identity_authorized_bc_id')
  })
})
