import { describe, expect, it } from 'vitest'
import { checkCampaign } from '#backend/sandbox/entity-rules'
import { MIN_BUDGET_USD, NAME_LIMIT } from '#shared/domain/limits'
import { validateCampaign } from '#shared/domain/validation/index'
import { campaign, ctx, errorsOf } from '#test/shared/validation/fixtures'

/** Whether the sandbox (standing in for TikTok) accepts the campaign, and whether the client's validation finds no error. */
function verdicts(name: string, budget: number) {
  let sandbox = true
  try {
    checkCampaign({ campaign_name: name, objective_type: 'TRAFFIC', budget_mode: 'BUDGET_MODE_DAY', budget })
  } catch {
    sandbox = false
  }
  const client = errorsOf(validateCampaign(campaign({ campaign_name: name, budget }), ctx())).length === 0
  return { sandbox, client }
}

describe('the sandbox and validation share TikTok’s limits', () => {
  const cjk = '夏'
  it.each([
    ['a'.repeat(NAME_LIMIT), true],
    ['a'.repeat(NAME_LIMIT + 1), false],
    [cjk.repeat(NAME_LIMIT / 2), true],
    [cjk.repeat(NAME_LIMIT / 2) + 'a', false],
    ['한'.repeat(NAME_LIMIT / 2 - 1) + 'ーー', false],
  ])('agree on a name of %#', (name, ok) => {
    expect(verdicts(name, 100)).toEqual({ sandbox: ok, client: ok })
  })

  it.each([
    [MIN_BUDGET_USD.campaign, false],
    [MIN_BUDGET_USD.campaign + 0.01, true],
  ])('agree on a daily campaign budget of %s USD', (budget, ok) => {
    expect(verdicts('Spring sale', budget)).toEqual({ sandbox: ok, client: ok })
  })
})
