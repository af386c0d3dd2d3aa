/**
 * "Start new campaigns paused" and the spend summary of the confirm step: both
 * ask which campaigns a post would set delivering. Pausing is an ordinary,
 * undoable edit made before the post, so what TikTok receives is exactly what
 * the tree shows, and no later post can switch the campaign on unasked.
 */
import type { AccountDelta } from '#shared/domain/account'
import type { AdGroup, Campaign } from '#shared/domain/entities'
import { spendGoingLive, type SpendSummary } from '#shared/domain/spend-summary'
import type { PlannedChange } from '#shared/domain/sync'
import type { AccountStore } from '../accounts/store/account-store'

export function spendOf(store: AccountStore, changes: readonly PlannedChange[], currency: string): SpendSummary {
  return spendGoingLive(
    changes,
    {
      campaign: (id) => store.workingEntity('campaign', id) as Campaign | undefined,
      adgroup: (id) => store.workingEntity('adgroup', id) as AdGroup | undefined,
      liveOnTikTok: (kind, id) => store.baselineEntity(kind, id)?.operation_status === 'ENABLE',
    },
    currency,
  )
}

/** Pauses the new campaigns that would start enabled; null when there are none. */
export function pauseNewCampaigns(store: AccountStore, changes: readonly PlannedChange[]): AccountDelta | null {
  const ids = changes
    .filter((c) => c.kind === 'campaign' && c.action === 'create' && !c.blockedBy)
    .map((c) => c.id)
    .filter((id) => store.workingEntity('campaign', id)?.operation_status === 'ENABLE')
  if (ids.length === 0) return null
  return store.apply({
    type: 'update',
    patches: ids.map((id) => ({ kind: 'campaign' as const, id, fields: { operation_status: 'DISABLE' as const } })),
    label: `Start ${ids.length === 1 ? '1 new campaign' : `${ids.length} new campaigns`} paused`,
  })
}
