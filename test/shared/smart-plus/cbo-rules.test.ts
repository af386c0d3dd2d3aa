import { describe, expect, it } from 'vitest'
import { checkCboConsistency } from '#shared/domain/smart-plus/validation/index'
import { spAdGroup, spCampaign } from './fixtures'

const a = spAdGroup({ adgroup_id: 'local-g1', adgroup_name: 'A' })

describe('CBO consistency across a Smart+ campaign’s ad groups', () => {
  it.each([
    ['promotion_type', { promotion_type: 'WEBSITE_OR_DISPLAY' }],
    ['optimization_goal', { optimization_goal: 'VALUE' }],
    ['optimization_event', { optimization_event: 'ON_WEB_CART' }],
    ['billing_event', { billing_event: 'CPC' }],
    ['bid_type', { bid_type: 'BID_TYPE_CUSTOM', conversion_bid_price: 5 }],
    ['conversion_bid_price', { conversion_bid_price: 7 }],
  ] as const)('names a differing %s on the ad group that differs', (field, over) => {
    const b = spAdGroup({ adgroup_id: 'local-g2', adgroup_name: 'B', ...over })
    const problems = checkCboConsistency(spCampaign(), [a, b])
    expect(problems.map((p) => [p.entityId, p.field])).toContainEqual(['local-g2', field])
    expect(problems.every((p) => p.ruleId === 'smart-plus.adgroup.cbo-mismatch' && p.severity === 'error')).toBe(true)
  })

  it('passes when the shared fields match, even with different targeting', () => {
    const b = spAdGroup({
      adgroup_id: 'local-g2',
      adgroup_name: 'B',
      targeting_optimization_mode: 'MANUAL',
      targeting_spec: { location_ids: ['2921044'] },
    })
    expect(checkCboConsistency(spCampaign(), [a, b])).toEqual([])
  })

  it('does not apply with CBO off', () => {
    const b = spAdGroup({ adgroup_id: 'local-g2', adgroup_name: 'B', optimization_goal: 'CLICK', billing_event: 'CPC' })
    expect(checkCboConsistency(spCampaign({ budget_optimize_on: false }), [a, b])).toEqual([])
    expect(checkCboConsistency(spCampaign(), [a, b])).not.toEqual([])
  })
})
