import { describe, expect, it } from 'vitest'
import { validateAdGroup } from '#shared/domain/validation/index'
import { adgroup, campaign, ctx, ruleIds, START } from './fixtures'
import { apiTimeAfter } from '#test/helpers/clock'

const cmp = campaign()

describe('validateAdGroup: parent and objective', () => {
  it('accepts a complete ad group', () => {
    expect(validateAdGroup(adgroup(), cmp, ctx())).toEqual([])
  })

  it('needs its campaign to exist', () => {
    expect(ruleIds(validateAdGroup(adgroup(), undefined, ctx()))).toEqual(['adgroup.campaign.missing'])
  })

  it('requires a name without emoji', () => {
    expect(ruleIds(validateAdGroup(adgroup({ adgroup_name: '' }), cmp, ctx()))).toEqual(['adgroup.name.required'])
    expect(ruleIds(validateAdGroup(adgroup({ adgroup_name: 'JP 🔥' }), cmp, ctx()))).toEqual(['adgroup.name.emoji'])
    expect(ruleIds(validateAdGroup(adgroup({ adgroup_name: '東京'.repeat(129) }), cmp, ctx()))).toEqual(['adgroup.name.too-long'])
    expect(validateAdGroup(adgroup({ adgroup_name: '東京'.repeat(128) }), cmp, ctx())).toEqual([])
  })

  it('needs pixel and optimisation event for web conversions and product sales', () => {
    for (const objective_type of ['WEB_CONVERSIONS', 'PRODUCT_SALES'] as const) {
      const c = campaign({ objective_type })
      expect(ruleIds(validateAdGroup(adgroup(), c, ctx()))).toEqual(['adgroup.pixel.required', 'adgroup.optimization-event.required'])
      expect(validateAdGroup(adgroup({ pixel_id: '7000111', optimization_event: 'SHOPPING' }), c, ctx())).toEqual([])
    }
  })

  it('needs exactly one operating system for app promotion, at most one otherwise', () => {
    const app = campaign({ objective_type: 'APP_PROMOTION' })
    expect(ruleIds(validateAdGroup(adgroup(), app, ctx()))).toEqual(['adgroup.operating-systems.app-promotion'])
    expect(ruleIds(validateAdGroup(adgroup({ operating_systems: ['IOS', 'ANDROID'] }), app, ctx()))).toEqual([
      'adgroup.operating-systems.app-promotion',
    ])
    expect(validateAdGroup(adgroup({ operating_systems: ['IOS'] }), app, ctx())).toEqual([])
    expect(ruleIds(validateAdGroup(adgroup({ operating_systems: ['IOS', 'ANDROID'] }), cmp, ctx()))).toEqual([
      'adgroup.operating-systems.at-most-one',
    ])
  })

  it('takes device prices as pairs of multiples of 50', () => {
    expect(validateAdGroup(adgroup({ device_price_ranges: [0, 250] }), cmp, ctx())).toEqual([])
    expect(ruleIds(validateAdGroup(adgroup({ device_price_ranges: [0, 260] }), cmp, ctx()))).toEqual(['adgroup.device-price.format'])
    expect(ruleIds(validateAdGroup(adgroup({ device_price_ranges: [100] }), cmp, ctx()))).toEqual(['adgroup.device-price.format'])
  })
})

