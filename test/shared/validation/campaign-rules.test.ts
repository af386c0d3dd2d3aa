import { describe, expect, it } from 'vitest'
import { validateCampaign, weightedLength } from '#shared/domain/validation/index'
import { CREATION_PATHS } from '#shared/domain/smart-plus/creation-path'
import { campaign, ctx, ruleIds } from './fixtures'

describe('validateCampaign', () => {
  it('accepts a complete campaign', () => {
    expect(validateCampaign(campaign(), ctx())).toEqual([])
  })

  it('refuses an unposted manual campaign of a Smart+ objective once TikTok ends manual creation, not before or when posted', () => {
    const from = Date.parse(CREATION_PATHS.find((r) => r.objective === 'WEB_CONVERSIONS' && r.path === 'smart_plus')!.from)
    const at = (ms: number) => ({ ...ctx(), now: new Date(ms) })
    const draft = campaign({ campaign_id: 'local-c1', objective_type: 'WEB_CONVERSIONS' })
    expect(ruleIds(validateCampaign(draft, at(from - 1)))).toEqual([])
    const [p] = validateCampaign(draft, at(from))
    expect(p).toMatchObject({ ruleId: 'campaign.creation-path.smart-plus', field: 'objective_type', severity: 'error' })
    expect(validateCampaign({ ...draft, campaign_id: '1001' }, at(from))).toEqual([])
    expect(validateCampaign({ ...draft, objective_type: 'TRAFFIC' }, at(from))).toEqual([])
  })

  it('requires a name', () => {
    const [p] = validateCampaign(campaign({ campaign_name: '  ' }), ctx())
    expect(p).toMatchObject({ ruleId: 'campaign.name.required', field: 'campaign_name', severity: 'error', kind: 'campaign', entityId: '1001' })
    expect(p!.message).toBe('Unnamed campaign (1001): give it a name.')
  })

  it('counts CJK characters double against the 512 limit', () => {
    expect(weightedLength('夏のセール')).toBe(10)
    expect(weightedLength('한국 sale')).toBe(9)
    expect(validateCampaign(campaign({ campaign_name: 'a'.repeat(512) }), ctx())).toEqual([])
    expect(ruleIds(validateCampaign(campaign({ campaign_name: 'a'.repeat(513) }), ctx()))).toEqual(['campaign.name.too-long'])
    expect(validateCampaign(campaign({ campaign_name: '日'.repeat(256) }), ctx())).toEqual([])
    expect(ruleIds(validateCampaign(campaign({ campaign_name: '日'.repeat(257) }), ctx()))).toEqual(['campaign.name.too-long'])
  })

  it('rejects emoji in the name but not other non-ASCII text', () => {
    expect(ruleIds(validateCampaign(campaign({ campaign_name: 'Spring 🌸 sale' }), ctx()))).toEqual(['campaign.name.emoji'])
    expect(validateCampaign(campaign({ campaign_name: 'Frühling – Straße' }), ctx())).toEqual([])
  })

  it('needs a budget with daily, lifetime and dynamic modes', () => {
    for (const mode of ['BUDGET_MODE_DAY', 'BUDGET_MODE_TOTAL', 'BUDGET_MODE_DYNAMIC_DAILY_BUDGET'] as const) {
      expect(ruleIds(validateCampaign(campaign({ budget_mode: mode, budget: undefined }), ctx()))).toEqual(['campaign.budget.required'])
      expect(validateCampaign(campaign({ budget_mode: mode, budget: 60 }), ctx())).toEqual([])
    }
  })

  it('takes no budget amount with an unlimited budget', () => {
    expect(validateCampaign(campaign({ budget_mode: 'BUDGET_MODE_INFINITE', budget: undefined }), ctx())).toEqual([])
    expect(ruleIds(validateCampaign(campaign({ budget_mode: 'BUDGET_MODE_INFINITE', budget: 100 }), ctx()))).toEqual(['campaign.budget.not-allowed'])
  })

  it('allows only an unlimited budget for Reach & Frequency', () => {
    expect(validateCampaign(campaign({ objective_type: 'RF_REACH', budget_mode: 'BUDGET_MODE_INFINITE', budget: undefined }), ctx())).toEqual([])
    expect(ruleIds(validateCampaign(campaign({ objective_type: 'RF_REACH', budget_mode: 'BUDGET_MODE_DAY', budget: 100 }), ctx()))).toEqual([
      'campaign.budget.rf-reach-infinite',
    ])
  })

  it('wants a budget above $50 in USD accounts, and warns with a labelled fallback in other currencies', () => {
    const [p] = validateCampaign(campaign({ budget: 50 }), ctx())
    expect(p).toMatchObject({ ruleId: 'campaign.budget.min', field: 'budget' })
    // Exactly the minimum is refused (TikTok's "above $50"), and the message says what to enter instead.
    expect(p!.message).toBe('Campaign “Spring sale”: the budget must be more than $50.00: TikTok refuses exactly $50.00, so use $50.01 or more.')
    expect(validateCampaign(campaign({ budget: 49.99 }), ctx())[0]!.message).toBe(
      'Campaign “Spring sale”: the budget must be more than $50.00 (it is $49.99).',
    )
    expect(validateCampaign(campaign({ budget: 50.01 }), ctx())).toEqual([])
    // TikTok's minimum for other currencies is not in the notes: a warning that says so, never an error that blocks.
    const [jpy] = validateCampaign(campaign({ budget: 50 }), ctx({ currency: 'JPY' }))
    expect(jpy).toMatchObject({ severity: 'warning', ruleId: 'campaign.budget.min-fallback', field: 'budget' })
    expect(jpy!.message).toContain("Fallback check: TikTok's minimum for JPY is not published")
    expect(validateCampaign(campaign({ budget: 50.01 }), ctx({ currency: 'JPY' }))).toEqual([])
  })

  it('needs a campaign budget for budget optimisation', () => {
    expect(validateCampaign(campaign({ budget_optimize_on: true }), ctx())).toEqual([])
    expect(ruleIds(validateCampaign(campaign({ budget_optimize_on: true, budget_mode: 'BUDGET_MODE_INFINITE', budget: undefined }), ctx()))).toEqual([
      'campaign.budget.cbo-needs-budget',
    ])
  })
})
