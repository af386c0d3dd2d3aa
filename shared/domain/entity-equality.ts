/**
 * Whether two entities — or two values of an entity's field — hold the same
 * data. Entities are JSON-like (strings, numbers, booleans, arrays, plain
 * objects), and where they come from decides their key order (a download keeps
 * the schema's order, an edit appends), so order is ignored. A key holding
 * `undefined` is the same as an absent key: JSON, IPC and the stored copy drop
 * it, so telling them apart would report changes that no one can see or post.
 */
import type { Entity } from './entity-kinds'

export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b || (Number.isNaN(a) && Number.isNaN(b))) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false
    return a.every((x, i) => sameValue(x, b[i]))
  }
  const ra = a as Record<string, unknown>
  const rb = b as Record<string, unknown>
  const defined = (r: Record<string, unknown>) => Object.keys(r).filter((k) => r[k] !== undefined)
  const keys = defined(ra)
  return keys.length === defined(rb).length && keys.every((k) => sameValue(ra[k], rb[k]))
}

/** Two versions of one entity (or null for "none"), compared as `sameValue` does. */
export const sameEntity = (a: Entity | null | undefined, b: Entity | null | undefined): boolean => sameValue(a ?? null, b ?? null)

/** Top-level fields whose values differ, sorted; an absent field differs from any value on the other side. */
export function changedFields(a: Readonly<Record<string, unknown>>, b: Readonly<Record<string, unknown>>): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)])
  return [...keys].filter((k) => !sameValue(a[k], b[k])).sort()
}