describe('validateAdGroup: budget', () => {
  it('wants a daily budget above $20, with a message a buyer can act on', () => {
    const problems = validateAdGroup(adgroup({ budget: 15 }), cmp, ctx())
    expect(problems).toEqual([
      {
        severity: 'error',
        ruleId: 'adgroup.budget.min-daily',
        kind: 'adgroup',
        entityId: '2001',
        entityName: 'Spring JP 18-34',
        field: 'budget',
        message: 'Ad group “Spring JP 18-34”: daily budget must be more than $20.00 (it is $15.00).',
      },
    ])
    const [exact] = validateAdGroup(adgroup({ budget: 20 }), cmp, ctx())
    expect(exact).toMatchObject({ ruleId: 'adgroup.budget.min-daily' })
    expect(exact!.message).toBe(
      'Ad group “Spring JP 18-34”: daily budget must be more than $20.00: TikTok refuses exactly $20.00, so use $20.01 or more.',
    )
    expect(validateAdGroup(adgroup({ budget: 20.01 }), cmp, ctx())).toEqual([])
    // Other currencies: TikTok's figure is not in the notes, so a labelled fallback warning (never blocking).
    const [eur] = validateAdGroup(adgroup({ budget: 15 }), cmp, ctx({ currency: 'EUR' }))
    expect(eur).toMatchObject({ severity: 'warning', ruleId: 'adgroup.budget.min-daily-fallback' })
    expect(eur!.message).toMatch(/daily budget must be more than €20\.00 \(it is €15\.00\)\. Fallback check: .* not published/)
    expect(validateAdGroup(adgroup({ budget: 20.01 }), cmp, ctx({ currency: 'EUR' }))).toEqual([])
  })

  it('wants a lifetime budget of at least $20 per scheduled day, counting part days as whole', () => {
    const lifetime = (budget: number, end: string) =>
      adgroup({ budget_mode: 'BUDGET_MODE_TOTAL', budget, schedule_type: 'SCHEDULE_START_END', schedule_end_time: end })
    // The start (now + 8 days, 00:00) → now + 15 days, 00:00 is exactly 7 days.
    expect(validateAdGroup(lifetime(140, apiTimeAfter(15)), cmp, ctx())).toEqual([])
    const [p] = validateAdGroup(lifetime(139, apiTimeAfter(15)), cmp, ctx())
    expect(p!.ruleId).toBe('adgroup.budget.min-lifetime')
    expect(p!.message).toContain('at least $140.00 ($20.00 × 7 scheduled days; it is $139.00)')
    // One hour more makes it 8 days.
    expect(ruleIds(validateAdGroup(lifetime(140, apiTimeAfter(15, 1)), cmp, ctx()))).toEqual(['adgroup.budget.min-lifetime'])
    expect(validateAdGroup(lifetime(160, apiTimeAfter(15, 1)), cmp, ctx())).toEqual([])
  })

  it('needs an amount for daily, lifetime and dynamic modes and none with unlimited', () => {
    expect(ruleIds(validateAdGroup(adgroup({ budget: undefined }), cmp, ctx()))).toEqual(['adgroup.budget.required'])
    expect(ruleIds(validateAdGroup(adgroup({ budget: 0 }), cmp, ctx()))).toEqual(['adgroup.budget.required'])
    expect(ruleIds(validateAdGroup(adgroup({ budget_mode: 'BUDGET_MODE_DYNAMIC_DAILY_BUDGET', budget: undefined }), cmp, ctx()))).toEqual([
      'adgroup.budget.required',
    ])
    expect(ruleIds(validateAdGroup(adgroup({ budget_mode: 'BUDGET_MODE_INFINITE', budget: undefined }), cmp, ctx()))).toEqual(['adgroup.budget.mode'])
    // Under a campaign without budget optimisation an unlimited ad group is wrong anyway; with it, an amount is just unused.
    const cbo = campaign({ budget_optimize_on: true })
    expect(ruleIds(validateAdGroup(adgroup({ budget_mode: 'BUDGET_MODE_INFINITE', budget: 30 }), cbo, ctx()))).toEqual([
      'adgroup.budget.ignored-with-cbo',
    ])
  })

  it('warns that the ad group budget is unused when the campaign optimises the budget', () => {
    const cbo = campaign({ budget_optimize_on: true })
    const [p] = validateAdGroup(adgroup({ budget: 5 }), cbo, ctx())
    expect(p).toMatchObject({ severity: 'warning', ruleId: 'adgroup.budget.ignored-with-cbo', field: 'budget' })
    expect(validateAdGroup(adgroup({ budget: undefined, budget_mode: 'BUDGET_MODE_INFINITE' }), cbo, ctx())).toEqual([])
  })
})

