import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react'
import { treeKeyMove } from './model/selection'
import type { RowKey, TreeRow } from './model/tree-rows'
import { useAccountStore } from './use-account-store'
import { useTreeStore } from './use-tree-store'
import { TreeRowView } from './TreeRowView'

export const ROW_HEIGHT = 30
/** Rows drawn above and below the viewport, so a fast scroll shows no blank gap. */
const OVERSCAN = 12

const rowId = (index: number) => `tree-row-${index}`

/**
 * The account tree, virtualized: only the rows in view (plus a margin) are in the
 * DOM, so 50,000 rows scroll like 50. Focus stays on the tree and the active row
 * is named by aria-activedescendant, as the WAI-ARIA tree pattern allows.
 */
export function AccountTree({ rows }: { rows: TreeRow[] }) {
  const scroller = useRef<HTMLDivElement>(null)
  const pointerDown = useRef(false)
  const [scrollTop, setScrollTop] = useState(0)
  const [height, setHeight] = useState(600)
  const active = useTreeStore((s) => s.active)
  const selected = useTreeStore((s) => s.selection.selected)
  const loading = useAccountStore((s) => s.loading)

  useLayoutEffect(() => {
    const el = scroller.current
    if (!el) return
    const observer = new ResizeObserver(() => setHeight(el.clientHeight))
    observer.observe(el)
    setHeight(el.clientHeight)
    return () => observer.disconnect()
  }, [])

  const activeIndex = active === null ? -1 : rows.findIndex((r) => r.key === active)

  // Keep the active row in view when it moves by keyboard or is revealed from elsewhere.
  useEffect(() => {
    const el = scroller.current
    if (!el || activeIndex < 0) return
    const top = activeIndex * ROW_HEIGHT
    if (top < el.scrollTop) el.scrollTop = top
    else if (top + ROW_HEIGHT > el.scrollTop + el.clientHeight) el.scrollTop = top + ROW_HEIGHT - el.clientHeight
  }, [activeIndex])

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN)
  const last = Math.min(rows.length, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN)
  const visible: number[] = []
  for (let i = first; i < last; i++) visible.push(i)
  // The active row must exist in the DOM for aria-activedescendant to point at it.
  if (activeIndex >= 0 && (activeIndex < first || activeIndex >= last)) visible.push(activeIndex)

  const order = () => rows.map((r) => r.key)
  const onRowClick = (e: MouseEvent, row: TreeRow) => {
    useTreeStore.getState().click(row.key, order(), { range: e.shiftKey, toggle: e.metaKey || e.ctrlKey })
  }

  const onKeyDown = (e: KeyboardEvent) => {
    const tree = useTreeStore.getState()
    if ((e.metaKey || e.ctrlKey) && e.key.toLowerCase() === 'a') {
      e.preventDefault()
      useTreeStore.setState({ selection: { selected: new Set(order()), anchor: tree.selection.anchor } })
      return
    }
    if (e.key === ' ' && active) {
      e.preventDefault()
      tree.click(active, order(), { range: false, toggle: true })
      return
    }
    const move = treeKeyMove(rows, active, e.key)
    if (!move) return
    e.preventDefault()
    if (move.type === 'focus') {
      // Plain arrows select the row they land on; Shift extends from the anchor.
      tree.click(move.key, order(), { range: e.shiftKey, toggle: false })
    } else {
      tree.toggle(move.key, move.type === 'expand')
    }
  }

  return (
    <div
      ref={scroller}
      className="tree"
      role="tree"
      aria-label="Campaigns, ad groups and ads"
      aria-multiselectable="true"
      aria-busy={loading}
      aria-activedescendant={activeIndex >= 0 ? rowId(activeIndex) : undefined}
      tabIndex={0}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      onKeyDown={onKeyDown}
      onMouseDown={() => {
        pointerDown.current = true
      }}
      onBlur={() => {
        pointerDown.current = false
      }}
      onFocus={() => {
        // Tabbing in starts on the first row; a click picks its own row (and must not be pre-empted by this one).
        const byPointer = pointerDown.current
        pointerDown.current = false
        if (!byPointer && active === null && rows[0]) useTreeStore.getState().click(rows[0].key, order(), { range: false, toggle: false })
      }}
    >
      <div className="tree-spacer" style={{ height: rows.length * ROW_HEIGHT }}>
        {visible.map((i) => {
          const row = rows[i]!
          return (
            <TreeRowView
              key={row.key}
              id={rowId(i)}
              row={row}
              top={i * ROW_HEIGHT}
              active={row.key === active}
              selected={selected.has(row.key)}
              onClick={onRowClick}
              onToggle={(key: RowKey) => useTreeStore.getState().toggle(key)}
            />
          )
        })}
      </div>
    </div>
  )
}
