/**
 * TikTok's `request_id` on campaign and ad group creates: "a repeated request
 * with the same id succeeds only once" ([DOC 1843312852800706]; notes
 * tiktok-api-2026.md §3, idempotency row; tiktok-api.md "Idempotency"). What
 * the repeat answers is not documented, so both plausible answers are modes:
 * - `echo`: the same key with the same body returns the object the first
 *   request made; the same key with another body is refused with 40050.
 * - `duplicate-error`: any repeat of a used key is refused with 40050
 *   "Duplicated requests have been sent" ([SDK] tiktok_code), and the client
 *   has to find the first request's object itself.
 * A request refused before anything was stored leaves the key unused.
 */
import { ApiFailure, paramError, type HandlerContext } from './handler-kit'
import type { Kind, StoredObject } from './sandbox-state'

const DUPLICATE = 40050

/** Top-level keys in a fixed order, so a retried body matches its first send whatever the key order. */
function fingerprint(params: Record<string, unknown>): string {
  const { request_id: _ignored, ...rest } = params
  return JSON.stringify(
    Object.keys(rest)
      .sort()
      .map((k) => [k, rest[k]]),
  )
}

/**
 * Runs `create` once per request_id; a repeat is answered as the sandbox's idempotency mode says. `scope` keeps
 * one endpoint's keys apart from another's (the Smart+ creates have their own), as TikTok's docs give the rule per endpoint.
 */
export function idempotent(
  ctx: HandlerContext,
  kind: Kind,
  advertiserId: string,
  idField: string,
  create: () => StoredObject,
  scope: string = kind,
): StoredObject {
  const key = ctx.params.request_id
  if (key === undefined) return create()
  // tiktok-api.md "Idempotency": a 64-bit integer sent as a string.
  if (!/^\d{1,19}$/.test(String(key))) throw paramError('request_id', 'Must be a 64-bit integer sent as a string.')
  const slot = `${scope}:${advertiserId}:${String(key)}`
  const seen = ctx.state.data.idempotency[slot]
  const print = fingerprint(ctx.params)
  if (seen) {
    const existing = ctx.state.get(kind, seen.objectId)
    if ((ctx.idempotency ?? 'echo') === 'duplicate-error')
      throw new ApiFailure(DUPLICATE, 'Duplicated requests have been sent: this request_id was already used.')
    if (seen.fingerprint !== print || !existing)
      throw new ApiFailure(DUPLICATE, 'Duplicated requests have been sent: request_id was already used for another request.')
    return existing
  }
  const created = create()
  ctx.state.data.idempotency[slot] = { fingerprint: print, objectId: String(created[idField]) }
  return created
}
