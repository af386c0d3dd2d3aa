import type { CellKind } from './columns'
import type { CsvValue } from './rfc4180'

/** A value as a cell; undefined and empty lists give an empty cell. Numbers stay numbers so the writer leaves -3 unguarded. */
export function encodeCell(value: unknown, kind: CellKind): CsvValue {
  if (value === undefined || value === null) return ''
  switch (kind) {
    case 'number':
      return typeof value === 'number' ? value : String(value)
    case 'list':
    case 'number-list':
      return (value as unknown[]).join(';')
    case 'json':
      return (value as unknown[]).length === 0 ? '' : JSON.stringify(value)
    default:
      return String(value)
  }
}

export type Decoded = { ok: true; value: unknown } | { ok: false; message: string }

/**
 * Decimal numbers only (`25`, `-3`, `12.5`, `.5`): JavaScript's Number() would also read
 * `0x10` as 16, `1e3` as 1000 and `Infinity`, which no one means in a budget cell.
 */
const DECIMAL = /^[+-]?(\d+(\.\d+)?|\.\d+)$/
const decimal = (cell: string) => (DECIMAL.test(cell) ? Number(cell) : undefined)

const splitList = (cell: string) =>
  cell
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '')

/**
 * A cell as a value for the entity schema. Empty cells become '' for required
 * text (so validation can say "give it a name"), [] for lists, and undefined
 * otherwise (the schema then says "is required" where it is). The schema also
 * checks enums, ranges and formats.
 */
export function decodeCell(cell: string, kind: CellKind, optional: boolean): Decoded {
  const trimmed = kind === 'text' ? cell : cell.trim()
  if (trimmed === '' && kind !== 'list' && kind !== 'number-list' && kind !== 'json')
    return { ok: true, value: kind === 'text' && !optional ? '' : undefined }
  switch (kind) {
    case 'text':
    case 'enum':
      return { ok: true, value: trimmed }
    case 'number': {
      const n = decimal(trimmed)
      return n !== undefined ? { ok: true, value: n } : { ok: false, message: `must be a decimal number such as 25 or 12.5 (it is “${trimmed}”).` }
    }
    case 'boolean': {
      const lower = trimmed.toLowerCase()
      if (lower === 'true' || lower === 'false') return { ok: true, value: lower === 'true' }
      return { ok: false, message: `must be true or false (it is “${trimmed}”).` }
    }
    case 'list': {
      const items = splitList(trimmed)
      return { ok: true, value: optional && items.length === 0 ? undefined : items }
    }
    case 'number-list': {
      const items = splitList(trimmed).map(decimal)
      if (optional && items.length === 0) return { ok: true, value: undefined }
      if (items.some((n) => n === undefined))
        return { ok: false, message: `must be decimal numbers separated by “;”, such as 150;1000 (it is “${trimmed}”).` }
      return { ok: true, value: items }
    }
    case 'json': {
      // An optional JSON list (Smart+ targeting_spec.actions) left empty is "not set", as other optional cells are.
      if (trimmed === '') return { ok: true, value: optional ? undefined : [] }
      try {
        return { ok: true, value: JSON.parse(trimmed) as unknown }
      } catch {
        return { ok: false, message: 'must be a JSON list like [{"action_scene":"VIDEO_RELATED",…}]; this cell is not valid JSON.' }
      }
    }
  }
}
