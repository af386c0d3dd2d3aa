import { create } from 'zustand'
import { clickSelect, EMPTY_SELECTION, pruneSelection, type Selection } from './model/selection'
import { EMPTY_FILTER, type RowKey, type TreeFilter } from './model/tree-rows'

/** A request to put the caret in one field of one entity's editor (problems panel, F2, Enter). */
export interface FieldFocus {
  key: RowKey
  /** TikTok field name, or '' for the editor's first field. */
  field: string
  serial: number
}

/** What the buyer sees of the tree: open rows, selection, the row being edited, the filter bar. */
interface TreeStore {
  expanded: ReadonlySet<RowKey>
  selection: Selection
  /** The focused row; the editor shows it. */
  active: RowKey | null
  filter: TreeFilter
  focus: FieldFocus | null
  /** Rows copied with ⌘/Ctrl+C, pasted as duplicates. */
  clipboard: RowKey[]
  setFilter(patch: Partial<TreeFilter>): void
  clearFilter(): void
  toggle(key: RowKey, open?: boolean): void
  /** Opens every given row (all campaigns and ad groups), or closes every row with none. */
  setExpanded(keys: Iterable<RowKey>): void
  click(key: RowKey, order: readonly RowKey[], mods: { range: boolean; toggle: boolean }): void
  /** Selects exactly these rows, opening their parents so they are visible. */
  reveal(keys: RowKey[], parents: RowKey[]): void
  prune(exists: (key: RowKey) => boolean): void
  requestFocus(key: RowKey, field: string): void
  copy(keys: RowKey[]): void
}

export const useTreeStore = create<TreeStore>()((set) => ({
  expanded: new Set(),
  selection: EMPTY_SELECTION,
  active: null,
  filter: EMPTY_FILTER,
  focus: null,
  clipboard: [],
  setFilter: (patch) => set((s) => ({ filter: { ...s.filter, ...patch } })),
  clearFilter: () => set({ filter: EMPTY_FILTER }),
  toggle: (key, open) =>
    set((s) => {
      const expanded = new Set(s.expanded)
      const next = open ?? !expanded.has(key)
      if (next) expanded.add(key)
      else expanded.delete(key)
      return { expanded }
    }),
  setExpanded: (keys) => set({ expanded: new Set(keys) }),
  click: (key, order, mods) => set((s) => ({ selection: clickSelect(s.selection, order, key, mods), active: key })),
  reveal: (keys, parents) =>
    set((s) => ({
      expanded: new Set([...s.expanded, ...parents]),
      selection: { selected: new Set(keys), anchor: keys[0] ?? null },
      active: keys[0] ?? null,
    })),
  prune: (exists) =>
    set((s) => {
      const selection = pruneSelection(s.selection, exists)
      const active = s.active !== null && exists(s.active) ? s.active : null
      return selection === s.selection && active === s.active ? s : { selection, active }
    }),
  requestFocus: (key, field) => set((s) => ({ focus: { key, field, serial: (s.focus?.serial ?? 0) + 1 } })),
  copy: (keys) => set({ clipboard: keys }),
}))
