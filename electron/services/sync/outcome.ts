/** Turning a thrown error into what the user sees on the entity it belongs to. */
import type { EntityOutcome, PlannedAction } from '../../../shared/domain/sync'
import type { EntityKind } from '../../../shared/domain/entities'
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

/** Whether the request may have taken effect, so its journal entry (request_id, body) must be kept for a retry. */
export const mayHaveLanded = (error: unknown) =>
  error instanceof TikTokApiError && (error.kind === 'ambiguous' || error.kind === 'malformed-response')

export const isAuthFailure = (error: unknown) => error instanceof TikTokApiError && error.kind === 'auth'
