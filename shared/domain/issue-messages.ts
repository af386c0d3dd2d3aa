/**
 * Turns zod issues into sentences a media buyer can act on, for imported files:
 * "is required", "must be one of …", rather than zod's developer wording.
 */
import type { z } from 'zod'

export interface IssueMessage {
  /** The path below the entity, e.g. ['placements', 0] or ['budget']. */
  path: PropertyKey[]
  message: string
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v = input
  for (const key of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined
  return v
}

function describeValue(v: unknown): string {
  if (v === null) return 'empty'
  if (Array.isArray(v)) return 'a list'
  if (typeof v === 'string') return `“${v.length > 40 ? `${v.slice(0, 40)}…` : v}”`
  if (typeof v === 'object') return 'an object'
  return String(v)
}

const oneOf = (values: readonly unknown[]) => values.map((v) => String(v)).join(', ')

/** Only the allowed values of a union of literals (e.g. action_period 0, 7, 15), else nothing. */
function unionValues(issue: z.core.$ZodIssueInvalidUnion): unknown[] | undefined {
  const values: unknown[] = []
  for (const branch of issue.errors)
    for (const inner of branch) {
      if (inner.code !== 'invalid_value') return undefined
      values.push(...inner.values)
    }
  return values
}

function sentence(issue: z.core.$ZodIssue, input: unknown): string {
  const actual = valueAt(input, issue.path)
  // A missing enum field fails as a bad value; "is required" says more.
  if (actual === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union'))
    return 'is required.'
  switch (issue.code) {
    case 'invalid_type':
      return `must be ${TYPE_WORDS[issue.expected] ?? issue.expected} (it is ${describeValue(actual)}).`
    case 'invalid_value':
      return `must be one of ${oneOf(issue.values)} (it is ${describeValue(actual)}).`
    case 'invalid_union': {
      const values = unionValues(issue)
      return values ? `must be one of ${oneOf(values)} (it is ${describeValue(actual)}).` : 'is not in a form TikTok accepts.'
    }
    case 'too_big':
      if (issue.origin === 'string') return `is too long: at most ${issue.maximum} characters.`
      if (issue.origin === 'array') return `has too many entries: at most ${issue.maximum}.`
      return `must be at most ${issue.maximum}.`
    case 'too_small':
      if (issue.origin === 'number' && issue.minimum === 0) return `must not be negative (it is ${describeValue(actual)}).`
      return `must be at least ${issue.minimum}.`
    case 'invalid_format':
      // Our schemas give their regexes readable messages ("Not a valid id.").
      return `${issue.message.replace(/\.$/, '')} (it is ${describeValue(actual)}).`
    default:
      return issue.message
  }
}

/** One message per issue; an unknown key becomes one message per key, so each names its field. */
export function describeIssues(error: z.ZodError, input: unknown): IssueMessage[] {
  const out: IssueMessage[] = []
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        out.push({ path: [...issue.path, key], message: 'is not a field Adwright knows here; remove it or check the spelling.' })
    } else out.push({ path: issue.path, message: sentence(issue, input) })
  }
  return out
}

/** `campaigns[0].adgroups[1].placements[0]` style, for messages and ImportRowError rows. */
export function formatPath(base: string, path: readonly PropertyKey[]): string {
  let s = base
  for (const key of path) s += typeof key === 'number' ? `[${key}]` : s ? `.${String(key)}` : String(key)
  return s
}
