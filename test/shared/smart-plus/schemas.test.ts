import { describe, expect, it } from 'vitest'
import { SmartPlusAdGroupSchema, SmartPlusAdSchema, SmartPlusCampaignSchema } from '#shared/domain/smart-plus/index'
import { spAd, spAdGroup, spCampaign } from './fixtures'

describe('Smart+ schemas', () => {
  it('accept drafts with TikTok’s field names', () => {
    expect(SmartPlusCampaignSchema.safeParse(spCampaign()).success).toBe(true)
    expect(SmartPlusAdGroupSchema.safeParse(spAdGroup()).success).toBe(true)
    expect(SmartPlusAdSchema.safeParse(spAd()).success).toBe(true)
  })

  it('refuse unknown fields, including manual-only ones', () => {
    expect(SmartPlusAdGroupSchema.safeParse({ ...spAdGroup(), location_ids: ['6252001'] }).success).toBe(false)
    expect(SmartPlusAdGroupSchema.safeParse(spAdGroup({ targeting_spec: { placements: [] } as never })).success).toBe(false)
    expect(SmartPlusAdSchema.safeParse({ ...spAd(), ad_text: 'x' }).success).toBe(false)
  })

  it('take only the objectives Upgraded Smart+ accepts and its own marker', () => {
    expect(SmartPlusCampaignSchema.safeParse(spCampaign({ objective_type: 'TRAFFIC' as never })).success).toBe(false)
    expect(SmartPlusCampaignSchema.safeParse(spCampaign({ campaign_automation_type: 'MANUAL' as never })).success).toBe(false)
    for (const objective of ['APP_PROMOTION', 'LEAD_GENERATION', 'WEB_CONVERSIONS'] as const)
      expect(SmartPlusCampaignSchema.safeParse(spCampaign({ objective_type: objective })).success).toBe(true)
  })

  it('take the targeting modes and the Smart+ age floor, and a request id of digits only', () => {
    expect(SmartPlusAdGroupSchema.safeParse(spAdGroup({ targeting_optimization_mode: 'MANUAL' })).success).toBe(true)
    expect(SmartPlusAdGroupSchema.safeParse(spAdGroup({ targeting_optimization_mode: 'SMART' as never })).success).toBe(false)
    expect(SmartPlusAdGroupSchema.safeParse(spAdGroup({ targeting_spec: { spc_audience_age: 'AGE_18_24' as never } })).success).toBe(false)
    expect(SmartPlusAdGroupSchema.safeParse(spAdGroup({ request_id: '123456789' })).success).toBe(true)
    expect(SmartPlusAdGroupSchema.safeParse(spAdGroup({ request_id: 'abc' })).success).toBe(false)
  })

  it('keep creatives’ identity fields inside creative_info', () => {
    const bad = spAd({ creative_list: [{ creative_info: { ad_format: 'SINGLE_VIDEO' }, identity_id: 'x' } as never] })
    expect(SmartPlusAdSchema.safeParse(bad).success).toBe(false)
    expect(SmartPlusAdSchema.safeParse(spAd({ creative_list: [{ creative_info: { ad_format: 'SINGLE_IMAGE' as never } }] })).success).toBe(false)
  })
})
