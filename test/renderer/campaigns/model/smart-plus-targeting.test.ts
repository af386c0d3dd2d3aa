import { describe, expect, it } from 'vitest'
import { newSmartPlusAdGroup, newSmartPlusCampaign } from '#shared/domain/smart-plus/defaults'
import { ignoredFields } from '#shared/domain/smart-plus/targeting-modes'
import { ignoredReason, specForMode } from '#renderer/campaigns/model/smart-plus-targeting'
import { TEST_NOW } from '#test/helpers/clock'

const group = (over: Partial<ReturnType<typeof newSmartPlusAdGroup>> = {}) => ({
  ...newSmartPlusAdGroup(newSmartPlusCampaign('7301000000000000001', 'local-c'), 'local-g', TEST_NOW),
  ...over,
})

describe('Smart+ targeting editor rules', () => {
  it('greys suggestions in AUTOMATIC until suggestions are on, and the age floor in MANUAL', () => {
    expect(ignoredReason(group(), 'location_ids')).toBeUndefined()
    expect(ignoredReason(group(), 'gender')).toContain('unless audience suggestions are on')
    expect(ignoredReason(group({ suggestion_audience_enabled: true }), 'gender')).toBeUndefined()
    expect(ignoredReason(group({ targeting_optimization_mode: 'MANUAL' }), 'gender')).toBeUndefined()
    expect(ignoredReason(group({ targeting_optimization_mode: 'MANUAL' }), 'spc_audience_age')).toContain('manual targeting')
  })

  it('says Pangle packages are read only in MANUAL, whether or not suggestions are on', () => {
    const field = 'included_pangle_audience_package_ids'
    expect(ignoredReason(group(), field)).toBe('TikTok reads this only in manual targeting.')
    expect(ignoredReason(group({ suggestion_audience_enabled: true }), field)).toBe('TikTok reads this only in manual targeting.')
    expect(ignoredReason(group({ targeting_optimization_mode: 'MANUAL' }), field)).toBeUndefined()
  })

  it('carries the age floor into age groups on a switch to MANUAL, leaving nothing TikTok would ignore', () => {
    const g = group({ targeting_spec: { location_ids: ['6252001'], spc_audience_age: 'OVER_TWENTY_FIVE' } })
    const spec = specForMode(g.targeting_spec, 'MANUAL')
    expect(spec).toEqual({ location_ids: ['6252001'], age_groups: ['AGE_25_34', 'AGE_35_44', 'AGE_45_54', 'AGE_55_100'] })
    expect(ignoredFields(spec, 'MANUAL', false)).toEqual([])
  })

  it('keeps chosen age groups on a switch to MANUAL, and gives AUTOMATIC the adult floor when it has none', () => {
    expect(specForMode({ location_ids: ['2921044'], spc_audience_age: 'OVER_EIGHTEEN', age_groups: ['AGE_18_24'] }, 'MANUAL')).toEqual({
      location_ids: ['2921044'],
      age_groups: ['AGE_18_24'],
    })
    expect(specForMode({ location_ids: ['2921044'] }, 'AUTOMATIC')).toEqual({ location_ids: ['2921044'], spc_audience_age: 'OVER_EIGHTEEN' })
    expect(specForMode({ spc_audience_age: 'OVER_TWENTY_FIVE' }, 'AUTOMATIC').spc_audience_age).toBe('OVER_TWENTY_FIVE')
  })
})
