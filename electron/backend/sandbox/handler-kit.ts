/** What every sandbox endpoint handler gets, and the checks they share. */
import type { SandboxIdempotencyMode } from '#shared/domain/sandbox-faults'
import type { Grant, OAuthGrants } from './oauth-grants'
import type { SandboxState } from './sandbox-state'

/** A rejection the server reports in the envelope (HTTP 200), as TikTok does. */
export class ApiFailure extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message)
  }
}

export interface HandlerContext {
  params: Record<string, unknown>
  /** Advertisers the request's token may act for. */
  advertiserIds: readonly string[]
  state: SandboxState
  /** Wall-clock milliseconds, for create_time/modify_time and report dates. */
  now: () => number
  /** The server's seed, for synthetic data. */
  seed: number
  /** Whether the advertiser played may still create Custom Identity ads on TikTok placements (faults.ts). */
  customIdentityAllowed: () => boolean
  /** How a repeated request_id is answered (idempotency.ts); `echo` when absent. */
  idempotency?: SandboxIdempotencyMode
  /** The authorization codes and tokens of OAuth logins (oauth-grants.ts). */
  oauth?: OAuthGrants
  /** The OAuth grant behind the request's token; absent for the fixed demo tokens and for app-secret routes. */
  grant?: Grant
  /** `http://host:port` the request came to, for the links answers carry (material-cdn.ts). */
  origin?: string
}
export type Handler = (ctx: HandlerContext) => unknown

/**
 * One endpoint. `auth: 'app-secret'` marks the OAuth endpoints that authenticate with the app's id and secret in
 * the body instead of an Access-Token header (oauth-routes.ts).
 */
export interface SandboxRoute {
  method: 'GET' | 'POST'
  handler: Handler
  write: boolean
  auth?: 'app-secret'
}

/**
 * 40002 (param error, notes tiktok-api.md §2 "Error codes"; [SDK] tiktok_code.py) with the field first, the way
 * the client's error mapping reads the offending field from TikTok's messages.
 */
export const paramError = (field: string, message: string) => new ApiFailure(40002, `${field}: ${message}`)
export const missing = (field: string) => paramError(field, 'Missing data for required field.')

export function isBlank(v: unknown): boolean {
  return v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)
}

export function requireFields(params: Record<string, unknown>, fields: readonly string[]) {
  for (const f of fields) if (isBlank(params[f])) throw missing(f)
}

export function oneOf<T extends string>(params: Record<string, unknown>, field: string, values: readonly T[]): T | undefined {
  const v = params[field]
  if (v === undefined) return undefined
  if (typeof v !== 'string' || !values.includes(v as T))
    throw paramError(field, `Invalid value ${JSON.stringify(v)}; expected one of ${values.join(', ')}.`)
  return v as T
}

export function numberParam(params: Record<string, unknown>, field: string): number | undefined {
  const v = params[field]
  if (v === undefined) return undefined
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v
  if (typeof n !== 'number' || !Number.isFinite(n)) throw paramError(field, 'Must be a number.')
  return n
}

export function stringArray(params: Record<string, unknown>, field: string): string[] | undefined {
  const v = params[field]
  if (v === undefined) return undefined
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' && typeof x !== 'number')) throw paramError(field, 'Must be a list of strings.')
  return v.map(String)
}

/** The advertiser the request names, which the token must be authorized for (40001 no permission: notes tiktok-api.md §2). */
export function advertiserOf(ctx: HandlerContext): string {
  const id = ctx.params.advertiser_id
  if (isBlank(id)) throw missing('advertiser_id')
  if (!ctx.advertiserIds.includes(String(id))) throw new ApiFailure(40001, 'No permission to operate this advertiser with the access token.')
  return String(id)
}

/** Validates page (≥ 1, default 1) and page_size (1–1000, default 10) and slices a list the way TikTok pages it (notes tiktok-api.md §2 "Pagination"). */
export function pageSlice<T>(params: Record<string, unknown>, items: T[], maxPageSize = 1000, defaultPageSize = 10) {
  const page = numberParam(params, 'page') ?? 1
  const pageSize = numberParam(params, 'page_size') ?? defaultPageSize
  if (!Number.isInteger(page) || page < 1) throw paramError('page', 'Must be an integer of at least 1.')
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > maxPageSize) {
    throw paramError('page_size', `Must be an integer between 1 and ${maxPageSize}.`)
  }
  return {
    list: items.slice((page - 1) * pageSize, page * pageSize),
    page_info: { page, page_size: pageSize, total_number: items.length, total_page: Math.ceil(items.length / pageSize) },
  }
}
