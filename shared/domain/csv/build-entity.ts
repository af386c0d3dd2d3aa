import type { z } from 'zod'
import type { ImportRowError } from '../account'
import { describeIssues, formatPath } from '../issue-messages'
import { decodeCell } from './cells'
import type { Column } from './columns'

/** Columns named `parent.field` (targeting_spec.location_ids) hold a field of a nested object. */
const split = (field: string): [string, string | undefined] => {
  const dot = field.indexOf('.')
  return dot < 0 ? [field, undefined] : [field.slice(0, dot), field.slice(dot + 1)]
}

/** The value a column shows for an entity, nested fields included. */
export function valueAt(entity: Readonly<Record<string, unknown>>, field: string): unknown {
  const [top, inner] = split(field)
  const value = entity[top]
  return inner === undefined ? value : (value as Record<string, unknown> | undefined)?.[inner]
}

function setAt(target: Record<string, unknown>, field: string, value: unknown) {
  const [top, inner] = split(field)
  if (inner === undefined) target[top] = value
  else ((target[top] ??= {}) as Record<string, unknown>)[inner] = value
}

/** The column an issue's path points at: the nested column when the path goes into an object that has columns of its own. */
function columnOf(columns: readonly Column[], path: readonly PropertyKey[]): { column: string; rest: readonly PropertyKey[] } {
  const [top, inner] = path
  if (typeof inner === 'string') {
    const nested = columns.find((c) => c.field === `${String(top)}.${inner}`)
    if (nested) return { column: nested.name, rest: path.slice(2) }
  }
  const field = String(top ?? '')
  return { column: columns.find((c) => c.field === field)?.name ?? field, rest: path.slice(1) }
}

export const entityLabel = (kind: string, name: unknown) => (typeof name === 'string' && name.trim() ? `${kind} “${name}”` : kind)

export interface BuildRequest<T> {
  columns: readonly Column[]
  /** The row's cell for a column ('' when the file lacks it). */
  cellOf: (column: Column) => string
  /** Fields the row does not hold: ids, the advertiser, the parent. */
  extra: Record<string, unknown>
  schema: z.ZodType<T>
  row: number
  /** "Campaign", "Smart+ ad group": how messages name the entity, with the name cell. */
  who: string
  /** A last step before the schema (TikTok's defaults, retired values), as the plan import takes it. */
  prepare?: (candidate: Record<string, unknown>) => Record<string, unknown>
  /** Nested objects the entity always has, even when all their cells are empty. */
  nested?: readonly string[]
}

/** Decodes one entity's cells and checks it against its schema; errors name the CSV row and column. */
export function buildEntity<T>(req: BuildRequest<T>): { value?: T; errors: ImportRowError[] } {
  const { columns, row, who } = req
  const errors: ImportRowError[] = []
  const candidate: Record<string, unknown> = {}
  for (const key of req.nested ?? []) candidate[key] = {}
  for (const col of columns) {
    const decoded = decodeCell(req.cellOf(col), col.kind, col.optional)
    if (!decoded.ok) errors.push({ row, field: col.name, message: `${who}: ${col.name} ${decoded.message}` })
    else if (decoded.value !== undefined) setAt(candidate, col.field, decoded.value)
  }
  if (errors.length > 0) return { errors }
  Object.assign(candidate, req.extra)
  const input = req.prepare ? req.prepare(candidate) : candidate
  const parsed = req.schema.safeParse(input)
  if (parsed.success) return { value: parsed.data, errors }
  for (const issue of describeIssues(parsed.error, input)) {
    const { column, rest } = columnOf(columns, issue.path)
    errors.push({ row, field: column, message: `${who}: ${formatPath(column, rest)} ${issue.message}` })
  }
  return { errors }
}
