import { useState, type ReactNode } from 'react'

export interface Column<R> {
  key: string
  label: string
  /** The raw value: what sorting and the CSV use. */
  value: (row: R) => string | number | null
  /** What the cell shows (Intl-formatted). */
  display?: (row: R) => string
  /** Richer cell content (a thumbnail, a badge, a button) where the text alone says too little. */
  render?: (row: R) => ReactNode
  numeric?: boolean
}

/** A table of the same numbers as the chart beside it, sortable by any column. */
export function DataTable<R>(props: { caption: string; columns: Column<R>[]; rows: R[]; rowKey: (row: R) => string }) {
  const [sort, setSort] = useState<{ key: string; dir: 1 | -1 } | null>(null)
  const column = props.columns.find((c) => c.key === sort?.key)
  const rows = column
    ? [...props.rows].sort((a, b) => {
        const x = column.value(a)
        const y = column.value(b)
        // Empty values (a CPA with no conversions) go last whichever way the column is sorted.
        if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1
        return (x < y ? -1 : x > y ? 1 : 0) * sort!.dir
      })
    : props.rows
  const toggle = (key: string) =>
    setSort((s) => (s?.key === key ? { key, dir: s.dir === 1 ? -1 : 1 } : { key, dir: key === props.columns[0]?.key ? 1 : -1 }))

  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            {props.columns.map((c) => (
              <th
                key={c.key}
                scope="col"
                className={c.numeric ? 'num' : undefined}
                aria-sort={sort?.key === c.key ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}
              >
                <button type="button" onClick={() => toggle(c.key)}>
                  {c.label}
                  <span aria-hidden="true" className="sort-mark">
                    {sort?.key === c.key ? (sort.dir === 1 ? '▲' : '▼') : ''}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={props.rowKey(r)}>
              {props.columns.map((c) => (
                <td key={c.key} className={c.numeric ? 'num' : undefined}>
                  {c.render ? c.render(r) : c.display ? c.display(r) : String(c.value(r) ?? '—')}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
