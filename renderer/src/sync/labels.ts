import type { EntityKind } from '#shared/domain/entities'
import type { PlannedAction } from '#shared/domain/sync'

export const KIND_LABEL: Record<EntityKind, string> = { campaign: 'Campaign', adgroup: 'Ad group', ad: 'Ad' }
export const ACTION_LABEL: Record<PlannedAction, string> = { create: 'Create', update: 'Update', status: 'Change status', delete: 'Delete' }
export const PHASE_LABEL = {
  download: 'Downloading',
  check: 'Checking',
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
