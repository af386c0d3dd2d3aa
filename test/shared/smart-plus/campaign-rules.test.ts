import { describe, expect, it } from 'vitest'
import { budgetModesFor } from '#shared/domain/smart-plus/index'
import { validateSmartPlus, validateSmartPlusCampaign } from '#shared/domain/smart-plus/validation/index'
import { ids, only, spAdGroup, spCampaign, spCtx } from './fixtures'

describe('Smart+ campaign rules', () => {
  it('with CBO on, allows only the dynamic daily and lifetime budgets', () => {
    expect(budgetModesFor(true)).toEqual({
      allowed: ['BUDGET_MODE_DYNAMIC_DAILY_BUDGET', 'BUDGET_MODE_TOTAL'],
      default: 'BUDGET_MODE_DYNAMIC_DAILY_BUDGET',
    })
    const bad = validateSmartPlusCampaign(spCampaign({ budget_mode: 'BUDGET_MODE_DAY' }), 1, spCtx())
    expect(only(bad, 'smart-plus.campaign.budget-mode')).toMatchObject([{ severity: 'error', field: 'budget_mode' }])
    expect(bad[0]?.message).toContain('dynamic daily or lifetime')
    expect(ids(validateSmartPlusCampaign(spCampaign({ budget_mode: 'BUDGET_MODE_TOTAL' }), 1, spCtx()))).toEqual([])
  })

  it('with CBO absent, reads it as on (TikTok’s default)', () => {
    const c = spCampaign({ budget_optimize_on: undefined, budget_mode: 'BUDGET_MODE_INFINITE', budget: undefined })
    expect(ids(validateSmartPlusCampaign(c, 1, spCtx()))).toEqual(['smart-plus.campaign.budget-mode'])
  })

  it('with CBO off, allows unlimited, daily and lifetime budgets but not the dynamic one', () => {
    const off = { budget_optimize_on: false }
    expect(ids(validateSmartPlusCampaign(spCampaign({ ...off, budget_mode: 'BUDGET_MODE_DYNAMIC_DAILY_BUDGET' }), 1, spCtx()))).toEqual([
      'smart-plus.campaign.budget-mode',
    ])
    expect(ids(validateSmartPlusCampaign(spCampaign({ ...off, budget_mode: 'BUDGET_MODE_INFINITE', budget: undefined }), 1, spCtx()))).toEqual([])
    expect(ids(validateSmartPlusCampaign(spCampaign({ ...off, budget_mode: 'BUDGET_MODE_DAY', budget: 100 }), 1, spCtx()))).toEqual([])
  })

  it('needs an amount for a budgeted mode', () => {
    expect(ids(validateSmartPlusCampaign(spCampaign({ budget: undefined }), 1, spCtx()))).toEqual(['smart-plus.campaign.budget.required'])
  })

  it('refuses a 31st ad group, naming the rule, and accepts 30', () => {
    const campaigns = [spCampaign()]
    const groups = (n: number) => Array.from({ length: n }, (_, i) => spAdGroup({ adgroup_id: `local-g${i}`, adgroup_name: `Group ${i}` }))
    const over = validateSmartPlus({ campaigns, adgroups: groups(31), ads: [] }, spCtx())
    expect(only(over, 'smart-plus.campaign.adgroups.max')).toHaveLength(1)
    expect(only(over, 'smart-plus.campaign.adgroups.max')[0]?.message).toContain('at most 30 ad groups')
    expect(only(validateSmartPlus({ campaigns, adgroups: groups(30), ads: [] }, spCtx()), 'smart-plus.campaign.adgroups.max')).toEqual([])
  })

  it('needs the app promotion type on APP_PROMOTION', () => {
    const app = spCampaign({ objective_type: 'APP_PROMOTION', sales_destination: undefined })
    expect(ids(validateSmartPlusCampaign(app, 1, spCtx()))).toEqual(['smart-plus.campaign.app-promotion-type'])
    expect(ids(validateSmartPlusCampaign({ ...app, app_promotion_type: 'APP_INSTALL' }, 1, spCtx()))).toEqual([])
  })
})
