import { describe, expect, it } from 'vitest'
import { billingEventFor, newAd, newAdGroup, newCampaign, nextWholeHour, toApiTime } from '#shared/domain/defaults'
import { AdGroupSchema, AdSchema, CampaignSchema } from '#shared/domain/entity-schemas'
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
    const g = newAdGroup(c, 'local-2', new Date('2026-11-23T10:00:00Z'))
    const ad = newAd(g, 'local-3')
    const parents = { campaign: () => c, adgroup: () => g }
    const ctx = { currency: 'USD', now: new Date('2026-11-23T10:00:00Z'), geo: DEFAULT_GEO }
    expect(entityProblems('campaign', c, parents, ctx)).toEqual([])
    expect(entityProblems('adgroup', g, parents, ctx).map((p) => p.field)).toEqual(['location_ids'])
    expect(entityProblems('adgroup', { ...g, location_ids: ['6252001'] }, parents, ctx)).toEqual([])
    const adFields = entityProblems('ad', ad, parents, ctx).map((p) => p.field)
    expect(adFields).toContain('ad_text')
    expect(adFields).toContain('landing_page_url')
  })
})
