/** Turning a thrown error into what the user sees on the entity it belongs to. */
import type { EntityOutcome, PlannedAction } from '#shared/domain/sync'
import type { EntityKind } from '#shared/domain/entities'
import { InvalidParamsError, TikTokApiError } from '../tiktok-api/errors'

export function failure(kind: EntityKind, id: string, name: string, action: PlannedAction, error: unknown, localId?: string): EntityOutcome {
  const message = error instanceof Error ? error.message : String(error)
  const out: EntityOutcome = { kind, id, name, action, outcome: 'failed', message }
  if (localId) out.localId = localId
  if (error instanceof TikTokApiError && error.code !== undefined) out.code = error.code
  // `creatives[0].video_id` is the ad's own `video_id`: the batch index means nothing on the ad's row.
  if (error instanceof InvalidParamsError && error.field) out.field = error.field.replace(/^creatives\[\d+\]\./, '')
  return out
}

/**
 * Whether TikTok certainly refused the request, so its request_id can be
 * forgotten (the user will fix the entity, and a changed body under the same
 * key would be a duplicate). The client's last error is not enough to say a
 * transient failure made nothing: an earlier attempt of the same request may
 * have been written and its answer lost.
 */
export const isDefiniteRejection = (error: unknown) =>
  error instanceof TikTokApiError && ['invalid-params', 'minors-targeting', 'auth', 'api'].includes(error.kind)

export const isAuthFailure = (error: unknown) => error instanceof TikTokApiError && error.kind === 'auth'
