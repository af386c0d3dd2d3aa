import { memo, type MouseEvent } from 'react'
import type { AdGroup, Campaign } from '#shared/domain/entities'
import { LEVEL_OF } from '#shared/domain/entity-kinds'
import { readOnlyReason } from '#shared/domain/read-only'
import { marketsOf } from './model/markets'
import { targetedLocationIds } from '#shared/targeting/geo'
import type { RowKey, TreeRow } from './model/tree-rows'
import { useAccountStore } from './use-account-store'
import { budgetText, KIND_LABELS } from './labels'

const CHANGE_LABELS = { created: 'New', edited: 'Edited', deleted: 'Deleted' } as const

function detail(row: TreeRow): string {
  const level = LEVEL_OF[row.kind]
  if (level === 'ad') return ''
  const e = row.entity as Pick<Campaign | AdGroup, 'budget' | 'budget_mode'>
  const budget = budgetText(e, level)
  if (level === 'campaign') return budget
  const markets = marketsOf(targetedLocationIds(e))
  return `${markets.length ? markets.map((m) => (m === 'EAST_ASIA_TEST' ? 'EA' : m)).join('·') : 'No market'} · ${budget}`
}

interface Props {
  id: string
  row: TreeRow
  top: number
  active: boolean
  selected: boolean
  onClick(e: MouseEvent, row: TreeRow): void
  onToggle(key: RowKey): void
}

/** One row of the tree; memoised so scrolling re-renders only the rows that enter the view. */
export const TreeRowView = memo(function TreeRowView({ id, row, top, active, selected, onClick, onToggle }: Props) {
  const change = useAccountStore((s) => s.pending.get(row.key)?.change)
  const errors = useAccountStore((s) => s.problems.get(row.key)?.filter((p) => p.severity === 'error').length ?? 0)
  const paused = row.entity.operation_status === 'DISABLE'
  const readOnly = readOnlyReason(row.kind, row.entity)
  return (
    <div
      id={id}
      role="treeitem"
      aria-level={row.level}
      aria-posinset={row.posInSet}
      aria-setsize={row.setSize}
      aria-expanded={row.hasChildren ? row.expanded : undefined}
      aria-selected={selected}
      data-key={row.key}
      className={`tree-row level-${row.level}${active ? ' active' : ''}${selected ? ' selected' : ''}${row.context ? ' context' : ''}`}
      style={{ transform: `translateY(${top}px)` }}
      onClick={(e) => onClick(e, row)}
    >
      <span
        className={`twisty${row.hasChildren ? '' : ' leaf'}`}
        aria-hidden="true"
        onClick={(e) => {
          if (!row.hasChildren) return
          e.stopPropagation()
          onToggle(row.key)
        }}
      >
        {row.hasChildren ? (row.expanded ? '▾' : '▸') : ''}
      </span>
      {/* Indentation shows the level; the kind is spelled out for screen readers only. */}
      <span className="visually-hidden">{KIND_LABELS[row.kind]}: </span>
      <span className={`status-dot${paused ? ' paused' : ''}`} title={paused ? 'Paused' : 'Enabled'} />
      <span className="row-name" title={`${row.name} · ${row.id}`}>
        {row.name || <em className="muted">(no name)</em>}
        {paused && <span className="visually-hidden"> (paused)</span>}
      </span>
      <span className="row-detail">{detail(row)}</span>
      {/* On the campaign only: its ad groups and ads sit under it, and the tree has little room at 1280 px. */}
      {row.kind === 'smart_plus_campaign' && (
        <span className="badge badge-smart-plus" title="Upgraded Smart+: posted through TikTok's Smart+ endpoints">
          Smart+
        </span>
      )}
      {change && <span className={`badge badge-${change}`}>{CHANGE_LABELS[change]}</span>}
      {readOnly && (
        <span className="badge badge-read-only" title={readOnly.message}>
          Smart+ · read-only
        </span>
      )}
      {errors > 0 && (
        <span className="badge badge-error" title={`${errors} error${errors === 1 ? '' : 's'}`}>
          {errors} error{errors === 1 ? '' : 's'}
        </span>
      )}
    </div>
  )
})
