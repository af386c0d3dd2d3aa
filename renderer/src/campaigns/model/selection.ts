/**
 * Multi-select and keyboard movement in the account tree, as in a file manager:
 * click selects one, Ctrl/⌘+click toggles, Shift+click selects the range from
 * the anchor (added to the selection with Ctrl/⌘ held too).
 */
import type { RowKey, TreeRow } from './tree-rows'

export interface Selection {
  selected: ReadonlySet<RowKey>
  /** Where a Shift range starts: the last row clicked without Shift. */
  anchor: RowKey | null
}

export const EMPTY_SELECTION: Selection = { selected: new Set(), anchor: null }

export function clickSelect(sel: Selection, order: readonly RowKey[], key: RowKey, mods: { range: boolean; toggle: boolean }): Selection {
  if (mods.range) {
    const from = sel.anchor !== null ? order.indexOf(sel.anchor) : -1
    const to = order.indexOf(key)
    if (from < 0 || to < 0) return { selected: new Set([key]), anchor: key }
    const range = order.slice(Math.min(from, to), Math.max(from, to) + 1)
    const selected = mods.toggle ? new Set([...sel.selected, ...range]) : new Set(range)
    return { selected, anchor: sel.anchor }
  }
  if (mods.toggle) {
    const selected = new Set(sel.selected)
    if (selected.has(key)) selected.delete(key)
    else selected.add(key)
    return { selected, anchor: key }
  }
  return { selected: new Set([key]), anchor: key }
}

/** Keeps only the selected rows that still exist (after a delete, undo or filter change). */
export function pruneSelection(sel: Selection, exists: (key: RowKey) => boolean): Selection {
  const selected = new Set([...sel.selected].filter(exists))
  if (selected.size === sel.selected.size && (sel.anchor === null || exists(sel.anchor))) return sel
  return { selected, anchor: sel.anchor !== null && exists(sel.anchor) ? sel.anchor : null }
}

export type TreeMove = { type: 'focus'; key: RowKey } | { type: 'expand'; key: RowKey } | { type: 'collapse'; key: RowKey } | null

/**
 * What an arrow, Home or End key does from the active row, following the WAI-ARIA
 * tree pattern: Right opens a closed row or steps into it, Left closes an open row
 * or steps out to its parent.
 */
export function treeKeyMove(rows: readonly TreeRow[], active: RowKey | null, key: string): TreeMove {
  if (rows.length === 0) return null
  const i = active === null ? -1 : rows.findIndex((r) => r.key === active)
  const row = i >= 0 ? rows[i]! : null
  switch (key) {
    case 'ArrowDown':
      return { type: 'focus', key: rows[Math.min(rows.length - 1, i + 1)]!.key }
    case 'ArrowUp':
      return { type: 'focus', key: rows[Math.max(0, i < 0 ? 0 : i - 1)]!.key }
    case 'Home':
      return { type: 'focus', key: rows[0]!.key }
    case 'End':
      return { type: 'focus', key: rows[rows.length - 1]!.key }
    case 'ArrowRight':
      if (!row || !row.hasChildren) return null
      if (!row.expanded) return { type: 'expand', key: row.key }
      return rows[i + 1]?.parentKey === row.key ? { type: 'focus', key: rows[i + 1]!.key } : null
    case 'ArrowLeft':
      if (!row) return null
      if (row.expanded && !row.context) return { type: 'collapse', key: row.key }
      return row.parentKey ? { type: 'focus', key: row.parentKey } : null
    default:
      return null
  }
}