describe('validateAdGroup: schedule', () => {
  it('needs a start-to-end schedule for a lifetime budget', () => {
    const ag = adgroup({ budget_mode: 'BUDGET_MODE_TOTAL', budget: 500 })
    expect(ruleIds(validateAdGroup(ag, cmp, ctx()))).toEqual(['adgroup.schedule.total-needs-end'])
  })

  it('needs an end time after the start time', () => {
    const se = (end?: string) => adgroup({ schedule_type: 'SCHEDULE_START_END', schedule_end_time: end })
    expect(validateAdGroup(se(apiTimeAfter(9)), cmp, ctx())).toEqual([])
    expect(ruleIds(validateAdGroup(se(undefined), cmp, ctx()))).toEqual(['adgroup.schedule.end-required'])
    expect(ruleIds(validateAdGroup(se(START), cmp, ctx()))).toEqual(['adgroup.schedule.end-before-start'])
    expect(ruleIds(validateAdGroup(se(apiTimeAfter(7, 23)), cmp, ctx()))).toEqual(['adgroup.schedule.end-before-start'])
  })

  it('takes times only as YYYY-MM-DD HH:MM:SS and real dates', () => {
    for (const bad of ['2026-12-01T00:00:00Z', '2026-12-01', '2026-02-30 00:00:00', '2026-12-01 24:00:00'])
      expect(ruleIds(validateAdGroup(adgroup({ schedule_start_time: bad }), cmp, ctx()))).toEqual(['adgroup.schedule.start-format'])
    expect(ruleIds(validateAdGroup(adgroup({ schedule_start_time: '' }), cmp, ctx()))).toEqual(['adgroup.schedule.start-required'])
    expect(ruleIds(validateAdGroup(adgroup({ schedule_type: 'SCHEDULE_START_END', schedule_end_time: '1 Dec 2026' }), cmp, ctx()))).toEqual([
      'adgroup.schedule.end-format',
    ])
  })

  it('warns about a start in the past for new drafts only', () => {
    const past = { schedule_start_time: apiTimeAfter(-22) }
    const [p] = validateAdGroup(adgroup({ ...past, adgroup_id: 'local-abc' }), cmp, ctx())
    expect(p).toMatchObject({ severity: 'warning', ruleId: 'adgroup.schedule.start-in-past', field: 'schedule_start_time' })
    expect(validateAdGroup(adgroup(past), cmp, ctx())).toEqual([])
    expect(validateAdGroup(adgroup({ adgroup_id: 'local-abc' }), cmp, ctx())).toEqual([])
  })

  it('takes dayparting as 336 slots of 0/1, not all off', () => {
    expect(validateAdGroup(adgroup({ dayparting: '01'.repeat(168) }), cmp, ctx())).toEqual([])
    expect(ruleIds(validateAdGroup(adgroup({ dayparting: '1'.repeat(335) }), cmp, ctx()))).toEqual(['adgroup.dayparting.format'])
    expect(ruleIds(validateAdGroup(adgroup({ dayparting: '2'.repeat(336) }), cmp, ctx()))).toEqual(['adgroup.dayparting.format'])
    expect(ruleIds(validateAdGroup(adgroup({ dayparting: '0'.repeat(336) }), cmp, ctx()))).toEqual(['adgroup.dayparting.empty'])
  })
})

describe('validateAdGroup: bids', () => {
  it('needs a positive bid with a cost cap', () => {
    const custom = (over = {}) => adgroup({ bid_type: 'BID_TYPE_CUSTOM', ...over })
    expect(ruleIds(validateAdGroup(custom(), cmp, ctx()))).toEqual(['adgroup.bid.required'])
    expect(validateAdGroup(custom({ bid_price: 0.8 }), cmp, ctx())).toEqual([])
    expect(validateAdGroup(custom({ conversion_bid_price: 12 }), cmp, ctx())).toEqual([])
    const [p] = validateAdGroup(custom({ conversion_bid_price: 0 }), cmp, ctx())
    expect(p).toMatchObject({ ruleId: 'adgroup.bid.positive', field: 'conversion_bid_price' })
    expect(validateAdGroup(adgroup({ bid_type: 'BID_TYPE_NO_BID' }), cmp, ctx())).toEqual([])
  })
})

