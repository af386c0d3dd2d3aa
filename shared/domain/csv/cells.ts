import type { CellKind } from './columns'

/** A value as a cell; undefined and empty lists give an empty cell. */
export function encodeCell(value: unknown, kind: CellKind): string {
  if (value === undefined || value === null) return ''
  switch (kind) {
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
      const n = Number(trimmed)
      return Number.isFinite(n) ? { ok: true, value: n } : { ok: false, message: `must be a number such as 25 or 12.5 (it is “${trimmed}”).` }
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
      const items = splitList(trimmed).map(Number)
      if (items.some((n) => !Number.isFinite(n))) return { ok: false, message: `must be numbers separated by “;” (it is “${trimmed}”).` }
      return { ok: true, value: items }
    }
    case 'json': {
      if (trimmed === '') return { ok: true, value: [] }
      try {
        return { ok: true, value: JSON.parse(trimmed) as unknown }
      } catch {
        return { ok: false, message: 'must be a JSON list like [{"action_scene":"VIDEO_RELATED",…}]; this cell is not valid JSON.' }
      }
    }
  }
}
