/**
 * What a post would set spending: the campaigns and ad groups that are created
 * enabled or switched on by it, and the budgets that go live with them, so the
 * confirm step can say "$450.00/day and $3,000.00 lifetime go live" before
 * anything is sent. Also what changes when new campaigns start paused: a paused
 * campaign delivers nothing, whatever its ad groups say.
 */
import type { AdGroup, Campaign } from './entities'
import type { PlannedChange } from './sync'

export interface SpendTotals {
  campaigns: number
  adgroups: number
  /** Daily budgets (and TikTok's dynamic daily budgets, an average over 7 days). */
  daily: number
  /** Lifetime budgets, over each schedule. */
  lifetime: number
}

export interface SpendSummary {
  currency: string
  /** Going live as the changes stand. */
  asPlanned: SpendTotals
  /** Going live when the new enabled campaigns start paused instead. */
  withNewCampaignsPaused: SpendTotals
  /** New campaigns that would start delivering at once. */
  newEnabledCampaigns: number
}

export interface SpendLookup {
  campaign(id: string): Campaign | undefined
  adgroup(id: string): AdGroup | undefined
  /** Whether TikTok already has the campaign delivering (its downloaded version is enabled). */
  liveOnTikTok(kind: 'campaign' | 'adgroup', id: string): boolean
}

const empty = (): SpendTotals => ({ campaigns: 0, adgroups: 0, daily: 0, lifetime: 0 })
const cents = (n: number) => Math.round(n * 100) / 100

function addBudget(t: SpendTotals, e: { budget_mode: string; budget?: number }) {
  if (e.budget === undefined || e.budget_mode === 'BUDGET_MODE_INFINITE') return
  if (e.budget_mode === 'BUDGET_MODE_TOTAL') t.lifetime = cents(t.lifetime + e.budget)
  else t.daily = cents(t.daily + e.budget)
}

export function spendGoingLive(changes: readonly PlannedChange[], lookup: SpendLookup, currency: string): SpendSummary {
  const sent = changes.filter((c) => !c.blockedBy && (c.action === 'create' || c.action === 'status'))
  const startsLive = (kind: 'campaign' | 'adgroup', id: string) => sent.some((c) => c.kind === kind && c.id === id)
  const newEnabled = new Set(
    sent.filter((c) => c.kind === 'campaign' && c.action === 'create' && lookup.campaign(c.id)?.operation_status === 'ENABLE').map((c) => c.id),
  )

  function totals(pauseNew: boolean): SpendTotals {
    const t = empty()
    const campaignLiveAfter = (id: string) => {
      const c = lookup.campaign(id)
      if (!c || c.operation_status !== 'ENABLE') return false
      if (pauseNew && newEnabled.has(id)) return false
      return startsLive('campaign', id) || lookup.liveOnTikTok('campaign', id)
    }
    for (const change of sent) {
      if (change.kind === 'campaign') {
        const c = lookup.campaign(change.id)
        if (!c || !campaignLiveAfter(change.id)) continue
        t.campaigns++
        addBudget(t, c)
      } else if (change.kind === 'adgroup') {
        const g = lookup.adgroup(change.id)
        if (!g || g.operation_status !== 'ENABLE' || !campaignLiveAfter(g.campaign_id)) continue
        t.adgroups++
        // With budget optimisation the campaign's budget is the one that spends.
        if (lookup.campaign(g.campaign_id)?.budget_optimize_on !== true) addBudget(t, g)
      }
    }
    return t
  }

  return { currency, asPlanned: totals(false), withNewCampaignsPaused: totals(true), newEnabledCampaigns: newEnabled.size }
}
