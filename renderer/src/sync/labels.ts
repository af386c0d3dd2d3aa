import { byKind, titleOf } from '#shared/domain/entity-kinds'
import type { EntityKind } from '#shared/domain/entities'
import type { SpendTotals } from '#shared/domain/spend-summary'
import type { PlannedAction } from '#shared/domain/sync'
import { formatMoney } from '#shared/domain/validation/report'

export const KIND_LABEL: Record<EntityKind, string> = byKind(titleOf)
export const ACTION_LABEL: Record<PlannedAction, string> = { create: 'Create', update: 'Update', status: 'Change status', delete: 'Delete' }
export const PHASE_LABEL = {
  download: 'Downloading',
  check: 'Checking',
  upload: 'Uploading creatives',
  create: 'Creating',
  update: 'Updating',
  status: 'Changing status',
  delete: 'Deleting',
  done: 'Finishing',
} as const

export function when(iso: string | null | undefined): string {
  if (!iso) return 'never'
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString()} ${n === 1 ? one : many}`

/** "2 campaigns and 3 ad groups start delivering: $450.00/day and $3,000.00 lifetime." */
export function spendSentence(t: SpendTotals, currency: string): string {
  if (t.campaigns + t.adgroups === 0) return 'Nothing starts delivering with this post.'
  const what = [t.campaigns ? plural(t.campaigns, 'campaign') : '', t.adgroups ? plural(t.adgroups, 'ad group') : ''].filter(Boolean).join(' and ')
  const money = [t.daily ? `${formatMoney(t.daily, currency)}/day` : '', t.lifetime ? `${formatMoney(t.lifetime, currency)} lifetime` : '']
    .filter(Boolean)
    .join(' and ')
  return `${what} start${t.campaigns + t.adgroups === 1 ? 's' : ''} delivering${money ? `: ${money} in budgets go live` : ''}.`
}
