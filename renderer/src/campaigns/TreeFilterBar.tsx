import { OBJECTIVE_TYPES, type ObjectiveType, type OperationStatus } from '#shared/domain/enums'
import { MARKETS, MARKET_LABELS, type Market } from './model/markets'
import { isFilterActive, rowKey } from './model/tree-rows'
import { KINDS, LEVEL_OF } from '#shared/domain/entity-kinds'
import { mapOf, useAccountStore } from './use-account-store'
import { useTreeStore } from './use-tree-store'
import { enumLabel } from './labels'

/** Every campaign and ad group of both families (the kinds that hold children) opened. */
function expandAll() {
  const s = useAccountStore.getState()
  const parents = KINDS.filter((k) => LEVEL_OF[k] !== 'ad')
  useTreeStore.getState().setExpanded(parents.flatMap((k) => [...mapOf(s, k).keys()].map((id) => rowKey(k, id))))
}

/** Search and filters above the tree; each filter narrows the rows, keeping the path to each match. */
export function TreeFilterBar({ shown }: { shown: number }) {
  const filter = useTreeStore((s) => s.filter)
  const setFilter = useTreeStore((s) => s.setFilter)
  return (
    <div className="filter-bar" role="search" aria-label="Filter the tree">
      <input
        type="search"
        className="tree-search"
        placeholder="Search by name or id"
        aria-label="Search by name or id"
        value={filter.query}
        onChange={(e) => setFilter({ query: e.currentTarget.value })}
      />
      <div className="filters">
        <select
          aria-label="Status"
          value={filter.statuses[0] ?? ''}
          onChange={(e) => setFilter({ statuses: e.currentTarget.value ? [e.currentTarget.value as OperationStatus] : [] })}
        >
          <option value="">Any status</option>
          <option value="ENABLE">Enabled</option>
          <option value="DISABLE">Paused</option>
        </select>
        <select
          aria-label="Objective"
          value={filter.objectives[0] ?? ''}
          onChange={(e) => setFilter({ objectives: e.currentTarget.value ? [e.currentTarget.value as ObjectiveType] : [] })}
        >
          <option value="">Any objective</option>
          {OBJECTIVE_TYPES.map((o) => (
            <option key={o} value={o}>
              {enumLabel(o)}
            </option>
          ))}
        </select>
        <select
          aria-label="Market"
          value={filter.markets[0] ?? ''}
          onChange={(e) => setFilter({ markets: e.currentTarget.value ? [e.currentTarget.value as Market] : [] })}
        >
          <option value="">Any market</option>
          {MARKETS.map((m) => (
            <option key={m} value={m}>
              {MARKET_LABELS[m]}
            </option>
          ))}
        </select>
        <label className="checkbox">
          <input type="checkbox" checked={filter.pendingOnly} onChange={(e) => setFilter({ pendingOnly: e.currentTarget.checked })} />
          Pending
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={filter.errorsOnly} onChange={(e) => setFilter({ errorsOnly: e.currentTarget.checked })} />
          Errors
        </label>
        <div className="filter-summary">
          <button type="button" className="link" onClick={expandAll}>
            Expand all
          </button>
          <button type="button" className="link" onClick={() => useTreeStore.getState().setExpanded([])}>
            Collapse all
          </button>
          <span className="muted" data-testid="row-count">
            {shown.toLocaleString()} row{shown === 1 ? '' : 's'}
          </span>
          {isFilterActive(filter) && (
            <button type="button" className="link" onClick={() => useTreeStore.getState().clearFilter()}>
              Clear filters
            </button>
          )}
        </div>
      </div>
    </div>
  )
}
