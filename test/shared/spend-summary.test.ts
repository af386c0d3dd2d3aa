import { describe, expect, it } from 'vitest'
import type { AdGroup, Campaign } from '#shared/domain/entities'
import { spendGoingLive, type SpendLookup } from '#shared/domain/spend-summary'
import type { PlannedChange } from '#shared/domain/sync'
import { adgroup, campaign } from '#test/helpers/account-fixtures'

const change = (
  kind: 'campaign' | 'adgroup',
  id: string,
  action: PlannedChange['action'] = 'create',
  blockedBy: PlannedChange['blockedBy'] = null,
) => ({
  kind,
  id,
  name: id,
  action,
  fields: [],
  blockedBy,
})

function lookup(campaigns: Campaign[], adgroups: AdGroup[], live: string[] = []): SpendLookup {
  return {
    entity: (kind, id) => (kind === 'campaign' ? campaigns.find((c) => c.campaign_id === id) : adgroups.find((g) => g.adgroup_id === id)),
    liveOnTikTok: (_kind, id) => live.includes(id),
  }
}

describe('what a post sets spending', () => {
  const fresh = campaign('local-c1', { budget_mode: 'BUDGET_MODE_DAY', budget: 100 })
  const groups = [
    adgroup('local-g1', 'local-c1', { budget_mode: 'BUDGET_MODE_DAY', budget: 50 }),
    adgroup('local-g2', 'local-c1', { budget_mode: 'BUDGET_MODE_TOTAL', budget: 600 }),
  ]
  const changes = [change('campaign', 'local-c1'), change('adgroup', 'local-g1'), change('adgroup', 'local-g2')]

  it('adds up daily and lifetime budgets of what is created enabled', () => {
    const s = spendGoingLive(changes, lookup([fresh], groups), 'USD')
    expect(s.asPlanned).toEqual({ campaigns: 1, adgroups: 2, daily: 150, lifetime: 600 })
    expect(s.newEnabledCampaigns).toBe(1)
  })

  it('counts nothing under a new campaign that starts paused', () => {
    expect(spendGoingLive(changes, lookup([fresh], groups), 'USD').withNewCampaignsPaused).toEqual({
      campaigns: 0,
      adgroups: 0,
      daily: 0,
      lifetime: 0,
    })
  })

  it('counts the campaign budget, not the ad groups’, with budget optimisation', () => {
    const cbo = { ...fresh, budget_optimize_on: true }
    expect(spendGoingLive(changes, lookup([cbo], groups), 'USD').asPlanned).toEqual({ campaigns: 1, adgroups: 2, daily: 100, lifetime: 0 })
  })

  it('counts a new ad group under a campaign already delivering on TikTok, and none under a paused one', () => {
    const live = campaign('1800', { budget_mode: 'BUDGET_MODE_INFINITE', budget: undefined })
    const g = adgroup('local-g9', '1800', { budget_mode: 'BUDGET_MODE_DAY', budget: 40 })
    expect(spendGoingLive([change('adgroup', 'local-g9')], lookup([live], [g], ['1800']), 'USD').asPlanned).toEqual({
      campaigns: 0,
      adgroups: 1,
      daily: 40,
      lifetime: 0,
    })
    const paused = { ...live, operation_status: 'DISABLE' as const }
    expect(spendGoingLive([change('adgroup', 'local-g9')], lookup([paused], [g], ['1800']), 'USD').asPlanned.adgroups).toBe(0)
    // An existing campaign is not "new": starting new campaigns paused leaves it as it is.
    expect(spendGoingLive([change('adgroup', 'local-g9')], lookup([live], [g], ['1800']), 'USD').withNewCampaignsPaused.daily).toBe(40)
  })

  it('leaves out changes held back by errors, pauses and plain updates', () => {
    const held = [change('campaign', 'local-c1', 'create', 'error'), change('adgroup', 'local-g1', 'create', 'parent')]
    expect(spendGoingLive(held, lookup([fresh], groups), 'USD').asPlanned).toEqual({ campaigns: 0, adgroups: 0, daily: 0, lifetime: 0 })
    const pausing = [change('campaign', '1800', 'status')]
    const off = campaign('1800', { operation_status: 'DISABLE' })
    expect(spendGoingLive(pausing, lookup([off], []), 'USD').asPlanned.campaigns).toBe(0)
    expect(spendGoingLive([change('campaign', '1800', 'update')], lookup([campaign('1800')], [], ['1800']), 'USD').asPlanned.campaigns).toBe(0)
  })

  it('keeps the sums to the cent', () => {
    const a = adgroup('local-g1', 'local-c1', { budget_mode: 'BUDGET_MODE_DAY', budget: 0.1 })
    const b = adgroup('local-g2', 'local-c1', { budget_mode: 'BUDGET_MODE_DAY', budget: 0.2 })
    const c = { ...fresh, budget_mode: 'BUDGET_MODE_INFINITE' as const, budget: undefined }
    expect(spendGoingLive(changes, lookup([c], [a, b]), 'USD').asPlanned.daily).toBe(0.3)
  })
})
