import { describe, expect, it } from 'vitest'
import { validateSmartPlusAdGroup } from '#shared/domain/smart-plus/validation/index'
import { apiTimeAfter } from '#test/helpers/clock'
import { ids, only, postedOf, spAdGroup, spCampaign, spCtx } from './fixtures'

const check = (over: Parameters<typeof spAdGroup>[0], campaign = spCampaign(), ads = 1, ctx = spCtx()) =>
  validateSmartPlusAdGroup(spAdGroup(over), campaign, ads, ctx)

describe('Smart+ ad group rules', () => {
  it('passes the fixture', () => {
    expect(check({})).toEqual([])
  })

  it('bills CPC only for CLICK and OCPM otherwise', () => {
    expect(ids(check({ optimization_goal: 'CLICK', billing_event: 'OCPM' }))).toEqual(['smart-plus.adgroup.billing-event'])
    expect(ids(check({ optimization_goal: 'CONVERT', billing_event: 'CPC' }))).toEqual(['smart-plus.adgroup.billing-event'])
    expect(ids(check({ optimization_goal: 'CLICK', billing_event: 'CPC', pixel_id: undefined, optimization_event: undefined }))).toEqual([])
  })

  it('needs a pixel and an event for CONVERT or VALUE on WEB_CONVERSIONS and LEAD_GENERATION', () => {
    const none = { pixel_id: undefined, optimization_event: undefined }
    expect(ids(check({ ...none, optimization_goal: 'VALUE' }))).toEqual([
      'smart-plus.adgroup.pixel.required',
      'smart-plus.adgroup.optimization-event.required',
    ])
    expect(ids(check(none, spCampaign({ objective_type: 'LEAD_GENERATION' })))).toHaveLength(2)
    // Not on APP_PROMOTION, and not for other goals.
    const app = spCampaign({ objective_type: 'APP_PROMOTION', app_promotion_type: 'APP_INSTALL' })
    expect(ids(check({ ...none, promotion_type: 'APP_ANDROID' }, app))).toEqual([])
    expect(ids(check({ ...none, optimization_goal: 'LEAD_GENERATION' }))).toEqual([])
  })

  it('needs at least one placement when placements are selected; automatic needs none', () => {
    expect(ids(check({ placement_type: 'PLACEMENT_TYPE_NORMAL', placements: [] }))).toEqual(['smart-plus.adgroup.placements.required'])
    expect(ids(check({ placement_type: 'PLACEMENT_TYPE_NORMAL', placements: ['PLACEMENT_PANGLE'] }))).toEqual([])
    expect(ids(check({ placement_type: 'PLACEMENT_TYPE_AUTOMATIC', placements: undefined }))).toEqual([])
  })

  it('refuses a 31st ad, naming the rule, and accepts 30', () => {
    expect(only(check({}, spCampaign(), 31), 'smart-plus.adgroup.ads.max')[0]?.message).toContain('at most 30 ads')
    expect(ids(check({}, spCampaign(), 30))).toEqual([])
  })

  it('lets a new ad group start at most 12 hours in the past', () => {
    const ctx = spCtx()
    const hoursAgo = (h: number) => new Date(ctx.now.getTime() - h * 3_600_000).toISOString().slice(0, 19).replace('T', ' ')
    expect(ids(check({ schedule_start_time: hoursAgo(13) }))).toEqual(['smart-plus.adgroup.schedule.start-too-early'])
    expect(ids(check({ schedule_start_time: hoursAgo(11) }))).toEqual([])
    // A posted ad group started long ago by design.
    expect(ids(check({ adgroup_id: '1791000000000000001', schedule_start_time: hoursAgo(48) }))).toEqual([])
  })

  it('warns, naming them, about targeting fields TikTok ignores in AUTOMATIC mode', () => {
    const spec = { location_ids: ['6252001'], gender: 'GENDER_FEMALE' as const, network_types: ['WIFI' as const], languages: ['en'] }
    const [p] = check({ targeting_spec: spec })
    expect(p).toMatchObject({ severity: 'warning', ruleId: 'smart-plus.adgroup.targeting.ignored', field: 'targeting_spec' })
    expect(p?.message).toContain('gender, network_types')
    expect(p?.message).not.toContain('languages')
    // Suggestions on: gender is a hint, network types still ignored.
    const [hinted] = check({ targeting_spec: spec, suggestion_audience_enabled: true })
    expect(hinted?.message).toContain('network_types')
    expect(hinted?.message).not.toContain('gender')
  })

  it('warns about the AUTOMATIC age floor in MANUAL mode, and passes a manual-style spec', () => {
    expect(ids(check({ targeting_optimization_mode: 'MANUAL' }))).toEqual(['smart-plus.adgroup.targeting.ignored'])
    const manual = {
      location_ids: ['6252001'],
      age_groups: ['AGE_25_34' as const],
      network_types: ['WIFI' as const],
      spending_power: 'HIGH' as const,
    }
    expect(ids(check({ targeting_optimization_mode: 'MANUAL', targeting_spec: manual }))).toEqual([])
  })

  it('locks fields the update endpoint does not take, once posted', () => {
    const posted = spAdGroup({ adgroup_id: '1791000000000000001' })
    const ctx = spCtx({ posted: postedOf({ adgroups: [posted] }) })
    const changed = validateSmartPlusAdGroup(
      { ...posted, optimization_event: 'ON_WEB_CART', bid_type: 'BID_TYPE_MAX_CONVERSION' },
      spCampaign(),
      1,
      ctx,
    )
    expect(only(changed, 'smart-plus.adgroup.locked').map((p) => p.field)).toEqual(['bid_type', 'optimization_event'])
    const allowed = {
      ...posted,
      adgroup_name: 'Renamed',
      schedule_end_time: apiTimeAfter(30),
      targeting_spec: { location_ids: ['6252001', '2921044'] },
    }
    expect(ids(validateSmartPlusAdGroup(allowed, spCampaign(), 1, ctx))).toEqual([])
  })

  it('keeps the United States once a posted ad group targets it', () => {
    const posted = spAdGroup({ adgroup_id: '1791000000000000001' })
    const ctx = spCtx({ posted: postedOf({ adgroups: [posted] }) })
    const removed = validateSmartPlusAdGroup({ ...posted, targeting_spec: { location_ids: ['2921044'] } }, spCampaign(), 1, ctx)
    expect(ids(removed)).toEqual(['smart-plus.adgroup.locations.us-kept'])
    // A draft never posted may drop it freely.
    expect(ids(check({ targeting_spec: { location_ids: ['2921044'] } }))).toEqual([])
  })

  it('needs its campaign', () => {
    expect(ids(validateSmartPlusAdGroup(spAdGroup(), undefined, 1, spCtx()))).toEqual(['smart-plus.adgroup.campaign.missing'])
  })
})