describe('validateAdGroup: placements', () => {
  it('needs placements when they are selected by hand', () => {
    expect(ruleIds(validateAdGroup(adgroup({ placements: [] }), cmp, ctx()))).toEqual(['adgroup.placements.required'])
    expect(validateAdGroup(adgroup({ placement_type: 'PLACEMENT_TYPE_AUTOMATIC', placements: [] }), cmp, ctx())).toEqual([])
  })

  it('allows behaviour targeting only with TikTok as the sole placement', () => {
    const actions = [
      { action_scene: 'VIDEO_RELATED' as const, action_period: 7 as const, video_user_actions: ['LIKED' as const], action_category_ids: ['1'] },
    ]
    expect(validateAdGroup(adgroup({ actions }), cmp, ctx())).toEqual([])
    expect(ruleIds(validateAdGroup(adgroup({ actions, placements: ['PLACEMENT_TIKTOK', 'PLACEMENT_PANGLE'] }), cmp, ctx()))).toEqual([
      'adgroup.actions.tiktok-only',
    ])
    expect(ruleIds(validateAdGroup(adgroup({ actions, placement_type: 'PLACEMENT_TYPE_AUTOMATIC', placements: [] }), cmp, ctx()))).toEqual([
      'adgroup.actions.tiktok-only',
    ])
  })

  it('refuses a change of placement type after creation', () => {
    const downloaded = { adgroup: (id: string) => (id === '2001' ? adgroup() : undefined) }
    const changed = adgroup({ placement_type: 'PLACEMENT_TYPE_AUTOMATIC', placements: [] })
    expect(ruleIds(validateAdGroup(changed, cmp, ctx({ downloaded })))).toEqual(['adgroup.placement-type.immutable'])
    expect(validateAdGroup(adgroup(), cmp, ctx({ downloaded }))).toEqual([])
    expect(validateAdGroup({ ...changed, adgroup_id: 'local-new' }, cmp, ctx({ downloaded }))).toEqual([])
  })
})

describe('validateAdGroup: locations', () => {
  it('needs at least one and at most 3,000 locations', () => {
    expect(ruleIds(validateAdGroup(adgroup({ location_ids: [] }), cmp, ctx()))).toEqual(['adgroup.locations.required'])
    const many = Array.from({ length: 3001 }, (_, i) => String(100000 + i))
    expect(ruleIds(validateAdGroup(adgroup({ location_ids: many }), cmp, ctx()))).toEqual(['adgroup.locations.too-many'])
    expect(validateAdGroup(adgroup({ location_ids: many.slice(1) }), cmp, ctx())).toEqual([])
  })

  it('rejects a location inside another selected one, however deep', () => {
    expect(validateAdGroup(adgroup({ location_ids: ['5332921', '1850144'] }), cmp, ctx())).toEqual([])
    const [p] = validateAdGroup(adgroup({ location_ids: ['6252001', '5332921'] }), cmp, ctx())
    expect(p).toMatchObject({ ruleId: 'adgroup.locations.overlap', field: 'location_ids' })
    expect(p!.message).toContain('location 5332921 lies inside location 6252001')
    // Los Angeles → county → California → US
    expect(ruleIds(validateAdGroup(adgroup({ location_ids: ['5368361', '6252001'] }), cmp, ctx()))).toEqual(['adgroup.locations.overlap'])
  })

  it('survives a cyclic geo dataset', () => {
    const geo = { parentOf: (id: string) => (id === '1' ? '2' : id === '2' ? '1' : undefined) }
    expect(validateAdGroup(adgroup({ location_ids: ['1'] }), cmp, ctx({ geo }))).toEqual([])
  })
})
