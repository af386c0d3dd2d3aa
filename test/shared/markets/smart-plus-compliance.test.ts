/**
 * Market and consent rules on Upgraded Smart+ ad groups (shared/markets/compliance/smart-plus.ts): a field counts
 * when TikTok reads it in the ad group's targeting mode (notes tiktok-api-2026.md §2).
 */
import { describe, expect, it } from 'vitest'
import { newSmartPlusAdGroup, newSmartPlusCampaign } from '#shared/domain/smart-plus/defaults'
import { checkSmartPlusCompliance } from '#shared/markets/compliance/smart-plus'
import { TEST_NOW } from '#test/helpers/clock'

const GERMANY = '2921044'
const group = (fields: Partial<ReturnType<typeof newSmartPlusAdGroup>>) => ({
  ...newSmartPlusAdGroup(newSmartPlusCampaign('7301000000000000001', 'local-c'), 'local-g', TEST_NOW),
  ...fields,
})
const rules = (g: ReturnType<typeof group>) => checkSmartPlusCompliance(g).map((p) => p.ruleId)

describe('Smart+ compliance', () => {
  it('MANUAL: interests on EU teens are refused, filed under the Smart+ ad group', () => {
    const g = group({
      targeting_optimization_mode: 'MANUAL',
      targeting_spec: { location_ids: [GERMANY], age_groups: ['AGE_13_17', 'AGE_18_24'], interest_category_ids: ['15'] },
    })
    const problems = checkSmartPlusCompliance(g)
    expect(problems).toContainEqual(
      expect.objectContaining({ ruleId: 'compliance.eu.minors-personalised', kind: 'smart_plus_adgroup', severity: 'error' }),
    )
  })

  it('AUTOMATIC with an 18+ floor: the same interests as suggestions cannot reach teens', () => {
    const spec = { location_ids: [GERMANY], spc_audience_age: 'OVER_EIGHTEEN' as const, interest_category_ids: ['15'] }
    expect(rules(group({ targeting_spec: spec, suggestion_audience_enabled: true }))).not.toContain('compliance.eu.minors-personalised')
  })

  it('AUTOMATIC without a floor and with suggestions on: TikTok may use them on teens, so it is refused; with suggestions off it is not', () => {
    const spec = { location_ids: [GERMANY], interest_category_ids: ['15'] }
    expect(rules(group({ targeting_spec: spec, suggestion_audience_enabled: true }))).toContain('compliance.eu.minors-personalised')
    expect(rules(group({ targeting_spec: spec, suggestion_audience_enabled: false }))).not.toContain('compliance.eu.minors-personalised')
  })
})
