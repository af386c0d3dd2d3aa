import { describe, expect, it } from 'vitest'
import { blocksPosting, checkAccount } from '#shared/checks/check-account'
import { createDemoAccount } from '#shared/domain/demo/index'

const now = new Date('2026-11-23T12:00:00Z')
const demo = () => createDemoAccount('7301000000000000001', now)

describe('checkAccount', () => {
  it('finds nothing blocking in the demo account', () => {
    expect(blocksPosting(checkAccount(demo(), { currency: 'USD', now }))).toBe(false)
  })

  it('reports field rules and compliance rules together', () => {
    const account = demo()
    const euGroup = account.adgroups.find((a) => a.location_ids.includes('2921044'))!
    euGroup.age_groups = ['AGE_13_17', ...euGroup.age_groups]
    euGroup.interest_category_ids = euGroup.interest_category_ids.length ? euGroup.interest_category_ids : ['100001']
    euGroup.budget_mode = 'BUDGET_MODE_DAY'
    euGroup.budget = 5
    const problems = checkAccount(account, { currency: 'USD', now }).filter((p) => p.entityId === euGroup.adgroup_id)
    const ids = problems.map((p) => p.ruleId)
    expect(ids).toContain('compliance.eu.minors-personalised')
    expect(ids.some((id) => id.startsWith('adgroup.budget'))).toBe(true)
    expect(blocksPosting(problems)).toBe(true)
  })

  it('uses the full geo table, not only the few ids validation knows by default', () => {
    const account = demo()
    const group = account.adgroups[0]!
    // Île-de-France is not in validation's default lookup; only the targeting geo table knows it is in France.
    group.location_ids = ['3017382', '3012874']
    const overlap = checkAccount(account, { currency: 'USD', now }).filter(
      (p) => p.entityId === group.adgroup_id && p.field === 'location_ids' && p.severity === 'error' && !p.ruleId.startsWith('compliance'),
    )
    expect(overlap.length).toBeGreaterThan(0)
  })
})
