import { describe, expect, it } from 'vitest'
import { budgetText, formatMoney } from '#renderer/campaigns/labels'

describe('budget in the tree', () => {
  it('names the mode beside the amount', () => {
    expect(budgetText({ budget_mode: 'BUDGET_MODE_DAY', budget: 180 }, 'adgroup')).toBe(`${formatMoney(180)}/day`)
    expect(budgetText({ budget_mode: 'BUDGET_MODE_TOTAL', budget: 6000 }, 'campaign')).toBe(`${formatMoney(6000)} total`)
    expect(budgetText({ budget_mode: 'BUDGET_MODE_DYNAMIC_DAILY_BUDGET', budget: 500 }, 'campaign')).toBe(`${formatMoney(500)}/day avg`)
    expect(budgetText({ budget_mode: 'BUDGET_MODE_INFINITE' }, 'campaign')).toBe('No limit')
  })

  it('says an ad group without its own budget spends the campaign’s', () => {
    expect(budgetText({ budget_mode: 'BUDGET_MODE_DAY' }, 'adgroup')).toBe('Campaign budget')
  })
})
