/**
 * "Start new campaigns paused" and the spend summary of the confirm step: both
 * ask which campaigns a post would set delivering. Pausing is an ordinary,
 * undoable edit made before the post, so what TikTok receives is exactly what
 * the tree shows, and no later post can switch the campaign on unasked.
 */
import { patchOf, type AccountDelta } from '#shared/domain/account'
import { LEVEL_OF } from '#shared/domain/entity-kinds'
import { spendGoingLive, type SpendSummary } from '#shared/domain/spend-summary'
import type { PlannedChange } from '#shared/domain/sync'
import type { AccountStore } from '../accounts/store/account-store'

export function spendOf(store: AccountStore, changes: readonly PlannedChange[], currency: string): SpendSummary {
  return spendGoingLive(
    changes,
    {
      entity: (kind, id) => store.workingEntity(kind, id),
      liveOnTikTok: (kind, id) => store.baselineEntity(kind, id)?.operation_status === 'ENABLE',
    },
    currency,
  )
}

/** Pauses the new campaigns that would start enabled; null when there are none. */
export function pauseNewCampaigns(store: AccountStore, changes: readonly PlannedChange[]): AccountDelta | null {
  // Manual and Smart+ campaigns alike (Smart+ ones are created paused the same way, notes tiktok-api-2026.md §2).
  const targets = changes.filter(
    (c) =>
      LEVEL_OF[c.kind] === 'campaign' && c.action === 'create' && !c.blockedBy && store.workingEntity(c.kind, c.id)?.operation_status === 'ENABLE',
  )
  if (targets.length === 0) return null
  return store.apply({
    type: 'update',
    patches: targets.map((c) => patchOf(c.kind, c.id, { operation_status: 'DISABLE' })),
    label: `Start ${targets.length === 1 ? '1 new campaign' : `${targets.length} new campaigns`} paused`,
  })
}
