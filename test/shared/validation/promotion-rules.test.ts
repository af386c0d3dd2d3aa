import { describe, expect, it } from 'vitest'
import { newAdGroup, newCampaign } from '#shared/domain/defaults'
import { AdGroupSchema, CampaignSchema } from '#shared/domain/entity-schemas'
import { OBJECTIVE_TYPES, type ObjectiveType } from '#shared/domain/enums'
import { validateAdGroup, validateCampaign } from '#shared/domain/validation/index'
import { adgroup, campaign, ctx, errorsOf, ruleIds } from './fixtures'

/** A campaign and ad group not yet posted (local ids): the drafting rules apply to them. */
const draftCampaign = (objective: ObjectiveType, over = {}) => campaign({ campaign_id: 'local-c1', objective_type: objective, ...over })
const draftGroup = (over = {}) => adgroup({ campaign_id: 'local-c1', adgroup_id: 'local-g1', ...over })

describe('promotion fields', () => {
  it('ask a draft ad group for promotion_type, except under reach, video views and engagement', () => {
    const [p] = validateAdGroup(draftGroup({ promotion_type: undefined }), draftCampaign('TRAFFIC'), ctx())
    expect(p).toMatchObject({ ruleId: 'adgroup.promotion-type.required', field: 'promotion_type', severity: 'error' })
    expect(p!.message).toMatch(/choose a promotion type/)
    expect(p!.source).toMatch(/adgroup_create_body\.py/)
    expect(validateAdGroup(draftGroup({ promotion_type: 'WEBSITE' }), draftCampaign('TRAFFIC'), ctx())).toEqual([])
    for (const objective of ['REACH', 'VIDEO_VIEWS', 'ENGAGEMENT'] as const)
      expect(errorsOf(validateAdGroup(draftGroup({ promotion_type: undefined }), draftCampaign(objective), ctx()))).not.toContain(
        'adgroup.promotion-type.required',
      )
  })

  it('do not ask it of an ad group already on TikTok (a store from an older build may lack the field)', () => {
    expect(validateAdGroup(adgroup({ promotion_type: undefined }), campaign(), ctx())).toEqual([])
  })

  it('ask app promotion for the app type on the campaign and the app id on the ad group', () => {
    expect(ruleIds(validateCampaign(draftCampaign('APP_PROMOTION'), ctx()))).toEqual(['campaign.app-promotion-type.required'])
    expect(validateCampaign(draftCampaign('APP_PROMOTION', { app_promotion_type: 'APP_INSTALL' }), ctx())).toEqual([])
    const app = draftCampaign('APP_PROMOTION', { app_promotion_type: 'APP_INSTALL' })
    const group = draftGroup({ promotion_type: 'APP_ANDROID', operating_systems: ['ANDROID'], optimization_goal: 'INSTALL', billing_event: 'OCPM' })
    expect(ruleIds(validateAdGroup(group, app, ctx()))).toEqual(['adgroup.app-id.required'])
    expect(validateAdGroup({ ...group, app_id: '7302000000000000601' }, app, ctx())).toEqual([])
  })

  it('ask lead generation where leads are collected', () => {
    const leads = draftCampaign('LEAD_GENERATION')
    const group = draftGroup({ promotion_type: 'LEAD_GENERATION', optimization_goal: 'LEAD_GENERATION', billing_event: 'OCPM' })
    expect(ruleIds(validateAdGroup(group, leads, ctx()))).toEqual(['adgroup.promotion-target.required'])
    expect(validateAdGroup({ ...group, promotion_target_type: 'INSTANT_PAGE' }, leads, ctx())).toEqual([])
  })

  it('are filled in for new drafts of every objective Adwright drafts, so only the app id is left to the buyer', () => {
    for (const objective of OBJECTIVE_TYPES.filter((o) => o !== 'RF_REACH')) {
      const c = {
        ...newCampaign('7301000000000000001', 'local-c1'),
        objective_type: objective,
        ...(objective === 'APP_PROMOTION' ? { app_promotion_type: 'APP_INSTALL' as const } : {}),
      }
      const g = newAdGroup(c, 'local-g1', ctx().now)
      expect(AdGroupSchema.safeParse(g).success).toBe(true)
      const promotionErrors = errorsOf(validateAdGroup({ ...g, location_ids: ['1861060'] }, c, ctx())).filter((id) =>
        /^adgroup\.(promotion-type|promotion-target|app-id)\./.test(id),
      )
      expect(promotionErrors).toEqual(objective === 'APP_PROMOTION' ? ['adgroup.app-id.required'] : [])
    }
  })

  it('are checked against TikTok’s values by the schema', () => {
    expect(AdGroupSchema.safeParse(adgroup({ promotion_type: 'SHOP' as never })).success).toBe(false)
    expect(AdGroupSchema.safeParse(adgroup({ app_id: 'com.example.app' })).success).toBe(false)
    expect(CampaignSchema.safeParse(campaign({ app_promotion_type: 'UNSET' as never })).success).toBe(false)
  })
})

describe('objectives and goals Adwright cannot draft', () => {
  it('refuses a new Reach & Frequency campaign with the reason, naming the reservation flow', () => {
    const problems = validateCampaign(draftCampaign('RF_REACH', { budget_mode: 'BUDGET_MODE_INFINITE', budget: undefined }), ctx())
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ ruleId: 'campaign.objective.rf-reach-unsupported', field: 'objective_type', severity: 'error' })
    expect(problems[0]!.message).toContain('/adgroup/rf/create/')
    expect(problems[0]!.message).toContain('Adwright does not support')
    expect(validateCampaign(draftCampaign('REACH'), ctx())).toEqual([])
  })

  it('refuses a new ad group under a downloaded Reach & Frequency campaign, but leaves downloaded ones alone', () => {
    const rf = campaign({ objective_type: 'RF_REACH', budget_mode: 'BUDGET_MODE_INFINITE', budget: undefined })
    expect(validateCampaign(rf, ctx())).toEqual([])
    const fresh = adgroup({ adgroup_id: 'local-g1', optimization_goal: 'REACH', billing_event: 'CPM' })
    expect(ruleIds(validateAdGroup(fresh, rf, ctx()))).toEqual(['adgroup.campaign.rf-reach'])
    expect(validateAdGroup({ ...fresh, adgroup_id: '2001' }, rf, ctx())).toEqual([])
  })

  it('allows the page-visit goal in engagement campaigns only', () => {
    const group = adgroup({ optimization_goal: 'PAGE_VISIT', billing_event: 'OCPM' })
    expect(validateAdGroup(group, campaign({ objective_type: 'ENGAGEMENT' }), ctx())).toEqual([])
    const [p] = validateAdGroup(group, campaign({ objective_type: 'TRAFFIC' }), ctx())
    expect(p).toMatchObject({ ruleId: 'adgroup.optimization-goal.page-visit', field: 'optimization_goal' })
    expect(AdGroupSchema.safeParse(adgroup({ optimization_goal: 'PAGE_VISITS' as never })).success).toBe(false)
  })
})
