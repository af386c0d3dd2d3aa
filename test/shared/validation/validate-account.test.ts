import { describe, expect, it } from 'vitest'
import { DEFAULT_GEO, validateAccount } from '#shared/domain/validation/index'
import { ad, adgroup, campaign, ctx, ruleIds } from './fixtures'

describe('validateAccount', () => {
  it('finds nothing wrong with a consistent account', () => {
    expect(validateAccount({ campaigns: [campaign()], adgroups: [adgroup()], ads: [ad()] }, ctx())).toEqual([])
  })

  it('links each entity to its parent and reports orphans', () => {
    const problems = validateAccount(
      {
        campaigns: [campaign()],
        adgroups: [adgroup(), adgroup({ adgroup_id: '2002', campaign_id: '9999' })],
        ads: [ad(), ad({ ad_id: '3002', adgroup_id: '8888' })],
      },
      ctx(),
    )
    expect(problems.map((p) => [p.ruleId, p.entityId])).toEqual([
      ['adgroup.campaign.missing', '2002'],
      ['ad.adgroup.missing', '3002'],
    ])
  })

  it('uses the parent campaign for objective rules of ads', () => {
    const conv = campaign({ objective_type: 'WEB_CONVERSIONS' })
    const ag = adgroup({ pixel_id: '1', optimization_event: 'SHOPPING' })
    expect(ruleIds(validateAccount({ campaigns: [conv], adgroups: [ag], ads: [ad({ landing_page_url: undefined })] }, ctx()))).toEqual([
      'ad.landing-page.required',
    ])
  })

  it('reports campaigns, then ad groups, then ads', () => {
    const problems = validateAccount({ campaigns: [campaign({ budget: 1 })], adgroups: [adgroup({ budget: 1 })], ads: [ad({ ad_text: '' })] }, ctx())
    expect(problems.map((p) => p.kind)).toEqual(['campaign', 'adgroup', 'ad'])
  })

  it('ships a default geo lookup that knows a few regions', () => {
    expect(DEFAULT_GEO.parentOf('5332921')).toBe('6252001')
    expect(DEFAULT_GEO.parentOf('1850144')).toBe('1861060')
    expect(DEFAULT_GEO.parentOf('2951839')).toBe('2921044')
    expect(DEFAULT_GEO.parentOf('6252001')).toBeUndefined()
    const problems = validateAccount(
      { campaigns: [campaign()], adgroups: [adgroup({ location_ids: ['2921044', '2951839'] })], ads: [] },
      ctx({ geo: DEFAULT_GEO }),
    )
    expect(ruleIds(problems)).toEqual(['adgroup.locations.overlap'])
  })
})
