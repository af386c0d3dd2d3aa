import { describe, expect, it } from 'vitest'
import { lockedFieldChanges } from '#shared/domain/smart-plus/index'
import { validateSmartPlusCampaign } from '#shared/domain/smart-plus/validation/index'
import { ids, postedOf, spAdGroup, spCampaign, spCtx } from './fixtures'

describe('fields locked after creation', () => {
  it('names the campaign fields that changed but cannot be updated', () => {
    const posted = spCampaign({ campaign_id: '1790000000000000001' })
    const working = { ...posted, budget_optimize_on: false, budget_mode: 'BUDGET_MODE_DAY' as const, campaign_name: 'New name', budget: 300 }
    expect(lockedFieldChanges('campaign', posted, working)).toEqual(['budget_mode', 'budget_optimize_on'])
    expect(lockedFieldChanges('campaign', posted, { ...posted, campaign_name: 'New', budget: 300, operation_status: 'DISABLE' })).toEqual([])
  })

  it('names ad group fields: placements, attribution, promotion type', () => {
    const posted = spAdGroup({ adgroup_id: '1791000000000000001' })
    const working = {
      ...posted,
      placement_type: 'PLACEMENT_TYPE_NORMAL' as const,
      click_attribution_window: 'ONE_DAY' as const,
      promotion_type: 'WEBSITE_OR_DISPLAY' as const,
    }
    expect(lockedFieldChanges('adgroup', posted, working)).toEqual(['click_attribution_window', 'placement_type', 'promotion_type'])
    expect(
      lockedFieldChanges('adgroup', posted, { ...posted, targeting_optimization_mode: 'MANUAL', bid_price: 3, pacing: 'PACING_MODE_FAST' }),
    ).toEqual([])
  })

  it('reports each locked change as an error on the field', () => {
    const posted = spCampaign({ campaign_id: '1790000000000000001' })
    const ctx = spCtx({ posted: postedOf({ campaigns: [posted] }) })
    const problems = validateSmartPlusCampaign({ ...posted, sales_destination: undefined }, 1, ctx)
    expect(problems).toMatchObject([{ ruleId: 'smart-plus.campaign.locked', field: 'sales_destination', severity: 'error' }])
    expect(ids(validateSmartPlusCampaign({ ...posted, budget: 999 }, 1, ctx))).toEqual([])
  })
})
