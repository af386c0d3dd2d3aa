import { describe, expect, it } from 'vitest'
import type { AccountSnapshot } from '#shared/domain/account'
import type { CheckResult } from '#shared/domain/sync'
import { useAppServices, valueOf } from '#test/helpers/app-services'

const DEMO = '7301000000000000001'
const startServices = useAppServices()

describe('Check changes and the market/consent rules', () => {
  it('holds back an EU ad group that targets teens with interests, naming the rule', async () => {
    const s = startServices()
    const snap = valueOf<AccountSnapshot>(await s.dispatch('account:open', { advertiserId: DEMO }))
    const eu = snap.adgroups.find((g) => g.location_ids.includes('2921044') && g.interest_category_ids.length > 0)!
    await s.dispatch('account:edit', {
      advertiserId: DEMO,
      edit: { type: 'update', patches: [{ kind: 'adgroup', id: eu.adgroup_id, fields: { age_groups: ['AGE_13_17', ...eu.age_groups] } }] },
    })
    const check = valueOf<CheckResult>(await s.dispatch('sync:check', { advertiserId: DEMO }))
    expect(check.problems.map((p) => p.ruleId)).toContain('compliance.eu.minors-personalised')
    expect(check.changes.find((c) => c.id === eu.adgroup_id)?.blockedBy).toBe('error')
    expect(check.blocked).toBe(true)

    // Without the teens the same edit list passes.
    await s.dispatch('account:edit', {
      advertiserId: DEMO,
      edit: { type: 'update', patches: [{ kind: 'adgroup', id: eu.adgroup_id, fields: { age_groups: eu.age_groups } }] },
    })
    const again = valueOf<CheckResult>(await s.dispatch('sync:check', { advertiserId: DEMO }))
    expect(again.problems.some((p) => p.ruleId.startsWith('compliance.'))).toBe(false)
  })

  it('reads the advertiser’s audiences: a small included one blocks, the same one excluded does not', async () => {
    const s = startServices()
    const snap = valueOf<AccountSnapshot>(await s.dispatch('account:open', { advertiserId: DEMO }))
    const group = snap.adgroups.find((g) => g.age_groups.every((a) => a !== 'AGE_13_17'))!
    const viewers = {
      audience_id: '7200000000000000001',
      custom_audience_name: 'Video viewers',
      audience_type: 'ENGAGEMENT' as const,
      cover_num: 400,
      rule_spec: { inclusion_rule_set: { rules: [{ retention_days: 30, filter_set: { operator: 'OR' as const, filters: [] } }] } },
    }
    await s.dispatch('audiences:save', { advertiserId: DEMO, audience: viewers })
    const include = async (fields: Record<string, unknown>) => {
      await s.dispatch('account:edit', { advertiserId: DEMO, edit: { type: 'update', patches: [{ kind: 'adgroup', id: group.adgroup_id, fields }] } })
      return valueOf<CheckResult>(await s.dispatch('sync:check', { advertiserId: DEMO })).problems.filter((p) => p.entityId === group.adgroup_id)
    }
    const small = await include({ audience_ids: [viewers.audience_id] })
    expect(small.map((p) => p.ruleId)).toContain('compliance.audiences.minimum-size')
    expect(small.find((p) => p.ruleId === 'compliance.audiences.minimum-size')!.message).toMatch(/“Video viewers” has 400 matched people/)
    const excluded = await include({ audience_ids: null, excluded_audience_ids: [viewers.audience_id] })
    expect(excluded.filter((p) => p.ruleId.startsWith('compliance.audiences'))).toEqual([])
  })
})
