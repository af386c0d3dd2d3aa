/**
 * What a post would set spending: the campaigns and ad groups that are created
 * enabled or switched on by it, and the budgets that go live with them, so the
 * confirm step can say "$450.00/day and $3,000.00 lifetime go live" before
 * anything is sent. Also what changes when new campaigns start paused: a paused
 * campaign delivers nothing, whatever its ad groups say.
 */
import { LEVEL_OF, fieldsOf, isSmartPlusKind, parentIdOf, parentKindOf, type Entity, type EntityKind } from './entity-kinds'
import { cboOn, type SmartPlusCampaign } from './smart-plus/campaign-schema'
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
  /** The working campaign or ad group of either family (manual or Smart+). */
  entity(kind: EntityKind, id: string): Entity | undefined
  /** Whether TikTok already has the object delivering (its downloaded version is enabled). */
  liveOnTikTok(kind: EntityKind, id: string): boolean
}

const empty = (): SpendTotals => ({ campaigns: 0, adgroups: 0, daily: 0, lifetime: 0 })
const cents = (n: number) => Math.round(n * 100) / 100

function addBudget(t: SpendTotals, e: Readonly<Record<string, unknown>>) {
  if (typeof e.budget !== 'number' || e.budget_mode === undefined || e.budget_mode === 'BUDGET_MODE_INFINITE') return
  if (e.budget_mode === 'BUDGET_MODE_TOTAL') t.lifetime = cents(t.lifetime + e.budget)
  else t.daily = cents(t.daily + e.budget)
}

/**
 * With budget optimisation the campaign's budget is the one that spends. A manual campaign has it only when
 * `budget_optimize_on` is true; a Smart+ campaign has it unless it is false (TikTok's default, notes tiktok-api-2026.md §2).
 */
function campaignBudgetSpends(kind: EntityKind, c: Entity | undefined): boolean {
  if (!c) return false
  return isSmartPlusKind(kind) ? cboOn(c as SmartPlusCampaign) : fieldsOf(c).budget_optimize_on === true
}

export function spendGoingLive(changes: readonly PlannedChange[], lookup: SpendLookup, currency: string): SpendSummary {
  const sent = changes.filter((c) => !c.blockedBy && (c.action === 'create' || c.action === 'status'))
  const startsLive = (kind: EntityKind, id: string) => sent.some((c) => c.kind === kind && c.id === id)
  const isCampaign = (kind: EntityKind) => LEVEL_OF[kind] === 'campaign'
  const newEnabled = new Set(
    sent
      .filter((c) => isCampaign(c.kind) && c.action === 'create' && lookup.entity(c.kind, c.id)?.operation_status === 'ENABLE')
      .map((c) => entityRefKey(c.kind, c.id)),
  )

  function totals(pauseNew: boolean): SpendTotals {
    const t = empty()
    const campaignLiveAfter = (kind: EntityKind, id: string) => {
      const c = lookup.entity(kind, id)
      if (!c || c.operation_status !== 'ENABLE') return false
      if (pauseNew && newEnabled.has(entityRefKey(kind, id))) return false
      return startsLive(kind, id) || lookup.liveOnTikTok(kind, id)
    }
    for (const change of sent) {
      const level = LEVEL_OF[change.kind]
      if (level === 'campaign') {
        const c = lookup.entity(change.kind, change.id)
        if (!c || !campaignLiveAfter(change.kind, change.id)) continue
        t.campaigns++
        addBudget(t, fieldsOf(c))
      } else if (level === 'adgroup') {
        const g = lookup.entity(change.kind, change.id)
        const campaignKind = parentKindOf(change.kind)!
        const campaignId = g && parentIdOf(change.kind, g)
        if (!g || !campaignId || g.operation_status !== 'ENABLE' || !campaignLiveAfter(campaignKind, campaignId)) continue
        t.adgroups++
        if (!campaignBudgetSpends(campaignKind, lookup.entity(campaignKind, campaignId))) addBudget(t, fieldsOf(g))
      }
    }
    return t
  }

  return { currency, asPlanned: totals(false), withNewCampaignsPaused: totals(true), newEnabledCampaigns: newEnabled.size }
}

const entityRefKey = (kind: EntityKind, id: string) => `${kind}/${id}`
